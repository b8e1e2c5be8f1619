export { OtOutcomeEvent } from './ot-outcome-event.js';
export { OtErrorEvent, type OtErrorDetail } from './ot-error-event.js';
export { OtAnswerEvent, type OtAnswerDetail, type OtAnswerPath } from './ot-answer-event.js';
export { OtReportExportEvent, type OtReportExportDetail, type OtReportExportKind } from './ot-report-export-event.js';

import type { OtOutcomeEvent } from './ot-outcome-event.js';
import type { OtErrorEvent } from './ot-error-event.js';

declare global {
  interface HTMLElementEventMap {
    'ot-outcome': OtOutcomeEvent;
    'ot-error': OtErrorEvent;
  }
}
