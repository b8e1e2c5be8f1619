import { expect } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { expectNoAxeViolations } from '../test-support/axe.js';
import { deepQueryAll } from '../test-support/form-element-adapter.js';
import { until } from '../test-support/form-element-suite.js';
import { checkedCodes, mountAssessment, notices } from './session.test-support.js';

const KEY = 'one-editor';
const takeOverButton = (element: OtAssessment) => deepQueryAll<HTMLButtonElement>(element, '[data-notice="open-elsewhere"] button')[0];
const savedAnswers = (storage: MemoryDraftStorage) => (storage.read(KEY) as { context: { responses: { answers: object } } } | null)?.context.responses.answers;

describe('<ot-assessment> and the lock manager', () => {
  afterEach(() => {
    delete (navigator as { locks?: unknown }).locks;
  });

  it('opens the way to the lock manager when it is made, before it has a definition, and asks for no lock until it has one', async () => {
    const calls: string[] = [];
    const locks = navigator.locks;
    const counting = {
      query: () => (calls.push('query'), locks.query()),
      request: (...args: Parameters<LockManager['request']>) => (calls.push('request'), locks.request(...args)),
    };
    Object.defineProperty(navigator, 'locks', { value: counting, configurable: true });
    const element = document.createElement('ot-assessment') as OtAssessment;
    expect(calls).to.deep.equal(['query']);
    document.createElement('ot-assessment');
    expect(calls, 'once a page').to.deep.equal(['query']);
    // In the page, as one written in its HTML is, but with no definition yet: still no lock asked for.
    element.storage = new MemoryDraftStorage();
    document.body.append(element);
    try {
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(calls, 'in the page without a definition').to.deep.equal(['query']);
    } finally {
      element.remove();
    }
  });
});

describe('two <ot-assessment> on one draft', () => {
  it('the second says the draft is open elsewhere; answers given in turns, taking over each time, are all kept', async () => {
    const storage = new MemoryDraftStorage();
    const a = await mountAssessment({ storageKey: KEY, storage });
    await a.driver.choose('bowels', 'continent');
    await a.driver.choose('bladder', 'occasional-accident');

    const b = await mountAssessment({ storageKey: KEY, storage });
    await until(() => takeOverButton(b.element) !== undefined, '"Take over here" in B');
    expect(notices(b.element, 'open-elsewhere')[0]!.textContent).to.contain('open in another tab or window');
    expect(b.element.shadowRoot!.querySelectorAll('ot-choice-question'), 'no form in B').to.have.length(0);
    expect(takeOverButton(b.element)!.textContent!.trim()).to.equal('Take over here');
    await expectNoAxeViolations(b.element);

    takeOverButton(b.element)!.click();
    await until(() => checkedCodes(b.element)['bladder'] === 'occasional-accident', "A's answers in B");
    await until(() => takeOverButton(a.element) !== undefined, 'A shows it is open elsewhere');
    expect(a.element.shadowRoot!.querySelectorAll('ot-choice-question'), 'no form in A').to.have.length(0);
    await b.driver.choose('grooming', 'independent');

    takeOverButton(a.element)!.click();
    await until(() => checkedCodes(a.element)['grooming'] === 'independent', "B's answer in A");
    expect(checkedCodes(a.element)).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent' });
    await a.driver.choose('toiletUse', 'independent');
    await until(() => JSON.stringify(savedAnswers(storage)).includes('toiletUse'), 'the last answer saved');
    expect(savedAnswers(storage)).to.deep.equal({ bowels: 'continent', bladder: 'occasional-accident', grooming: 'independent', toiletUse: 'independent' });
    expect([a.errors, b.errors]).to.deep.equal([[], []]);
  });

  it('when the editing element leaves the page, the waiting one starts from the draft it saved', async () => {
    const storage = new MemoryDraftStorage();
    const a = await mountAssessment({ storageKey: KEY, storage });
    const b = await mountAssessment({ storageKey: KEY, storage });
    await until(() => takeOverButton(b.element) !== undefined, 'B waiting');
    await a.driver.choose('feeding', 'independent');
    a.element.remove();
    await until(() => checkedCodes(b.element)['feeding'] === 'independent', "A's answer in B");
    expect(notices(b.element, 'open-elsewhere')).to.have.length(0);
  });
});
