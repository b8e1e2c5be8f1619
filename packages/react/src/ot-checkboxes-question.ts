import '@otforms/elements/define/ot-checkboxes-question';
import { OtCheckboxesQuestion as OtCheckboxesQuestionElement } from '@otforms/elements';
import { answerEvents, wrapElement } from './wrapper.js';

/** `<ot-checkboxes-question>`: a form-associated multiple-choice question (`item`); `onOtAnswer` receives each change. */
export const OtCheckboxesQuestion = wrapElement('ot-checkboxes-question', OtCheckboxesQuestionElement, answerEvents);
