import { html, type TemplateResult } from 'lit';
import type { Shown, SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderBarChart } from './report-bar-chart.js';
import { renderFigureList } from './report-figure-list.js';
import { formatCount } from './report-format.js';

/** What happened to planned care hours between the start and the end of ended episodes. */
export function renderReportCareHours(careHours: SuppressedFigures['careHours']): TemplateResult {
  return html`<section class="section" data-section="care-hours" aria-labelledby="care-hours-title">
    <h2 id="care-hours-title">${m.careHoursTitle}</h2>
    <p class="intro">${m.careHoursIntro}</p>
    ${renderBarChart({
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
      { key: 'hoursPerWeekAtStart', term: m.hoursAtStart, value: hours(careHours.hoursPerWeekAtStart) },
      { key: 'hoursPerWeekAtEnd', term: m.hoursAtEnd, value: hours(careHours.hoursPerWeekAtEnd) },
      { key: 'notKnown', term: m.careNotKnown, value: formatCount(careHours.notKnown) },
    ])}
  </section>`;
}

/** A suppressed sum is the label alone: it is hidden because few episodes make it, not because it is small. */
const hours = (value: Shown) => (typeof value === 'string' ? value : m.hours(value));
