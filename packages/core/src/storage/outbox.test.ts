import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { buildOutcomeRecord } from '../record/build-outcome-record.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { MemoryDraftStorage, type DraftStorage } from './draft-storage.js';
import { Outbox, outboxKey } from './outbox.js';
import { AsyncFakeStorage, ThrowingSyncStorage } from './storage-fakes.test-support.js';
import { UnreadableDraftError } from './unreadable-draft-error.js';

const definition = parseDefinition(sampleDefinition);
const record = (recordId: string, completedAt = '2026-11-03T10:30:00.000Z') =>
  buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, {
    recordId,
    startedAt: '2026-11-03T10:00:00.000Z',
    completedAt,
    subjectReference: 'Person/42',
  });
const first = record('5b000000-0000-4000-8000-000000000001');
const second = record('5b000000-0000-4000-8000-000000000002');
const key = 'otforms:assessment:barthel';

describe.each([
  ['a synchronous store', () => new MemoryDraftStorage() as DraftStorage],
  ['an asynchronous store', () => new AsyncFakeStorage() as DraftStorage],
])('the outbox in %s', (_name, makeStorage) => {
  it('keeps finished records until each is acknowledged, across a reload', async () => {
    const storage = makeStorage();
    const outbox = new Outbox(storage, key);
    expect(await outbox.pending()).toEqual([]);
    await outbox.add(first, '2026-11-03T10:30:01.000Z');
    await outbox.add(second, '2026-11-03T10:31:00.000Z');
    expect(await storage.read(outboxKey(key))).toHaveLength(2);
    const afterReload = new Outbox(storage, key);
    expect(await afterReload.pending()).toEqual([
      { record: first, queuedAt: '2026-11-03T10:30:01.000Z' },
      { record: second, queuedAt: '2026-11-03T10:31:00.000Z' },
    ]);
    await afterReload.acknowledge(first.recordId, first.completedAt);
    expect(await outbox.pending()).toEqual([{ record: second, queuedAt: '2026-11-03T10:31:00.000Z' }]);
    await afterReload.acknowledge(second.recordId, second.completedAt);
    expect(await outbox.pending()).toEqual([]);
    expect(await storage.read(outboxKey(key))).toBeNull();
  });

  it('adds the same record once, however often it is added, and ignores an unknown acknowledgement', async () => {
    const storage = makeStorage();
    const outbox = new Outbox(storage, key);
    await Promise.all([outbox.add(first, 'a'), outbox.add(first, 'b'), outbox.add(first, 'c')]);
    expect(await outbox.pending()).toEqual([{ record: first, queuedAt: 'a' }]);
    await outbox.acknowledge('5b000000-0000-4000-8000-00000000000f', first.completedAt);
    await outbox.acknowledge(first.recordId, '2026-11-03T11:00:00.000Z');
    expect(await outbox.pending()).toHaveLength(1);
  });

  it('keeps only the latest record of a recordId (an episode closed, then its follow-up), so the closing one can never replace the follow-up', async () => {
    const storage = makeStorage();
    const closing = record('5b000000-0000-4000-8000-000000000003', '2026-11-03T10:30:00.000Z');
    const followUp = record('5b000000-0000-4000-8000-000000000003', '2026-12-01T09:15:00.000Z');
    const outbox = new Outbox(storage, key);
    await outbox.add(first, '2026-11-03T10:29:00.000Z');
    await outbox.add(closing, '2026-11-03T10:30:01.000Z');
    await outbox.add(followUp, '2026-12-01T09:15:01.000Z');
    // The follow-up replaces the closing record still waiting; other records stay.
    expect(await new Outbox(storage, key).pending()).toEqual([
      { record: first, queuedAt: '2026-11-03T10:29:00.000Z' },
      { record: followUp, queuedAt: '2026-12-01T09:15:01.000Z' },
    ]);
    // The closing record added again (announced again from an older copy) never replaces the later one.
    await outbox.add(closing, '2026-12-01T09:16:00.000Z');
    // Acknowledging the closing record, which is no longer waiting, leaves the follow-up.
    await outbox.acknowledge(closing.recordId, closing.completedAt);
    expect(await outbox.pending()).toEqual([
      { record: first, queuedAt: '2026-11-03T10:29:00.000Z' },
      { record: followUp, queuedAt: '2026-12-01T09:15:01.000Z' },
    ]);
    await outbox.acknowledge(followUp.recordId, followUp.completedAt);
    expect(await outbox.pending()).toEqual([{ record: first, queuedAt: '2026-11-03T10:29:00.000Z' }]);
  });

  it('compares completedAt by the instant it names, whatever its offset', async () => {
    const storage = makeStorage();
    // 11:30 at +01:00 is 10:30Z, earlier than 10:45Z although its text sorts later.
    const later = record('5b000000-0000-4000-8000-000000000004', '2026-11-03T10:45:00.000Z');
    const earlier = record('5b000000-0000-4000-8000-000000000004', '2026-11-03T11:30:00.000+01:00');
    const outbox = new Outbox(storage, key);
    await outbox.add(later, 'a');
    await outbox.add(earlier, 'b');
    expect(await outbox.pending()).toEqual([{ record: later, queuedAt: 'a' }]);
  });

  it('loses no record when many are added at once', async () => {
    const storage = makeStorage();
    const records = Array.from({ length: 12 }, (_, index) => record(`5b000000-0000-4000-8000-0000000001${String(index).padStart(2, '0')}`));
    await Promise.all(records.map((each) => new Outbox(storage, key).add(each, '2026-11-03T10:30:01.000Z')));
    expect((await new Outbox(storage, key).pending()).map((entry) => entry.record.recordId).sort()).toEqual(records.map((each) => each.recordId).sort());
  });

  it('keeps each form\u2019s outbox beside its draft', async () => {
    const storage = makeStorage();
    await new Outbox(storage, key).add(first, 'a');
    expect(await new Outbox(storage, 'otforms:goal-plan').pending()).toEqual([]);
    expect(outboxKey(key)).toBe('otforms:assessment:barthel:outbox');
  });

  it('throws what it cannot read as an UnreadableDraftError holding it, for the caller to keep aside', async () => {
    const storage = makeStorage();
    await storage.write(outboxKey(key), { record: first });
    const error = await new Outbox(storage, key).pending().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnreadableDraftError);
    expect(error).toMatchObject({ reason: 'malformed', stored: { record: first } });
    await storage.write(outboxKey(key), [{ record: { recordId: 7 }, queuedAt: 'a' }]);
    await expect(new Outbox(storage, key).add(second, 'b')).rejects.toBeInstanceOf(UnreadableDraftError);
    // Nothing was written over what could not be read.
    expect(await storage.read(outboxKey(key))).toEqual([{ record: { recordId: 7 }, queuedAt: 'a' }]);
  });
});

describe('an outbox over a store that fails', () => {
  it('rejects an add that could not be written, and reports nothing as queued', async () => {
    const storage = new ThrowingSyncStorage((operation) => operation === 'write');
    const outbox = new Outbox(storage, key);
    await expect(outbox.add(first, 'a')).rejects.toThrow('quota');
    expect(await outbox.pending()).toEqual([]);
  });

  it('rejects an acknowledgement that could not be written, and keeps the record', async () => {
    const storage = new AsyncFakeStorage();
    const outbox = new Outbox(storage, key);
    await outbox.add(first, 'a');
    storage.failing = (operation) => operation === 'remove';
    await expect(outbox.acknowledge(first.recordId, first.completedAt)).rejects.toThrow('refused to remove');
    storage.failing = undefined;
    expect(await outbox.pending()).toEqual([{ record: first, queuedAt: 'a' }]);
  });

  it('passes on an UnreadableDraftError from the store', async () => {
    const storage = new MemoryDraftStorage();
    storage.read = () => {
      throw new UnreadableDraftError('Cannot decrypt', { otformsEncrypted: 1 }, 'cannot-decrypt');
    };
    await expect(new Outbox(storage, key).pending()).rejects.toMatchObject({ reason: 'cannot-decrypt', stored: { otformsEncrypted: 1 } });
  });
});
