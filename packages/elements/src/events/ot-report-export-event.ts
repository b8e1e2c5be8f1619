/** Which CSV file: the suppressed summary (to share), or the person-level extract (to keep inside the council). */
export type OtReportExportKind = 'summary' | 'extract';

/**
 * What `<ot-outcome-report>` is about to download: the CSV text, which file
 * it is, and the file name it would be saved as.
 */
export interface OtReportExportDetail {
  kind: OtReportExportKind;
  csv: string;
  filename: string;
}

/**
 * Fired before a CSV file is downloaded. It is cancelable: a host that calls
 * `preventDefault()` takes the download over (to save the file through its
 * own store, say), and the element then downloads nothing.
 */
export class OtReportExportEvent extends CustomEvent<OtReportExportDetail> {
  static readonly eventName = 'ot-report-export';

  constructor(detail: OtReportExportDetail) {
    super(OtReportExportEvent.eventName, { detail, bubbles: true, composed: true, cancelable: true });
  }
}

declare global {
  interface HTMLElementEventMap {
    'ot-report-export': OtReportExportEvent;
  }
}
