import { OtHomeVisitSummary } from './ot-home-visit-summary.js';

if (!customElements.get('ot-home-visit-summary')) customElements.define('ot-home-visit-summary', OtHomeVisitSummary);

declare global {
  interface HTMLElementTagNameMap {
    'ot-home-visit-summary': OtHomeVisitSummary;
  }
}
