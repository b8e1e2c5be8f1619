import { html, type TemplateResult } from 'lit';
import type { SuppressedFigures } from '@otforms/reporting';
import { renderBarChart } from './report-bar-chart.js';
import { changeText, intervalText, meanText } from './report-figure-text.js';
import { renderFigureList } from './report-figure-list.js';
import type { ReportText } from './report-text.js';

/** Goal attainment: the mean T-scores and their change, how many plans met their goals, and the spread of the latest T-scores. */
export function renderReportGoals(goals: SuppressedFigures['goals'], text: ReportText): TemplateResult {
  const { m, f } = text;
  return html`<section class="section" data-section="goals" aria-labelledby="goals-title">
    <h2 id="goals-title">${m.goalsTitle}</h2>
    <p class="intro">${m.goalsIntro}</p>
    ${renderFigureList([
      { key: 'n', term: m.goalPlans, value: f.count(goals.n) },
      { key: 'meanBaselineTScore', term: m.meanBaselineTScore, value: meanText(text, goals.meanBaselineTScore) },
      { key: 'meanLatestTScore', term: m.meanLatestTScore, value: meanText(text, goals.meanLatestTScore) },
      { key: 'meanChange', term: m.meanChange, value: changeText(text, goals.meanChange) },
      { key: 'changeCi95', term: m.changeInterval, value: intervalText(text, goals.changeCi95) },
      { key: 'atOrAboveExpected', term: m.atOrAboveExpected, value: f.count(goals.atOrAboveExpected) },
    ])}
    ${renderBarChart(text, {
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
