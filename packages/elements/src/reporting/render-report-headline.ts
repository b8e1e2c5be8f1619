import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderFigureList } from './report-figure-list.js';
import { formatCount, formatProportion } from './report-format.js';

/** The figures a manager reads first: how many episodes, ASCOF 2A, goals met, care removed or reduced. */
export function renderReportHeadline(figures: SuppressedFigures): TemplateResult {
  const { counts, ascof2a, goals, careHours } = figures;
  const ascof =
    ascof2a.proportion === null ? m.notWorkedOut : m.proportionOf(formatProportion(ascof2a.proportion), formatCount(ascof2a.numerator), formatCount(ascof2a.denominator));
  return html`<section class="section" data-section="headline" aria-labelledby="headline-title">
    <h2 id="headline-title">${m.headlineTitle}</h2>
    ${renderFigureList([
      { key: 'recordsRead', term: m.recordsRead, value: formatCount(counts.recordsRead) },
      { key: 'episodes', term: m.episodes, value: formatCount(counts.episodes) },
      { key: 'episodesEnded', term: m.episodesEnded, value: formatCount(counts.episodesEnded) },
      { key: 'ascof2a', term: m.ascofHeadline, value: ascof },
      { key: 'atOrAboveExpected', term: m.goalsHeadline, value: m.outOf(formatCount(goals.atOrAboveExpected), formatCount(goals.n)) },
      { key: 'careRemoved', term: m.careRemoved, value: formatCount(careHours.removed) },
      { key: 'careReduced', term: m.careReduced, value: formatCount(careHours.reduced) },
    ])}
  </section>`;
}
