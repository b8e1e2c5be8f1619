import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/** The figures a manager reads first: how many episodes, ASCOF 2A, goals met, care removed or reduced. */
export function renderReportHeadline(figures: SuppressedFigures, { m, f }: ReportText): TemplateResult {
  const { counts, ascof2a, goals, careHours } = figures;
  const ascof =
    ascof2a.proportion === null ? m.notWorkedOut : m.proportionOf(f.proportion(ascof2a.proportion), f.count(ascof2a.numerator), f.count(ascof2a.denominator));
  return html`<section class="section" data-section="headline" aria-labelledby="headline-title">
    <h2 id="headline-title">${m.headlineTitle}</h2>
    ${renderFigureList([
      { key: 'recordsRead', term: m.recordsRead, value: f.count(counts.recordsRead) },
      { key: 'episodes', term: m.episodes, value: f.count(counts.episodes) },
      { key: 'episodesEnded', term: m.episodesEnded, value: f.count(counts.episodesEnded) },
      { key: 'ascof2a', term: m.ascofHeadline, value: ascof },
      { key: 'atOrAboveExpected', term: m.goalsHeadline, value: m.outOf(f.count(goals.atOrAboveExpected), f.count(goals.n)) },
      { key: 'careRemoved', term: m.careRemoved, value: f.count(careHours.removed) },
      { key: 'careReduced', term: m.careReduced, value: f.count(careHours.reduced) },
    ])}
  </section>`;
}
