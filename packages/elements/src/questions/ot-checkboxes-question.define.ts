import { OtCheckboxesQuestion } from './ot-checkboxes-question.js';

if (!customElements.get('ot-checkboxes-question')) customElements.define('ot-checkboxes-question', OtCheckboxesQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-checkboxes-question': OtCheckboxesQuestion;
  }
}
