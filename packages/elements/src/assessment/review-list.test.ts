import { expect, fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage, type InstrumentDefinitionInput } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';
import { deepActiveElement } from '../test-support/keyboard.js';

/**
 * "Check your answers" rows are made as DOM (review-list.ts), not as Lit templates: the same rows, text set as
 * text, `lang` where the definition's words are, made again only when what they show changes.
 */

const hostile = '<img src=x onerror="window.__pwned = true">';

/** Fictional: two pages; the first page's title, a label and an option's label are HTML-like text. */
const definition = {
  id: 'review-list',
  version: '1',
  title: 'Review list',
  citation: 'otforms test fixture',
  licence: { holder: 'otforms', terms: 'MIT', attribution: 'otforms' },
  sections: [
    {
      id: 'first',
      title: '<b>First</b>',
      items: [
        {
          id: 'walk',
          type: 'single-choice',
          label: hostile,
          options: [
            { code: 'alone', label: '<i>Alone</i>', score: 1 },
            { code: 'helped', label: 'Helped', score: 0 },
          ],
        },
        { id: 'stairs', type: 'yes-no', label: 'Stairs', required: false },
      ],
    },
    {
      id: 'second',
      title: 'Second',
      items: [
        {
          id: 'aids',
          type: 'group',
          label: 'Aids',
          entryLabel: 'Aid',
          required: false,
          items: [
            { id: 'aidName', type: 'text', label: 'Name of aid' },
            { id: 'aidCount', type: 'integer', label: 'How many', required: false, min: 0, max: 9 },
          ],
        },
      ],
    },
  ],
  scoring: {
    method: 'sum',
    items: ['walk'],
    bandSets: [{ id: 'simple', label: 'Simple', bands: [{ min: 0, max: 0, label: 'Low' }, { min: 1, max: 1, label: 'High' }] }],
  },
} satisfies InstrumentDefinitionInput;

async function review(): Promise<{ element: OtAssessment; driver: AssessmentDriver }> {
  const element = await fixture<OtAssessment>(html`<ot-assessment lang="en-GB" .storage=${new MemoryDraftStorage()} .definition=${definition}></ot-assessment>`);
  const driver = new AssessmentDriver(element);
  await driver.settle();
  await driver.choose('walk', 'alone');
  await driver.clickButton();
  await driver.addEntries('aids', [{ aidName: 'Perching stool', aidCount: '2' }]);
  await driver.clickButton();
  expect(driver.isReview()).to.equal(true);
  return { element, driver };
}

const rows = (driver: AssessmentDriver) => [...driver.root.querySelectorAll<HTMLElement>('.review .summary-row')];

describe('"Check your answers" rows', () => {
  it('shows each shown item with its answer and a change button naming it, the definition’s text as text', async () => {
    const { driver } = await review();
    expect([...driver.root.querySelectorAll('.review h3')].map((h3) => h3.textContent)).to.deep.equal(['<b>First</b>', 'Second']);
    expect(rows(driver).map((row) => row.querySelector('dt')!.textContent)).to.deep.equal([hostile, 'Stairs', 'Aids']);
    expect(rows(driver).map((row) => row.querySelector('dd')!.textContent!.trim())).to.deep.equal([
      '<i>Alone</i>',
      'Not answered',
      'Aid 1: Perching stool (how many 2)',
    ]);
    const change = rows(driver)[0]!.querySelector<HTMLButtonElement>('button[data-edit="walk"]')!;
    expect(change.textContent).to.equal(`Change ${hostile}`);
    expect(change.type).to.equal('button');
    expect(change.querySelector('.visually-hidden')!.textContent).to.equal(` ${hostile}`);
    expect(driver.root.querySelector('.review img, .review b, .review i')).to.equal(null);
    expect((window as { __pwned?: boolean }).__pwned).to.equal(undefined);
  });

  it('marks only the definition’s words with the definition’s language', async () => {
    const { element, driver } = await review();
    element.lang = 'cy';
    await driver.settle();
    // No Welsh version of this instrument: its words stay English and say so; the catalogue's are Welsh.
    const [walk, stairs, aids] = rows(driver);
    expect(walk!.querySelector('dt')!.lang).to.equal('en-GB');
    expect(walk!.querySelector<HTMLElement>('dd span')!.lang).to.equal('en-GB');
    expect(walk!.querySelector('dd span')!.textContent).to.equal('<i>Alone</i>');
    expect(stairs!.querySelector('dd')!.querySelector('span')).to.equal(null);
    expect(stairs!.querySelector('dd')!.textContent).not.to.equal('Not answered');
    expect([...aids!.querySelectorAll<HTMLElement>('li span')].map((span) => [span.textContent, span.lang])).to.deep.include.members([['Aid', 'en-GB']]);
    expect(walk!.querySelector('button')!.firstChild!.textContent).to.equal('Newid');
    expect(walk!.querySelector<HTMLElement>('.visually-hidden')!.lang).to.equal('en-GB');
  });

  it('keeps a change button, and focus on it, when the session reads the same answers back for a changed setting', async () => {
    const { element, driver } = await review();
    const change = driver.root.querySelector<HTMLButtonElement>('button[data-edit="walk"]')!;
    change.focus();
    // The band set restarts the session, which reads the draft back: the same answers, in new objects.
    element.bandSet = 'simple';
    await driver.settle();
    await driver.settle();
    expect(driver.isReview()).to.equal(true);
    expect(driver.root.querySelector('button[data-edit="walk"]') === change, 'the same button').to.equal(true);
    expect(deepActiveElement() === change, 'focus on it').to.equal(true);
  });

  it('keeps a change button, and focus on it, when the page renders for anything else', async () => {
    const { element, driver } = await review();
    const change = driver.root.querySelector<HTMLButtonElement>('button[data-edit="stairs"]')!;
    change.focus();
    element.assessorReference = 'Practitioner/fictional-2';
    element.required = true;
    await driver.settle();
    expect(driver.root.querySelector('button[data-edit="stairs"]') === change, 'the same button').to.equal(true);
    expect(deepActiveElement() === change, 'focus on it').to.equal(true);
  });

  it('changes an answer from its button, and shows the new answer back on the review', async () => {
    const { driver } = await review();
    driver.root.querySelector<HTMLButtonElement>('button[data-edit="walk"]')!.click();
    await driver.settle();
    await driver.choose('walk', 'helped');
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(rows(driver)[0]!.querySelector('dd')!.textContent!.trim()).to.equal('Helped');
  });
});
