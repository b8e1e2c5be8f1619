import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { MemoryDraftStorage, parseDefinition } from '@otforms/core';
import '../define.js';
import type { OtAssessment } from './ot-assessment.js';
import { AssessmentDriver } from '../test-support/assessment-driver.js';

/**
 * Issue 13: a 74-character URL in the licence text made a phone-width page
 * scroll sideways. Definition text wraps at any width: with a word of 100
 * characters in every text a definition gives, at 320 px nothing of the
 * assessment is wider than the page, on the questions, the errors and
 * "Check your answers".
 */
const word = `https://example.org/${'longword'.repeat(10)}`; // 100 characters, no space to break at
const longWord = (text: string) => `${text} ${word}`;

const definition = parseDefinition({
  id: 'long-words',
  version: '1.0.0',
  title: longWord('Long words'),
  description: longWord('A definition whose texts each hold a word of 100 characters.'),
  citation: longWord('Written for the otforms tests.'),
  licence: { holder: longWord('otforms'), terms: longWord('MIT'), attribution: longWord('otforms test fixture'), commercialUseNeedsPermission: true },
  sections: [
    {
      id: 'only',
      title: longWord('Section'),
      description: longWord('About this section.'),
      items: [
        {
          id: 'walk',
          type: 'single-choice',
          label: longWord('Walking'),
          hint: longWord('Think about the last week.'),
          allowNotAssessed: true,
          options: [
            { code: 'unable', label: longWord('Unable'), score: 0 },
            { code: 'alone', label: word, score: 1 },
          ],
        },
        { id: 'aids', type: 'multiple-choice', label: word, hint: word, options: [{ code: 'stick', label: word }, { code: 'frame', label: longWord('Frame') }], required: false },
        { id: 'steps', type: 'integer', label: longWord('Steps'), hint: word, min: 0, max: 10, unit: word },
        { id: 'notes', type: 'text', label: word, hint: longWord('For example'), multiline: true },
      ],
    },
  ],
  scoring: { method: 'sum', items: ['walk'], totalLabel: longWord('Total') },
});

const width = 320;

/** Every element of the assessment, into the questions' own shadow roots. */
function elementsOf(root: ParentNode): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) => [element, ...(element.shadowRoot ? elementsOf(element.shadowRoot) : [])]);
}

function expectNothingWiderThanThePage(element: OtAssessment, where: string): void {
  expect(document.scrollingElement!.scrollWidth, `${where}: the page scrolls sideways`).to.be.at.most(width);
  const tooWide = elementsOf(element.shadowRoot!)
    .filter((child) => child.getBoundingClientRect().right > width + 0.5)
    .map((child) => `${child.localName}${child.className ? `.${String(child.className).replace(/ /g, '.')}` : ''} (${Math.round(child.getBoundingClientRect().right)} px)`);
  expect(tooWide, `${where}: wider than the page`).to.deep.equal([]);
  expect(element.getBoundingClientRect().right).to.be.at.most(width);
}

describe('<ot-assessment> with long words, at 320 px', () => {
  before(() => setViewport({ width, height: 640 }));
  after(() => setViewport({ width: 800, height: 600 }));

  it('wraps every text of the definition: questions, errors and "Check your answers"', async () => {
    const element = await fixture<OtAssessment>(html`<ot-assessment .definition=${definition} .storage=${new MemoryDraftStorage()}></ot-assessment>`);
    const driver = new AssessmentDriver(element);
    await driver.settle();
    expect(driver.question('walk').shadowRoot!.textContent).to.contain(word);
    expect(element.shadowRoot!.querySelector('[part=licence]')!.textContent).to.contain(word);
    expectNothingWiderThanThePage(element, 'the questions');

    await driver.clickButton();
    expect(driver.errorSummary()).to.not.equal(null);
    expectNothingWiderThanThePage(element, 'the errors');

    await driver.choose('walk', 'alone');
    await driver.check('aids', ['stick']);
    await driver.type('steps', '4');
    await driver.type('notes', word);
    await driver.clickButton();
    expect(driver.isReview()).to.equal(true);
    expect(element.shadowRoot!.textContent).to.contain(word);
    expectNothingWiderThanThePage(element, '"Check your answers"');

    await driver.clickButton();
    expect(element.value).to.not.equal(null);
    expectNothingWiderThanThePage(element, 'the completed assessment');
  });
});
