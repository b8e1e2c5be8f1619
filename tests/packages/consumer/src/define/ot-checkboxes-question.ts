// Only this entry: it registers <ot-checkboxes-question> and must bring its tag and its event into a host's types.
import '@otforms/elements/define/ot-checkboxes-question';

const question = document.createElement('ot-checkboxes-question');
question.name = 'answer';
question.addEventListener('ot-answer', (event) => console.info(event.detail.itemId, event.detail.input, event.detail.notAssessed));
// @ts-expect-error an answer has no recordId
question.addEventListener('ot-answer', (event) => event.detail.recordId);
