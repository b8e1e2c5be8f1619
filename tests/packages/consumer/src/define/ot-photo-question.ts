// Only this entry: it registers <ot-photo-question> and must bring its tag and its event into a host's types.
import '@otforms/elements/define/ot-photo-question';

const question = document.createElement('ot-photo-question');
question.name = 'photos';
question.addEventListener('ot-answer', (event) => console.info(event.detail.itemId, event.detail.input, event.detail.attachments?.length));
// @ts-expect-error an answer has no recordId
question.addEventListener('ot-answer', (event) => event.detail.recordId);
