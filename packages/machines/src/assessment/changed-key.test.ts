import { describe, expect, it } from 'vitest';
import { getInstrument } from '@otforms/instruments';
import { createActor } from 'xstate';
import { changedKeyOf } from '../index.js';
import { createAssessmentMachine } from './assessment-machine.js';

const barthel = getInstrument('barthel-cw20')!;

describe('changedKeyOf', () => {
  it('names the one answer and audit entry an answer changed, and nothing for records it did not see made', () => {
    const actor = createActor(createAssessmentMachine(barthel), { input: { startedAt: '2026-11-22T09:00:00.000Z' } }).start();
    actor.send({ type: 'ANSWER', itemId: 'bowels', input: 'continent', at: '2026-11-22T09:01:00.000Z' });
    const before = actor.getSnapshot().context;
    actor.send({ type: 'ANSWER', itemId: 'bladder', input: 'continent', at: '2026-11-22T09:02:00.000Z' });
    const after = actor.getSnapshot().context;
    expect(changedKeyOf(before.responses.answers, after.responses.answers)).toBe('bladder');
    expect(changedKeyOf(before.audit!, after.audit!)).toBe('bladder');
    // Only against the record it was made from: two answers back, or a copy, is compared in full.
    actor.send({ type: 'ANSWER', itemId: 'grooming', input: 'independent', at: '2026-11-22T09:03:00.000Z' });
    const later = actor.getSnapshot().context;
    expect(changedKeyOf(before.responses.answers, later.responses.answers)).toBeUndefined();
    expect(changedKeyOf(after.responses.answers, { ...later.responses.answers })).toBeUndefined();
  });
});
