import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftChange, type DraftStorage } from '@otforms/core';
import type { AnyActorRef } from 'xstate';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { deepQueryAll } from '../test-support/form-element-adapter.js';
import { until } from '../test-support/form-element-suite.js';
import { b1Answers, barthel, barthelDraft, checkedCodes, mountAssessment } from './session.test-support.js';

/** A store in memory that keeps changes, logging which kind of write each save was. */
function loggingStore() {
  const memory = new MemoryDraftStorage();
  const store = {
    memory,
    log: [] as string[],
    changes: [] as DraftChange[],
    /** The last draft written whole: what an earlier version of the library, which reads no changes, would read. */
    whole: undefined as unknown,
    read: (key: string) => memory.read(key),
    /** The key of each whole write, in turn. */
    wholeKeys: [] as string[],
    write(key: string, value: unknown) {
      if (key.startsWith('session-changes')) store.log.push('write');
      store.whole = json(value);
      store.wholeKeys.push(key);
      memory.write(key, value);
    },
    writeChange(key: string, change: DraftChange) {
      store.log.push('change');
      store.changes.push(change);
      return memory.writeChange(key, change);
    },
    remove: (key: string) => memory.remove(key),
  } satisfies DraftStorage & Record<string, unknown>;
  return store;
}

const sessionOf = (element: OtAssessment) => (element as unknown as { session: { actor: AnyActorRef; flush(): Promise<void> } }).session;
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const takeOverButton = (element: OtAssessment) => deepQueryAll<HTMLButtonElement>(element, '[data-notice="open-elsewhere"] button')[0];

describe('an assessment saving its draft as changes', () => {
  it('writes the first answer whole and each later one as its change, and the store holds the draft as the machine persists it', async () => {
    const key = `session-changes-${Date.now()}`;
    const storage = loggingStore();
    const { element, driver } = await mountAssessment({ storageKey: key, storage });
    const page = Object.entries(b1Answers).slice(0, 4);
    for (const [itemId, code] of page) {
      await driver.choose(itemId, String(code));
      await sessionOf(element).flush();
    }
    expect(storage.log).to.deep.equal(['write', 'change', 'change', 'change']);
    // Each change is that answer, its audit entry and the errors (none shown): never the answers or the audit whole.
    for (const change of storage.changes) {
      expect(change.map((step) => step.path.slice(1, 3).join('.'))).to.have.members(['responses.answers', 'errors', 'audit.' + change[0]!.path[3]]);
    }
    expect(storage.memory.read(key)).to.deep.equal(json(sessionOf(element).actor.getPersistedSnapshot()));
  });

  it('writes the draft whole before handing it to another tab, so one running an earlier version, which reads the draft alone, has every answer', async () => {
    const key = `session-changes-hand-over-${Date.now()}`;
    const storage = loggingStore();
    const a = await mountAssessment({ storageKey: key, storage });
    const b = await mountAssessment({ storageKey: key, storage });
    await until(() => takeOverButton(b.element) !== undefined, '"Take over here" in B');
    const page = Object.entries(b1Answers).slice(0, 3);
    for (const [itemId, code] of page) await a.driver.choose(itemId, String(code));
    await sessionOf(a.element).flush();
    expect(storage.log).to.deep.equal(['write', 'change', 'change']);
    const handedOver = json(sessionOf(a.element).actor.getPersistedSnapshot());
    expect(storage.whole, 'before the hand-over, the draft alone is two answers behind').to.not.deep.equal(handedOver);

    takeOverButton(b.element)!.click();
    await until(() => Object.keys(checkedCodes(b.element)).length === page.length, "A's answers in B");
    expect(storage.log).to.deep.equal(['write', 'change', 'change', 'write']);
    expect(storage.whole).to.deep.equal(handedOver);
    expect([a.errors, b.errors]).to.deep.equal([[], []]);
  });

  it('never saves what the form did under one key in the draft of the key it moves to, even answered while it restarts', async () => {
    const first = `session-changes-first-${Date.now()}`;
    const second = `session-changes-second-${Date.now()}`;
    const storage = loggingStore();
    const answersOf = (key: string) => (storage.memory.read(key) as { context: { responses: { answers: object } } } | null)?.context.responses.answers;
    const a = await mountAssessment({ storageKey: first, storage });
    await a.driver.choose('bowels', 'continent');
    a.element.setAttribute('storage-key', second);
    await a.driver.settle();
    await a.driver.choose('feeding', 'independent');
    a.element.setAttribute('storage-key', first);
    // The second key's page still shows while the first key's draft is read: an answer given there now is neither key's.
    a.element.shadowRoot!.querySelector('#question-grooming')!.shadowRoot!.querySelector<HTMLInputElement>('input[value="independent"]')!.click();
    await a.driver.settle();
    await sessionOf(a.element).flush();
    expect(checkedCodes(a.element)).to.deep.equal({ bowels: 'continent' });
    expect(answersOf(first)).to.deep.equal({ bowels: 'continent' });
    expect(answersOf(second)).to.deep.equal({ feeding: 'independent' });

    // Handed over now, the draft written whole is the first key's, with its own answers.
    await a.driver.choose('bladder', 'continent');
    await a.driver.choose('transfers', 'independent');
    await sessionOf(a.element).flush();
    storage.wholeKeys.length = 0;
    const b = await mountAssessment({ storageKey: first, storage });
    await until(() => takeOverButton(b.element) !== undefined, '"Take over here" in B');
    takeOverButton(b.element)!.click();
    await until(() => Object.keys(checkedCodes(b.element)).length === 3, "A's answers in B");
    expect(storage.wholeKeys).to.deep.equal([first]);
    expect((storage.whole as { context: { responses: { answers: object } } }).context.responses.answers).to.deep.equal({ bowels: 'continent', bladder: 'continent', transfers: 'independent' });
    expect(answersOf(second)).to.deep.equal({ feeding: 'independent' });
    expect([a.errors, b.errors]).to.deep.equal([[], []]);
  });

  it('given another key while out of the page, comes back with that key\'s draft and saves nothing of the first key\'s under it', async () => {
    const first = `session-changes-away-a-${Date.now()}`;
    const second = `session-changes-away-b-${Date.now()}`;
    const storage = loggingStore();
    storage.memory.write(second, barthelDraft({ feeding: 'independent' }));
    const answersOf = (key: string) => (storage.memory.read(key) as { context: { responses: { answers: object } } } | null)?.context.responses.answers;
    const a = await mountAssessment({ storageKey: first, storage });
    await a.driver.choose('bowels', 'continent');
    await sessionOf(a.element).flush();
    const parent = a.element.parentElement!;
    a.element.remove();
    await new Promise((resolve) => setTimeout(resolve, 50));
    a.element.setAttribute('storage-key', second);
    await a.element.updateComplete;
    await (a.element as unknown as { session: { settled(): Promise<void> } }).session.settled();
    parent.append(a.element);
    // Answered the moment it is back, as a tap on whatever shows then.
    (a.element as unknown as { session: { send(event: unknown): void } }).session.send({ type: 'ANSWER', itemId: 'grooming', input: 'independent', at: new Date().toISOString() });
    await a.driver.settle();
    await sessionOf(a.element).flush();
    expect(answersOf(second), "the first key's answer is never in the second key's draft").to.not.have.property('bowels');
    expect(answersOf(first)).to.deep.equal({ bowels: 'continent' });
    expect(checkedCodes(a.element)).to.have.property('feeding', 'independent');
  });

  it('a reset of the surrounding form in the same task as a change of key removes neither key\'s draft', async () => {
    const first = `session-changes-reset-a-${Date.now()}`;
    const second = `session-changes-reset-b-${Date.now()}`;
    const storage = loggingStore();
    storage.memory.write(second, barthelDraft({ feeding: 'independent' }));
    const a = await mountAssessment({ storageKey: first, storage });
    await a.driver.choose('bowels', 'continent');
    await sessionOf(a.element).flush();
    a.element.setAttribute('storage-key', second);
    a.element.formResetCallback();
    await a.driver.settle();
    await sessionOf(a.element).flush();
    expect((storage.memory.read(second) as { context: { responses: { answers: object } } } | null)?.context.responses.answers).to.deep.equal({ feeding: 'independent' });
    expect(checkedCodes(a.element)).to.deep.equal({ feeding: 'independent' });
  });

  it('resumes from the draft and its changes after a reload, and writes whole again first', async () => {
    const key = `session-changes-reload-${Date.now()}`;
    const storage = loggingStore();
    const first = await mountAssessment({ storageKey: key, storage });
    const page = Object.entries(b1Answers).slice(0, 5);
    for (const [itemId, code] of page) await first.driver.choose(itemId, String(code));
    await sessionOf(first.element).flush();
    first.element.remove();
    storage.log.length = 0;
    const again = await fixture<OtAssessment>(html`<ot-assessment storage-key=${key} .storage=${storage} .definition=${barthel}></ot-assessment>`);
    await until(() => Object.keys(checkedCodes(again)).length === page.length, 'the answers resumed');
    expect(checkedCodes(again)).to.deep.equal(Object.fromEntries(page.map(([itemId, code]) => [itemId, String(code)])));
    const [nextItem, nextCode] = Object.entries(b1Answers)[5]!;
    again.shadowRoot!.querySelector(`#question-${nextItem}`)!.shadowRoot!.querySelector<HTMLInputElement>(`input[value="${nextCode}"]`)!.click();
    await sessionOf(again).flush();
    expect(storage.log, 'a new start does not know what is stored: the first write is whole').to.deep.equal(['write']);
    expect(storage.memory.read(key)).to.deep.equal(json(sessionOf(again).actor.getPersistedSnapshot()));
  });
});

