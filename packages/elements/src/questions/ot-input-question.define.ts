import { OtInputQuestion } from './ot-input-question.js';

if (!customElements.get('ot-input-question')) customElements.define('ot-input-question', OtInputQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-input-question': OtInputQuestion;
  }
}
