import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryDraftStorage, parseDefinition, type DraftStorage } from '@otforms/core';
import './ot-home-visit.define.js';
import type { OtHomeVisit } from './ot-home-visit.js';
import { answerConversation, answerHomeCheck, conversationInput, decideAndContinue, homeCheckInput, SUBJECT, TODAY, VisitDriver, visitDraftAfter } from './home-visit.test-support.js';

/**
 * Issue 13, review 13b M1: definition text wraps at any width in the home visit
 * too: a 100-character word in a title, a question, a suggestion's "what" and
 * reason leaves a 320 px page without a sideways scroll, on the nested
 * assessment, the recommendations (from the definitions' suggestions) and the
 * check page.
 */
const word = `https://example.org/${'longword'.repeat(10)}`; // 100 characters, no space to break at
const width = 320;
let mounted = 0;

function withLongWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withLongWords) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, ['label', 'title', 'what', 'reason'].includes(key) && typeof inner === 'string' ? `${inner} ${word}` : withLongWords(inner)]),
  ) as T;
}

const definitions = [parseDefinition(withLongWords(homeCheckInput)), parseDefinition(withLongWords(conversationInput))];

async function mount(draft?: unknown) {
  // A key of its own: the visits mounted before are still on the page, holding theirs (the editor lock).
  const key = `home-visit:wrap:${(mounted += 1)}`;
  const storage: DraftStorage = new MemoryDraftStorage();
  if (draft !== undefined) await storage.write(key, draft);
  const element = await fixture<OtHomeVisit>(html`<ot-home-visit
    .definitions=${definitions}
    .storage=${storage}
    .today=${TODAY}
    storage-key=${key}
    subject-reference=${SUBJECT}
    assessor-role="Occupational therapist"
    visited-on=${TODAY}
  ></ot-home-visit>`);
  const driver = new VisitDriver(element);
  await driver.settle();
  return { element, driver };
}

function expectWithinThePage(element: OtHomeVisit, where: string): void {
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(width);
  expect(element.getBoundingClientRect().right, where).to.be.at.most(width);
}

/** The text shown, into the nested assessment's and its questions' shadow roots. */
function shownText(root: ParentNode): string {
  return [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? shownText(node.shadowRoot) : '')).join(' ') + ((root as Node).textContent ?? '');
}

describe('<ot-home-visit> with long words, at 320 px', () => {
  before(() => setViewport({ width, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('wraps them on the nested assessment, the recommendations and the check page', async () => {
    const first = await mount();
    expect(shownText(first.driver.root)).to.contain(word);
    expectWithinThePage(first.element, 'the nested assessment');

    const recommendations = await mount(visitDraftAfter([...answerHomeCheck, ...answerConversation], undefined, definitions));
    expect(recommendations.driver.heading()).to.equal('Recommendations');
    expect(shownText(recommendations.driver.root)).to.contain(word);
    expectWithinThePage(recommendations.element, 'the recommendations');

    const review = await mount(visitDraftAfter([...answerHomeCheck, ...answerConversation, ...decideAndContinue], undefined, definitions));
    expect(shownText(review.driver.root)).to.contain(word);
    expectWithinThePage(review.element, 'the check page');
  });
});
