import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderFigureList } from './report-figure-list.js';
import { formatCount } from './report-format.js';

/** Minor and major adaptations, and how long major ones took from recommendation to completion. */
export function renderReportAdaptations(adaptations: SuppressedFigures['adaptations']): TemplateResult {
  const median = adaptations.medianDaysToComplete;
  return html`<section class="section" data-section="adaptations" aria-labelledby="adaptations-title">
    <h2 id="adaptations-title">${m.adaptationsTitle}</h2>
    ${renderFigureList([
      { key: 'minor', term: m.minorAdaptations, value: formatCount(adaptations.minor) },
      { key: 'major', term: m.majorAdaptations, value: formatCount(adaptations.major) },
      { key: 'majorCompleted', term: m.majorCompleted, value: formatCount(adaptations.majorCompleted) },
      { key: 'medianDaysToComplete', term: m.medianDays, value: median === null ? m.notWorkedOut : typeof median === 'string' ? median : m.days(median) },
    ])}
  </section>`;
}
