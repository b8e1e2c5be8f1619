import '@otforms/elements/define/ot-photo-question';
import { OtPhotoQuestion as OtPhotoQuestionElement } from '@otforms/elements';
import { answerEvents, wrapElement } from './wrapper.js';

/** `<ot-photo-question>`: a form-associated photo question (`item`, `attachments`, `budgetBytes`, `otherBytes`); `onOtAnswer` receives each change, its `detail.attachments` the photos. */
export const OtPhotoQuestion = wrapElement('ot-photo-question', OtPhotoQuestionElement, answerEvents);
