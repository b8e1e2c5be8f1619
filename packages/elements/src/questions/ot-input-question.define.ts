import { OtInputQuestion } from './ot-input-question.js';
// Brings the `ot-answer` entry of HTMLElementEventMap into a host's types when it
// imports only this file (the class's .d.ts never names the event). At run time it
// adds nothing: the element loads this class anyway.
import '../events/ot-answer-event.js';

if (!customElements.get('ot-input-question')) customElements.define('ot-input-question', OtInputQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-input-question': OtInputQuestion;
  }
}
