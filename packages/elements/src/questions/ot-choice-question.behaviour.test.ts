import '../define.js';
import type { QuestionElement } from './question-element.js';
import { questionItem } from '../test-support/question-items.js';
import { runQuestionControlSuite } from '../test-support/question-control-suite.js';

const radios = (element: QuestionElement) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
const notAssessedRadio = (element: QuestionElement) => radios(element).find((radio) => radio.labels?.[0]?.textContent === 'Not assessed');

async function choose(element: QuestionElement, code: string): Promise<void> {
  const radio = radios(element).find((candidate) => candidate.value === code);
  if (!radio) throw new Error(`No option ${code}`);
  radio.click();
  await element.updateComplete;
}

/** The chosen option's code; "Not assessed" is not an answer. */
const shown = (element: QuestionElement) => radios(element).find((radio) => radio.checked && radio !== notAssessedRadio(element))?.value ?? '';

runQuestionControlSuite({
  title: '<ot-choice-question> (single choice, with "Not assessed")',
  tag: 'ot-choice-question',
  item: questionItem('kettle'),
  label: 'Using the kettle',
  requiredMessage: 'Select an answer for using the kettle',
  answer: { value: 'alone', entries: ['alone'] },
  other: { value: 'with-help', entries: ['with-help'] },
  give: choose,
  shown,
  notAssessed: {
    choose: async (element) => {
      notAssessedRadio(element)!.click();
      await element.updateComplete;
    },
    shown: (element) => notAssessedRadio(element)!.checked,
  },
});

runQuestionControlSuite({
  title: '<ot-choice-question> (yes or no)',
  tag: 'ot-choice-question',
  item: questionItem('livesAlone'),
  label: 'Lives alone',
  requiredMessage: 'Select an answer for lives alone',
  answer: { value: 'yes', entries: ['yes'] },
  other: { value: 'no', entries: ['no'] },
  give: choose,
  shown,
});
