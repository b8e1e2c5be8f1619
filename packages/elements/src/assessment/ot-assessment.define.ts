import { OtAssessment } from './ot-assessment.js';
import '../questions/ot-choice-question.define.js';
import '../questions/ot-input-question.define.js';
import '../questions/ot-checkboxes-question.define.js';
// Brings the `ot-outcome` and `ot-error` entries of HTMLElementEventMap into a
// host's types when it imports only this file (the class's .d.ts never names
// the events). At run time it adds nothing: the element loads these classes anyway.
import '../events/ot-outcome-event.js';
import '../events/ot-error-event.js';

if (!customElements.get('ot-assessment')) customElements.define('ot-assessment', OtAssessment);

declare global {
  interface HTMLElementTagNameMap {
    'ot-assessment': OtAssessment;
  }
}
