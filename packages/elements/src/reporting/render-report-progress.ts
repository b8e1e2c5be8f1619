import { html, type TemplateResult } from 'lit';
import { reportMessages as m } from './outcome-report-messages.js';

/** Work under way, with how far it has got. */
export interface Progress {
  task: 'summary' | 'extract';
  done: number;
  total: number;
}

/**
 * A labelled `<progress>` for sighted users. Screen reader users hear the
 * progress from the report's polite status line, which is announced in
 * steps (see the element), not on every record.
 */
export function renderReportProgress(progress: Progress): TemplateResult {
  const label = progress.task === 'summary' ? m.progressLabel : m.extractProgressLabel;
  const text = progress.task === 'summary' ? m.progress(progress.done, progress.total) : m.extractProgress(progress.done, progress.total);
  return html`<div class="progress" part="progress" data-task=${progress.task}>
    <label for="progress-bar">${label}</label>
    <progress id="progress-bar" max=${Math.max(1, progress.total)} .value=${progress.done}>${text}</progress>
    <p class="progress-text" aria-hidden="true">${text}</p>
  </div>`;
}
