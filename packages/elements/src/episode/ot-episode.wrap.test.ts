import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryDraftStorage, parseDefinition } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';
import '../define.js';
import { episodeDraftAfter, input, openTask, referralSteps } from '../../../machines/src/episode/episode-script.test-support.js';
import { EpisodeKeyboard } from '../test-support/episode-driver.js';
import type { OtEpisode } from './ot-episode.js';

/**
 * Issue 13, review 13b M1: definition text wraps at any width in the episode
 * too. With a 100-character word in the instrument's title, its sections'
 * titles and its questions' and options' labels, a 320 px page does not
 * scroll sideways on a page of the nested assessment.
 */
const word = `https://example.org/${'longword'.repeat(10)}`; // 100 characters, no space to break at
const width = 320;
const SUBJECT = 'Patient/wrap-test';

function withLongWords<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withLongWords) as T;
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, inner]) => [key, (key === 'label' || key === 'title') && typeof inner === 'string' ? `${inner} ${word}` : withLongWords(inner)]),
  ) as T;
}

const longBarthel = withLongWords(barthelDefinition);
let mounted = 0;

async function mount(steps: Parameters<typeof episodeDraftAfter>[0]) {
  // A key of its own: the episodes mounted before are still on the page, holding theirs (the editor lock).
  const key = `episode:wrap:${(mounted += 1)}`;
  const storage = new MemoryDraftStorage();
  await storage.write(key, episodeDraftAfter(steps, [parseDefinition(longBarthel)], { ...input, subjectReference: SUBJECT }));
  const element = await fixture<OtEpisode>(html`<ot-episode .instruments=${[longBarthel]} .storage=${storage} storage-key=${key} subject-reference=${SUBJECT}></ot-episode>`);
  const driver = new EpisodeKeyboard(element);
  await driver.settle();
  return { element, driver };
}

/** The text shown, into the nested assessment's and its questions' shadow roots. */
function shownText(root: ParentNode): string {
  return [...root.querySelectorAll('*')].map((node) => (node.shadowRoot ? shownText(node.shadowRoot) : '')).join(' ') + ((root as Node).textContent ?? '');
}

function expectWithinThePage(element: OtEpisode, where: string): void {
  expect(document.documentElement.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(width);
  expect(element.getBoundingClientRect().right, where).to.be.at.most(width);
}

describe('<ot-episode> with long words, at 320 px', () => {
  before(() => setViewport({ width, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('wraps them on a page of the nested assessment (the task list names tasks, not instruments)', async () => {
    const assessment = await mount([...referralSteps, openTask]);
    expect(assessment.driver.assessment(), 'the nested assessment').to.not.equal(null);
    expect(shownText(assessment.element.shadowRoot!)).to.contain(word);
    expectWithinThePage(assessment.element, 'the nested assessment');
  });
});
