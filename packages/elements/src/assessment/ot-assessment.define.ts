import { OtAssessment } from './ot-assessment.js';
import '../questions/ot-choice-question.define.js';
import '../questions/ot-input-question.define.js';
import '../questions/ot-checkboxes-question.define.js';

if (!customElements.get('ot-assessment')) customElements.define('ot-assessment', OtAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'ot-assessment': OtAssessment;
  }
}
