import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderBarChart } from './report-bar-chart.js';
import { changeText, intervalText, meanText } from './report-figure-text.js';
import { renderFigureList } from './report-figure-list.js';
import { formatCount } from './report-format.js';

/** Goal attainment: the mean T-scores and their change, how many plans met their goals, and the spread of the latest T-scores. */
export function renderReportGoals(goals: SuppressedFigures['goals']): TemplateResult {
  return html`<section class="section" data-section="goals" aria-labelledby="goals-title">
    <h2 id="goals-title">${m.goalsTitle}</h2>
    <p class="intro">${m.goalsIntro}</p>
    ${renderFigureList([
      { key: 'n', term: m.goalPlans, value: formatCount(goals.n) },
      { key: 'meanBaselineTScore', term: m.meanBaselineTScore, value: meanText(goals.meanBaselineTScore) },
      { key: 'meanLatestTScore', term: m.meanLatestTScore, value: meanText(goals.meanLatestTScore) },
      { key: 'meanChange', term: m.meanChange, value: changeText(goals.meanChange) },
      { key: 'changeCi95', term: m.changeInterval, value: intervalText(goals.changeCi95) },
      { key: 'atOrAboveExpected', term: m.atOrAboveExpected, value: formatCount(goals.atOrAboveExpected) },
    ])}
    ${renderBarChart({
      id: 't-score-spread',
      name: m.spreadChartName(goals.n),
      caption: m.spreadTableCaption,
      columns: [m.columnTScore, m.columnPlans],
      bars: goals.latestTScoreSpread.map((bin) => {
        // The bounds are the schema's bins (numbers); suppression only changes the count.
        const from = bin.from as number | null;
        const to = bin.to as number | null;
        return { key: `${from ?? ''}-${to ?? ''}`, label: m.tScoreBin(from, to), value: bin.count };
      }),
    })}
  </section>`;
}
