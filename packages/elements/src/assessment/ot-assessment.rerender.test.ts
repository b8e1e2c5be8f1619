import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type InstrumentDefinitionInput } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { settle } from '../test-support/settle.js';
import { deepActiveElement } from '../test-support/keyboard.js';

/**
 * Issue 15: answering one question re-renders that question, and the running
 * score, not the rest of a long page. Counted, not timed: every update of a
 * question element is counted by its id, and every change to the page's DOM
 * is recorded (MutationObserver), so the test cannot flake on a slow machine.
 */

const QUESTIONS = 40;

/** A fictional long page: scored choices and numbers in turn, one follow-up shown by a condition, and a repeating group. */
const longPage = {
  id: 'long-page',
  version: '1',
  title: 'Long page',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'page',
      title: 'Everything on one page',
      items: [
        ...Array.from({ length: QUESTIONS }, (_, at) =>
          at % 2 === 0
            ? {
                id: `q${at}`,
                type: 'single-choice' as const,
                label: `Question ${at + 1}`,
                required: false,
                options: [
                  { code: 'a', label: 'Some help', score: 0 },
                  { code: 'b', label: 'No help', score: 1 },
                ],
              }
            : { id: `q${at}`, type: 'integer' as const, label: `Question ${at + 1}`, required: false, min: 0, max: 99 },
        ),
        { id: 'followUp', type: 'text', label: 'Why no help?', required: false, enableWhen: [{ item: 'q0', operator: 'equals', value: 'b' }] },
        {
          id: 'visits',
          type: 'group',
          label: 'Visits',
          entryLabel: 'Visit',
          required: false,
          items: [
            { id: 'who', type: 'text', label: 'Who visits' },
            { id: 'often', type: 'integer', label: 'Times a week', min: 0, max: 21 },
          ],
        },
      ],
    },
  ],
  scoring: { method: 'sum', items: Array.from({ length: QUESTIONS / 2 }, (_, at) => `q${at * 2}`) },
} satisfies InstrumentDefinitionInput;

type Counted = HTMLElement & { updated(changed: unknown): void };

/** Counts the updates of every question element, by its id, from now until `stop()`. */
function countUpdates(): { counts: Map<string, number>; stop(): void } {
  const counts = new Map<string, number>();
  const restores: (() => void)[] = [];
  for (const name of ['ot-choice-question', 'ot-input-question', 'ot-checkboxes-question']) {
    const prototype = customElements.get(name)!.prototype as Counted;
    const own = Object.getOwnPropertyDescriptor(prototype, 'updated');
    const original = prototype.updated;
    Object.defineProperty(prototype, 'updated', {
      configurable: true,
      writable: true,
      value(this: Counted, changed: unknown) {
        counts.set(this.id, (counts.get(this.id) ?? 0) + 1);
        return original.call(this, changed);
      },
    });
    restores.push(() => (own ? Object.defineProperty(prototype, 'updated', own) : delete (prototype as Partial<Counted>).updated));
  }
  return { counts, stop: () => restores.forEach((restore) => restore()) };
}

/** Every node of the page's own DOM (not the questions' shadow roots) that changes, from now until `stop()`. */
function recordChanges(root: ShadowRoot): { changed: () => Node[]; stop(): void } {
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((found) => records.push(...found));
  observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  return {
    changed: () => [...records, ...observer.takeRecords()].map((record) => record.target),
    stop: () => observer.disconnect(),
  };
}

async function render() {
  const element = await fixture<OtAssessment>(html`<ot-assessment running-score .definition=${longPage} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await settle(element);
  return { element, driver };
}

const inside = (node: Node, selector: string) => (node instanceof Element ? node : node.parentElement)?.closest(selector) !== null;

describe('<ot-assessment> re-renders only what an answer changed', () => {
  let counting: ReturnType<typeof countUpdates> | undefined;
  let recording: ReturnType<typeof recordChanges> | undefined;
  afterEach(() => {
    counting?.stop();
    recording?.stop();
    counting = recording = undefined;
  });

  it('updates the question answered once, and no other question, on a page of many; the page changes only in the running score', async () => {
    const { element, driver } = await render();
    await driver.choose('q2', 'a'); // the score so far is then shown
    expect(driver.root.querySelectorAll('[id^="question-q"]').length).to.equal(QUESTIONS);
    const scoreBefore = driver.root.querySelector('.running-score')!.textContent;

    counting = countUpdates();
    recording = recordChanges(driver.root);
    await driver.choose('q10', 'b');
    await settle(element);

    expect(Object.fromEntries(counting.counts)).to.deep.equal({ 'question-q10': 1 });
    expect(driver.root.querySelector('.running-score')!.textContent).not.to.equal(scoreBefore);
    const elsewhere = recording.changed().filter((node) => !inside(node, '.running-score'));
    expect(elsewhere.map((node) => (node instanceof Element ? node.outerHTML : node.textContent))).to.deep.equal([]);
  });

  it('updates a typed answer’s question once, and none of the others', async () => {
    const { element, driver } = await render();
    counting = countUpdates();
    await driver.type('q7', '12');
    await settle(element);
    expect(Object.fromEntries(counting.counts)).to.deep.equal({ 'question-q7': 1 });
  });

  it('shows a follow-up by a condition without re-rendering the questions around it', async () => {
    const { element, driver } = await render();
    counting = countUpdates();
    await driver.choose('q0', 'b');
    await settle(element);
    expect(driver.question('followUp').parentElement!.classList.contains('conditional')).to.equal(true);
    // The answered question once; the follow-up, new, renders once.
    expect(Object.fromEntries(counting.counts)).to.deep.equal({ 'question-q0': 1, 'question-followUp': 1 });
  });

  it('leaves the entries of a repeating group that an answer did not touch alone', async () => {
    const { element, driver } = await render();
    for (let entry = 0; entry < 3; entry += 1) {
      driver.root.querySelector<HTMLButtonElement>('[data-add="visits"]')!.click();
      await settle(element);
    }
    const entries = [...driver.root.querySelectorAll<HTMLElement>('.entry')];
    expect(entries.length).to.equal(3);
    // Focus went into the new entry; leaving it re-renders that question (its own doing, on blur), so leave it first.
    (deepActiveElement() as HTMLElement | null)?.blur();
    await settle(element);

    counting = countUpdates();
    recording = recordChanges(driver.root);
    await driver.type('visits-1-who', 'A neighbour');
    await settle(element);

    expect(Object.fromEntries(counting.counts)).to.deep.equal({ 'question-visits-1-who': 1 });
    const changedEntries = new Set(recording.changed().map((node) => entries.findIndex((entry) => entry.contains(node))));
    expect([...changedEntries].filter((index) => index !== -1)).to.deep.equal([]);

    // The remove buttons still name and remove their own entry.
    const remove = entries[2]!.querySelector<HTMLButtonElement>('button')!;
    expect(remove.textContent!.replace(/\s+/g, ' ').trim()).to.equal('Remove Visit 3');
    remove.click();
    await settle(element);
    expect(driver.root.querySelectorAll('.entry').length).to.equal(2);
    expect(driver.question('visits-1-who').shadowRoot!.querySelector('input')!.value).to.equal('A neighbour');
  });
});
