import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftChange, type DraftStorage } from '@otforms/core';
import type { AnyActorRef } from 'xstate';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { until } from '../test-support/form-element-suite.js';
import { b1Answers, barthel, checkedCodes, mountAssessment } from './session.test-support.js';

/** A store in memory that keeps changes, logging which kind of write each save was. */
function loggingStore() {
  const memory = new MemoryDraftStorage();
  const store = {
    memory,
    log: [] as string[],
    changes: [] as DraftChange[],
    read: (key: string) => memory.read(key),
    write(key: string, value: unknown) {
      if (key.startsWith('session-changes')) store.log.push('write');
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

