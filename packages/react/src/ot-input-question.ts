import '@otforms/elements/define/ot-input-question';
import { OtInputQuestion as OtInputQuestionElement } from '@otforms/elements';
import { answerEvents, wrapElement } from './wrapper.js';

/** `<ot-input-question>`: a form-associated number, decimal, duration, text or date question (`item`); `onOtAnswer` receives each answer. */
export const OtInputQuestion = wrapElement('ot-input-question', OtInputQuestionElement, answerEvents);
