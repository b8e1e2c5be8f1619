import '../define.js';
import type { QuestionElement } from './question-element.js';
import { questionItem } from '../test-support/question-items.js';
import { runQuestionControlSuite, type QuestionControlAdapter } from '../test-support/question-control-suite.js';

const box = (element: QuestionElement) => element.shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;

/** Types into the box as a person does: focus, the new text, blur. */
async function type(element: QuestionElement, text: string): Promise<void> {
  const input = box(element);
  input.focus();
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.blur();
  await element.updateComplete;
}

const typed = (value: string) => ({ value, entries: [value] });
const common = { tag: 'ot-input-question', give: type, shown: (element: QuestionElement) => box(element).value } as const;

const cases: QuestionControlAdapter[] = [
  {
    ...common,
    title: '<ot-input-question> (integer)',
    item: questionItem('carerVisits'),
    label: 'Carer visits a week',
    requiredMessage: 'Enter carer visits a week',
    answer: typed('14'),
    other: typed('3'),
    invalid: { value: 'fourteen', message: 'Carer visits a week must be a whole number' },
  },
  {
    ...common,
    title: '<ot-input-question> (decimal, with a unit)',
    item: questionItem('weight'),
    label: 'Weight (kg)',
    requiredMessage: 'Enter weight',
    answer: typed('61.5'),
    other: typed('70'),
    invalid: { value: '61.55', message: 'Weight must have 1 decimal place or fewer' },
  },
  {
    ...common,
    title: '<ot-input-question> (text)',
    item: questionItem('pet'),
    label: 'Name of pet',
    requiredMessage: 'Enter name of pet',
    answer: typed('Biscuit'),
    other: typed('Pepper, the cat'),
  },
  {
    ...common,
    title: '<ot-input-question> (text on several lines)',
    item: questionItem('notes'),
    label: 'Notes',
    requiredMessage: 'Enter notes',
    answer: typed('Makes tea standing.\nSits to dress.'),
    other: typed('Managing well'),
    invalid: { value: 'x'.repeat(201), message: 'Notes must be 200 characters or fewer' },
  },
  {
    ...common,
    title: '<ot-input-question> (measurement)',
    item: questionItem('stepHeight'),
    label: 'Height of the front step (millimetres)',
    requiredMessage: 'Enter height of the front step',
    answer: typed('180'),
    other: typed('95'),
    invalid: { value: '180.5', message: 'Height of the front step must be a whole number' },
  },
  {
    ...common,
    title: '<ot-input-question> (own words)',
    item: questionItem('whatMatters'),
    label: 'What matters to me',
    note: 'In the person’s own words: write what they say, as they say it.',
    requiredMessage: 'Enter what matters to me',
    answer: typed('  Getting out to see my sister on Sundays.\n\nNot being a bother.  '),
    other: typed('My garden'),
    invalid: { value: 'x'.repeat(501), message: 'What matters to me must be 500 characters or fewer' },
  },
  {
    ...common,
    title: '<ot-input-question> (date)',
    item: questionItem('visitedOn'),
    label: 'Date of the visit',
    requiredMessage: 'Enter date of the visit',
    answer: typed('2026-03-27'),
    other: typed('2026-11-02'),
  },
];

for (const adapter of cases) runQuestionControlSuite(adapter);
