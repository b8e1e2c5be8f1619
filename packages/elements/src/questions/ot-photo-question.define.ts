import { OtPhotoQuestion } from './ot-photo-question.js';
// Brings the `ot-answer` entry of HTMLElementEventMap into a host's types when it
// imports only this file (the class's .d.ts never names the event). At run time it
// adds nothing: the element loads this class anyway.
import '../events/ot-answer-event.js';

if (!customElements.get('ot-photo-question')) customElements.define('ot-photo-question', OtPhotoQuestion);

declare global {
  interface HTMLElementTagNameMap {
    'ot-photo-question': OtPhotoQuestion;
  }
}
