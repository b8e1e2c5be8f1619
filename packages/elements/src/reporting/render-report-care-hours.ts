import { html, type TemplateResult } from 'lit';
import type { Shown, SuppressedFigures } from '@otforms/reporting';
import { renderBarChart } from './report-bar-chart.js';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/** What happened to planned care hours between the start and the end of ended episodes. */
export function renderReportCareHours(careHours: SuppressedFigures['careHours'], text: ReportText): TemplateResult {
  const { m, f } = text;
  return html`<section class="section" data-section="care-hours" aria-labelledby="care-hours-title">
    <h2 id="care-hours-title">${m.careHoursTitle}</h2>
    <p class="intro">${m.careHoursIntro}</p>
    ${renderBarChart(text, {
      id: 'care-hours',
      name: m.careChartName,
      caption: m.careTableCaption,
      columns: [m.columnCare, m.columnEpisodes],
      bars: [
        { key: 'removed', label: m.careRemovedShort, value: careHours.removed },
        { key: 'reduced', label: m.careReducedShort, value: careHours.reduced },
        { key: 'maintained', label: m.careMaintainedShort, value: careHours.maintained },
        { key: 'increased', label: m.careIncreasedShort, value: careHours.increased },
      ],
    })}
    ${renderFigureList([
      { key: 'hoursPerWeekAtStart', term: m.hoursAtStart, value: hours(careHours.hoursPerWeekAtStart, m) },
      { key: 'hoursPerWeekAtEnd', term: m.hoursAtEnd, value: hours(careHours.hoursPerWeekAtEnd, m) },
      { key: 'notKnown', term: m.careNotKnown, value: f.count(careHours.notKnown) },
    ])}
  </section>`;
}

/** A suppressed sum is the label alone: it is hidden because few episodes make it, not because it is small. */
const hours = (value: Shown, m: ReportText['m']) => (typeof value === 'string' ? value : m.hours(value));
