import { OtChoiceQuestion } from './ot-choice-question.js';

if (!customElements.get('ot-choice-question')) customElements.define('ot-choice-question', OtChoiceQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-choice-question': OtChoiceQuestion;
  }
}
