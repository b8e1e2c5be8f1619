// Each event's file declares its entry of HTMLElementEventMap, so a define
// file imports only the events its element fires.
export { OtOutcomeEvent } from './ot-outcome-event.js';
export { OtDraftKeptAsideEvent } from './ot-draft-kept-aside-event.js';
export { OtErrorEvent, type OtErrorDetail } from './ot-error-event.js';
export { OtAnswerEvent, type OtAnswerDetail, type OtAnswerPath } from './ot-answer-event.js';
export { OtReportExportEvent, type OtReportExportDetail, type OtReportExportKind } from './ot-report-export-event.js';
