import { html, type TemplateResult } from 'lit';
import type { ReportText } from './report-text.js';

/** Work under way, with how far it has got. */
export interface Progress {
  task: 'summary' | 'extract';
  done: number;
  /** Null while the records are read from an iterable that does not say how many it holds. */
  total: number | null;
}

/**
 * A labelled `<progress>` for sighted users. Screen reader users hear the
 * progress from the report's polite status line, which is announced in
 * steps (see the element), not on every record.
 */
export function renderReportProgress(progress: Progress, { m }: ReportText): TemplateResult {
  const { task, done, total } = progress;
  const label = task === 'summary' ? m.progressLabel : m.extractProgressLabel;
  const text = total === null ? m.readProgress(done) : task === 'summary' ? m.progress(done, total) : m.extractProgress(done, total);
  // With no total the bar has no value: an indeterminate bar, which says only that work is under way.
  const bar =
    total === null
      ? html`<progress id="progress-bar">${text}</progress>`
      : html`<progress id="progress-bar" max=${Math.max(1, total)} .value=${done}>${text}</progress>`;
  return html`<div class="progress" part="progress" data-task=${task}>
    <label for="progress-bar">${label}</label>
    ${bar}
    <p class="progress-text" aria-hidden="true">${text}</p>
  </div>`;
}
