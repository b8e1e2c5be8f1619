import '../assessment/ot-assessment.define.js';
// Photos are taken at the door, perhaps with no signal: the home visit brings its photo question with it rather than fetching it mid-visit.
import '../questions/ot-photo-question.define.js';
import { OtHomeVisit } from './ot-home-visit.js';

if (!customElements.get('ot-home-visit')) customElements.define('ot-home-visit', OtHomeVisit);

declare global {
  interface HTMLElementTagNameMap {
    'ot-home-visit': OtHomeVisit;
  }
}
