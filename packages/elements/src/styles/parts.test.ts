import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import { barthelDefinition, catalogue } from '@otforms/instruments';
import '../define.js';
import {
  afterClosure,
  afterInitial,
  afterIntervention,
  afterReferral,
  openTask,
  type ScriptStep,
} from '../../../machines/src/episode/episode-script.test-support.js';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { renderEpisode, storageAfter } from '../test-support/episode-driver.js';
import { REVIEWED, goal, renderGoalPlan } from '../test-support/goal-plan-driver.js';
import { assessmentParts, episodeAssessmentParts, episodeSummaryParts, goalPlanParts, questionParts } from './parts.js';

/**
 * Every part drawn anywhere inside an element, its own or a nested
 * element's, can be styled from the outermost element under the name the
 * naming scheme gives it (styles/parts.ts): a form's and a question's parts
 * as they are, a chart's with the prefix of the part the chart is. The
 * browser itself says what `outer::part(name)` reaches.
 */

/** What <ot-episode> exposes: its own parts, its forms' as they are (but the running score), its summary's prefixed. */
const episodeParts = [
  ...new Set(['error-summary', 'button', 'summary', ...episodeAssessmentParts, ...goalPlanParts, ...questionParts, ...episodeSummaryParts.map((name) => `summary-${name}`)]),
];

/** The prefix a nested chart's parts gain in the element that renders it. */
const prefixOf: Record<string, string> = { 'ot-gas-chart': 'chart-', 'ot-episode-summary': 'summary-' };

/** Every element with a part in `outer`'s shadow tree and the shadow trees nested in it. */
function partsInside(outer: Element): Element[] {
  const found: Element[] = [];
  const walk = (root: ShadowRoot) => {
    for (const element of root.querySelectorAll('*')) {
      if (element.part.length) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  walk(outer.shadowRoot!);
  return found;
}

/** The names `element`'s parts should have at `outer`, by the naming scheme. */
function schemeNames(element: Element, outer: Element): string[] {
  let names = [...element.part];
  for (let host = (element.getRootNode() as ShadowRoot).host; host !== outer; host = (host.getRootNode() as ShadowRoot).host) {
    names = names.map((name) => `${prefixOf[host.localName] ?? ''}${name}`);
  }
  return names.sort();
}

/** A readable name for a part element in a failure message. */
const describePart = (element: Element) => `<${(element.getRootNode() as ShadowRoot).host.localName}> ${element.localName}[part="${element.getAttribute('part')}"]`;

/**
 * For each part element inside `outer`, the names in `names` whose
 * `outer::part(name)` rule reaches it, probed with outline-color (not
 * inherited, so a part inside another part is not reached by its parent's rule).
 */
function reachedBy(outer: Element, names: readonly string[]): Map<Element, string[]> {
  const sheet = new CSSStyleSheet();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  const elements = partsInside(outer);
  const reached = new Map(elements.map((element) => [element, [] as string[]]));
  try {
    for (const name of names) {
      sheet.replaceSync(`${outer.localName}::part(${name}) { outline-color: rgb(1, 2, 3); }`);
      for (const element of elements) if (getComputedStyle(element).outlineColor === 'rgb(1, 2, 3)') reached.get(element)!.push(name);
    }
  } finally {
    document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
  }
  return reached;
}

/** Every part inside `outer` is reached by exactly the names the scheme gives it, all of them documented; returns the names seen. */
function expectEveryPartReachable(outer: Element, documented: readonly string[]): Set<string> {
  const reached = reachedBy(outer, documented);
  expect(reached.size, 'parts drawn').to.be.greaterThan(0);
  const seen = new Set<string>();
  for (const [element, names] of reached) {
    expect(names.sort(), describePart(element)).to.deep.equal(schemeNames(element, outer));
    names.forEach((name) => seen.add(name));
  }
  return seen;
}

const expectIncludes = (seen: Set<string>, wanted: readonly string[]) => expect([...seen].filter((name) => wanted.includes(name)).sort()).to.deep.equal([...wanted].sort());

describe('parts: nested parts reach the outermost element through exportparts', () => {
  it('ot-assessment::part(label) styles the label of a nested question', async () => {
    const element = await fixture<OtAssessment>(html`<ot-assessment .definition=${barthelDefinition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    const legend = driver.question('bowels').shadowRoot!.querySelector('legend')!;
    const before = getComputedStyle(legend).color;
    const style = document.createElement('style');
    style.textContent = 'ot-assessment::part(label) { color: rgb(10, 20, 30); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(legend).color).to.equal('rgb(10, 20, 30)');
      expect(before).to.not.equal('rgb(10, 20, 30)');
    } finally {
      style.remove();
    }
  });

  it('<ot-assessment>: every part of a page with errors, and of "Check your answers"', async () => {
    const element = await fixture<OtAssessment>(html`<ot-assessment running-score .definition=${barthelDefinition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    await driver.clickButton();
    await driver.settle();
    const onPage = expectEveryPartReachable(element, assessmentParts);
    expectIncludes(onPage, ['label', 'hint', 'error', 'control', 'error-summary', 'button', 'licence', 'running-score']);
    await driver.answerPage(catalogue[0]!.referenceCases[1]!.answers);
    await driver.clickButton();
    await driver.settle();
    expect(driver.isReview()).to.equal(true);
    expectIncludes(expectEveryPartReachable(element, assessmentParts), ['score', 'button']);
  });

  it('<ot-goal-plan>: its questions while drafting, its chart\'s parts (prefixed chart-) once agreed', async () => {
    const { element, driver } = await renderGoalPlan();
    await driver.click('Agree the plan');
    expectIncludes(expectEveryPartReachable(element, goalPlanParts), ['error-summary', 'button']);
    await driver.addGoal(goal('Make my own breakfast', '-1'));
    expectIncludes(expectEveryPartReachable(element, goalPlanParts), ['label', 'control', 'hint']);
    await driver.click('Agree the plan');
    element.today = REVIEWED;
    await driver.settle();
    expectIncludes(expectEveryPartReachable(element, goalPlanParts), ['score', 'chart', 'chart-figure', 'chart-caption', 'chart-scale', 'chart-legend', 'chart-t-score', 'chart-status', 'chart-figures']);
  });

  // States of the episode that between them draw every part it forwards.
  const states: [string, ScriptStep[], string[]][] = [
    ['the nested assessment with its error summary', [...afterReferral, openTask, { to: 'assessment', event: { type: 'CONTINUE' } }], ['error-summary', 'label', 'hint', 'error', 'control', 'button', 'licence']],
    ['the nested assessment at "Check your answers"', afterInitial.slice(0, -1), ['score']],
    ['agreeing goals with the error summary', [...afterInitial, openTask, { to: 'goalPlan', event: { type: 'AGREE', date: '2026-11-05' } }], ['error-summary', 'button']],
    ['reviewing goals', [...afterIntervention, openTask], ['score', 'chart', 'chart-figure', 'chart-caption', 'chart-scale', 'chart-legend', 'chart-t-score', 'chart-status', 'chart-figures']],
    ['the closed overview with the summary', afterClosure, ['summary', 'summary-figure', 'summary-caption', 'summary-chart', 'summary-legend', 'summary-figures', 'summary-table']],
    ['the referral page', [openTask], ['label', 'hint', 'control', 'button']],
  ];

  for (const [name, steps, wanted] of states) {
    it(`<ot-episode>: ${name}`, async () => {
      const { element } = await renderEpisode({ storage: storageAfter(steps), today: '2026-12-09' });
      expectIncludes(expectEveryPartReachable(element, episodeParts), wanted);
    });
  }

  it('ot-episode::part(label) styles the label of a question in the assessment nested in it', async () => {
    const { element } = await renderEpisode({ storage: storageAfter([...afterReferral, openTask]) });
    const legend = element.shadowRoot!.querySelector('ot-assessment')!.shadowRoot!.querySelector('ot-choice-question')!.shadowRoot!.querySelector('legend')!;
    const style = document.createElement('style');
    style.textContent = 'ot-episode::part(label) { color: rgb(40, 50, 60); }';
    document.head.append(style);
    try {
      expect(getComputedStyle(legend).color).to.equal('rgb(40, 50, 60)');
    } finally {
      style.remove();
    }
  });
});
