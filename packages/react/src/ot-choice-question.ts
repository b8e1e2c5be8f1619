import '@otforms/elements/define/ot-choice-question';
import { OtChoiceQuestion as OtChoiceQuestionElement } from '@otforms/elements';
import { answerEvents, wrapElement } from './wrapper.js';

/** `<ot-choice-question>`: a form-associated single-choice or yes-no question (`item`); `onOtAnswer` receives each answer. */
export const OtChoiceQuestion = wrapElement('ot-choice-question', OtChoiceQuestionElement, answerEvents);
