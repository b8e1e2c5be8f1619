import { OtOutcomeReport } from './ot-outcome-report.js';
// Brings the `ot-report-export` entry of HTMLElementEventMap into a host's types when it
// imports only this file. At run time it adds nothing: the element loads this class anyway.
import '../events/ot-report-export-event.js';

if (!customElements.get('ot-outcome-report')) customElements.define('ot-outcome-report', OtOutcomeReport);

declare global {
  interface HTMLElementTagNameMap {
    'ot-outcome-report': OtOutcomeReport;
  }
}
