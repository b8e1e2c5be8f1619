import '@otforms/elements/define/ot-outcome-report';
import type { EventName } from '@lit/react';
import { OtOutcomeReport as OtOutcomeReportElement, type OtReportExportEvent } from '@otforms/elements';
import { wrapElement } from './wrapper.js';

/** What the report fires: each CSV file before it is downloaded (cancelable, so a host can take the download over). */
const reportEvents = {
  onOtReportExport: 'ot-report-export' as EventName<OtReportExportEvent>,
};

/** `<ot-outcome-report>`: outcome evidence across people from `records` (or a `summary`); `onOtReportExport` receives each CSV file before it is downloaded. */
export const OtOutcomeReport = wrapElement('ot-outcome-report', OtOutcomeReportElement, reportEvents);
