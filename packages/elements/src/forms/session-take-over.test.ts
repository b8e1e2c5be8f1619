import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { deepQueryAll } from '../test-support/form-element-adapter.js';
import { until } from '../test-support/form-element-suite.js';
import { EditorLock } from './editor-lock.js';
import { checkedCodes, mountAssessment } from './session.test-support.js';

const takeOverButton = (element: OtAssessment) => deepQueryAll<HTMLButtonElement>(element, '[data-notice="open-elsewhere"] button')[0];
const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A store in memory whose writes take `ms` to land, so a hand-over (which writes first) takes that long. */
function slowStore(ms: number): DraftStorage {
  const memory = new MemoryDraftStorage();
  return {
    read: (key) => memory.read(key),
    write: (key, value) => new Promise<void>((resolve) => setTimeout(() => resolve(memory.write(key, value)), ms)),
    remove: (key) => memory.remove(key),
  };
}

describe('"Take over here"', () => {
  it('says "Taking over…" and is aria-disabled while the other tab lets go; once the form is back, focus is on its heading', async () => {
    const key = `take-over-focus-${Date.now()}`;
    const storage = slowStore(800);
    const a = await mountAssessment({ storageKey: key, storage });
    const b = await mountAssessment({ storageKey: key, storage });
    await until(() => takeOverButton(b.element) !== undefined, '"Take over here" in B');
    await a.driver.choose('bowels', 'continent');

    takeOverButton(b.element)!.focus();
    takeOverButton(b.element)!.click();
    await b.element.updateComplete;
    const pending = takeOverButton(b.element)!;
    expect([pending.textContent!.trim(), pending.getAttribute('aria-disabled')]).to.deep.equal(['Taking over…', 'true']);
    pending.click();

    await until(() => checkedCodes(b.element)['bowels'] === 'continent', "A's answer in B");
    await until(() => b.element.shadowRoot!.activeElement !== null, 'focus in B');
    expect(b.element.shadowRoot!.activeElement).to.equal(b.driver.heading());
    expect([a.errors, b.errors]).to.deep.equal([[], []]);
  });

  it('pressed again and again while a frozen holder does not answer, still steals the lock after the first press\'s wait', async () => {
    const key = `take-over-frozen-${Date.now()}`;
    // A frozen tab: it holds the lock and never answers a take-over.
    let holding!: () => void;
    const held = new Promise<void>((resolve) => void navigator.locks.request(`otforms-draft:${key}`, () => new Promise<void>((letGo) => ((holding = letGo), resolve()))).catch(() => undefined));
    await held;
    const log: string[] = [];
    const lock = new EditorLock(key, { held: () => log.push('held'), waiting: () => log.push('waiting'), lost: () => log.push('lost') }, { stealAfterMs: 300 });
    try {
      lock.acquire();
      await until(() => log.includes('waiting'), 'waiting');
      lock.takeOver();
      expect(lock.takingOver).to.equal(true);
      await delay(200);
      lock.takeOver();
      await delay(200);
      lock.takeOver();
      await delay(200);
      expect(log).to.deep.equal(['waiting', 'held']);
      expect(lock.takingOver).to.equal(false);
    } finally {
      holding();
      await lock.release();
    }
  });
});
