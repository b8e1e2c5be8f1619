import '../assessment/ot-assessment.define.js';
import { OtHomeVisit } from './ot-home-visit.js';

if (!customElements.get('ot-home-visit')) customElements.define('ot-home-visit', OtHomeVisit);

declare global {
  interface HTMLElementTagNameMap {
    'ot-home-visit': OtHomeVisit;
  }
}
