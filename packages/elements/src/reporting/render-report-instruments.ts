import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentView } from './outcome-report-model.js';
import { renderBarChart } from './report-bar-chart.js';
import { renderFigureList } from './report-figure-list.js';
import { changeText, intervalText, meanText } from './report-figure-text.js';
import type { ReportText } from './report-text.js';

/**
 * Before and after for each instrument: the means, the mean change with its
 * 95% interval, and how many got better, stayed the same or got worse. Which
 * way is better comes from the summary (the instrument's direction), never
 * from the element; when it is not known, no change is called better or worse.
 */
export function renderReportInstruments(instruments: readonly InstrumentView[], text: ReportText): TemplateResult {
  const { m } = text;
  return html`<section class="section" data-section="instruments" aria-labelledby="instruments-title">
    <h2 id="instruments-title">${m.instrumentsTitle}</h2>
    <p class="intro">${m.instrumentsIntro}</p>
    ${instruments.length === 0 ? html`<p class="status">${m.noInstruments}</p>` : instruments.map((instrument) => renderInstrument(instrument, text))}
  </section>`;
}

function renderInstrument(instrument: InstrumentView, text: ReportText): TemplateResult {
  const { m, f } = text;
  const { shown, betterWhen } = instrument;
  const known = betterWhen !== null && shown.improved !== null && shown.worse !== null;
  return html`<div class="instrument" data-instrument=${instrument.id}>
    <h3>${instrument.title}</h3>
    <p class="direction">${m.direction(betterWhen)}</p>
    ${renderFigureList([
      { key: 'n', term: m.instrumentN, value: f.count(shown.n) },
      { key: 'baselineMean', term: m.baselineMean, value: meanText(text, shown.baselineMean) },
      { key: 'dischargeMean', term: m.dischargeMean, value: meanText(text, shown.dischargeMean) },
      { key: 'meanChange', term: m.meanChange, value: changeText(text, shown.meanChange) },
      { key: 'changeCi95', term: m.changeInterval, value: intervalText(text, shown.changeCi95) },
      ...(known ? [] : [{ key: 'same', term: m.same, value: f.count(shown.same) }]),
    ])}
    ${known
      ? renderBarChart(text, {
          id: `change-${instrument.id}`,
          name: m.changeChartName(instrument.title),
          caption: m.changeTableCaption(instrument.title),
          columns: [m.columnChange, m.columnEpisodes],
          bars: [
            { key: 'improved', label: m.improved, value: shown.improved! },
            { key: 'same', label: m.same, value: shown.same },
            { key: 'worse', label: m.worse, value: shown.worse! },
          ],
        })
      : nothing}
  </div>`;
}
