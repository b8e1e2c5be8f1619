import { expect } from '@open-wc/testing';
import { MemoryDraftStorage, type DraftStorage } from '@otforms/core';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { deepQueryAll } from '../test-support/form-element-adapter.js';
import { until } from '../test-support/form-element-suite.js';
import { barthelDraft, checkedCodes, mountAssessment } from './session.test-support.js';

const record = { recordId: 'rec-fictional-1', completedAt: '2026-11-22T10:20:00.000Z', kind: 'assessment' } as unknown as ConstructorParameters<typeof OtOutcomeEvent>[0];

describe('ot-outcome acknowledgement', () => {
  it('a failed ack() leaves no unhandled rejection through waitUntil, and can be tried again', async () => {
    let calls = 0;
    const event = new OtOutcomeEvent(record, async () => {
      calls += 1;
      if (calls === 1) throw new Error('The store is failing');
    });
    const unhandled: unknown[] = [];
    const listen = (rejection: PromiseRejectionEvent) => {
      unhandled.push(rejection.reason);
      rejection.preventDefault();
    };
    window.addEventListener('unhandledrejection', listen);
    try {
      event.waitUntil(Promise.resolve('stored by the host'));
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect([calls, unhandled]).to.deep.equal([1, []]);
      await event.ack();
      await event.ack();
      expect(calls, 'tried again after the failure, then once only').to.equal(2);
    } finally {
      window.removeEventListener('unhandledrejection', listen);
    }
  });
});

describe('a draft kept aside while the draft key changes', () => {
  it('does not let through or remove the draft of the key started after it', async () => {
    const memory = new MemoryDraftStorage();
    // Keeping aside is slow, so the key changes while it is under way.
    const storage: DraftStorage = {
      read: (key) => memory.read(key),
      write: (key, value) =>
        key.startsWith('otforms:kept-aside') ? new Promise<void>((resolve) => setTimeout(() => resolve(memory.write(key, value)), 300)) : memory.write(key, value),
      remove: (key) => memory.remove(key),
    };
    const second = barthelDraft({ bowels: 'continent' });
    memory.write('good-second', second);
    memory.write('broken-first', { nonsense: true });
    const { element, driver, kept, errors } = await mountAssessment({ storageKey: 'good-second', storage });
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
    element.storageKey = 'broken-first';
    await until(() => memory.read('broken-first') !== null && kept.length === 0, 'reading the broken draft');
    await new Promise((resolve) => setTimeout(resolve, 50));
    // Back to the second key while the broken draft is still being kept aside (its write takes 300 ms).
    element.storageKey = 'good-second';
    await driver.settle();
    await new Promise((resolve) => setTimeout(resolve, 500));
    await driver.settle();
    expect(kept, 'the broken draft was kept aside').to.have.length(1);
    expect(memory.read('good-second'), "the second key's draft is untouched").to.deep.equal(second);
    expect(checkedCodes(element)).to.deep.equal({ bowels: 'continent' });
    expect(errors.map((error) => error.kind), 'the start that gave way reports nothing').to.deep.equal([]);
  });
});

describe('a draft open elsewhere', () => {
  it('says when the tab editing it last saved it', async () => {
    const key = `saved-elsewhere-${Date.now()}`;
    const storage = new MemoryDraftStorage();
    const a = await mountAssessment({ storageKey: key, storage });
    const b = await mountAssessment({ storageKey: key, storage });
    const banner = () => deepQueryAll(b.element, '[data-notice="open-elsewhere"]')[0];
    await until(() => banner() !== undefined, 'B waiting');
    expect(banner()!.textContent).to.not.contain('last saved there');
    await a.driver.choose('bowels', 'continent');
    await until(() => banner()?.textContent?.includes('It was last saved there at') === true, 'the time A saved, in B');
  });
});
