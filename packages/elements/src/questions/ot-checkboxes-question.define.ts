import { OtCheckboxesQuestion } from './ot-checkboxes-question.js';
// Brings the `ot-answer` entry of HTMLElementEventMap into a host's types when it
// imports only this file (the class's .d.ts never names the event). At run time it
// adds nothing: the element loads this class anyway.
import '../events/ot-answer-event.js';

if (!customElements.get('ot-checkboxes-question')) customElements.define('ot-checkboxes-question', OtCheckboxesQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-checkboxes-question': OtCheckboxesQuestion;
  }
}
