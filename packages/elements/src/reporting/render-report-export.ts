import { html, type TemplateResult } from 'lit';
import type { OtReportExportKind } from '../events/ot-report-export-event.js';
import type { ReportText } from './report-text.js';

export interface ExportState {
  /** False when only a summary was given: the extract needs the records. */
  extractAvailable: boolean;
  suppressionLabel: string;
}

/**
 * The two CSV downloads. The extract's button stays focusable when it cannot
 * be used (`aria-disabled`, not `disabled`), so that a keyboard or screen
 * reader user reaches it and hears why.
 */
export function renderReportExport(state: ExportState, { m }: ReportText, onExport: (kind: OtReportExportKind) => void): TemplateResult {
  return html`<section class="section export" data-section="export" part="export" aria-labelledby="export-title">
    <h2 id="export-title">${m.exportTitle}</h2>
    <p class="intro">${m.exportIntro}</p>
    <div class="download">
      <button type="button" class="button" data-export="summary" aria-describedby="summary-hint" @click=${() => onExport('summary')}>${m.downloadSummary}</button>
      <p class="hint" id="summary-hint">${m.downloadSummaryHint(state.suppressionLabel)}</p>
    </div>
    <div class="download">
      <button
        type="button"
        class="button secondary"
        data-export="extract"
        aria-disabled=${state.extractAvailable ? 'false' : 'true'}
        aria-describedby="extract-hint"
        @click=${() => {
          if (state.extractAvailable) onExport('extract');
        }}
      >
        ${m.downloadExtract}
      </button>
      <p class="hint" id="extract-hint">${state.extractAvailable ? m.downloadExtractHint : m.extractNeedsRecords}</p>
    </div>
  </section>`;
}
