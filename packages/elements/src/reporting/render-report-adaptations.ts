import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/** Minor and major adaptations, and how long major ones took from recommendation to completion. */
export function renderReportAdaptations(adaptations: SuppressedFigures['adaptations'], { m, f }: ReportText): TemplateResult {
  const median = adaptations.medianDaysToComplete;
  return html`<section class="section" data-section="adaptations" aria-labelledby="adaptations-title">
    <h2 id="adaptations-title">${m.adaptationsTitle}</h2>
    ${renderFigureList([
      { key: 'minor', term: m.minorAdaptations, value: f.count(adaptations.minor) },
      { key: 'major', term: m.majorAdaptations, value: f.count(adaptations.major) },
      { key: 'majorCompleted', term: m.majorCompleted, value: f.count(adaptations.majorCompleted) },
      { key: 'medianDaysToComplete', term: m.medianDays, value: median === null ? m.notWorkedOut : typeof median === 'string' ? median : m.days(median) },
    ])}
  </section>`;
}
