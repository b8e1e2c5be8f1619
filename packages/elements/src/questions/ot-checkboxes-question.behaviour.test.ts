import '../define.js';
import type { QuestionElement } from './question-element.js';
import { questionItem } from '../test-support/question-items.js';
import { runQuestionControlSuite } from '../test-support/question-control-suite.js';

const boxes = (element: QuestionElement) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

runQuestionControlSuite({
  title: '<ot-checkboxes-question>',
  tag: 'ot-checkboxes-question',
  item: questionItem('aids'),
  label: 'Walking aids used',
  requiredMessage: 'Select at least one answer for walking aids used',
  // One entry per chosen code in the submitted form; the value joins them, in the options' order.
  answer: { value: 'stick,wheelchair', entries: ['stick', 'wheelchair'] },
  other: { value: 'frame', entries: ['frame'] },
  give: async (element, value) => {
    const codes = value.split(',');
    for (const box of boxes(element)) if (box.checked !== codes.includes(box.value)) box.click();
    await element.updateComplete;
  },
  shown: (element) =>
    boxes(element)
      .filter((box) => box.checked)
      .map((box) => box.value)
      .join(','),
});
