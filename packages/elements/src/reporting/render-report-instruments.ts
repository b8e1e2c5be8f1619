import { html, nothing, type TemplateResult } from 'lit';
import type { InstrumentView } from './outcome-report-model.js';
import { reportMessages as m } from './outcome-report-messages.js';
import { renderBarChart } from './report-bar-chart.js';
import { renderFigureList } from './report-figure-list.js';
import { changeText, intervalText, meanText } from './report-figure-text.js';
import { formatCount } from './report-format.js';

/**
 * Before and after for each instrument: the means, the mean change with its
 * 95% interval, and how many got better, stayed the same or got worse. Which
 * way is better comes from the summary (the instrument's direction), never
 * from the element; when it is not known, no change is called better or worse.
 */
export function renderReportInstruments(instruments: readonly InstrumentView[]): TemplateResult {
  return html`<section class="section" data-section="instruments" aria-labelledby="instruments-title">
    <h2 id="instruments-title">${m.instrumentsTitle}</h2>
    <p class="intro">${m.instrumentsIntro}</p>
    ${instruments.length === 0 ? html`<p class="status">${m.noInstruments}</p>` : instruments.map(renderInstrument)}
  </section>`;
}

function renderInstrument(instrument: InstrumentView): TemplateResult {
  const { shown, betterWhen } = instrument;
  const known = betterWhen !== null && shown.improved !== null && shown.worse !== null;
  return html`<div class="instrument" data-instrument=${instrument.id}>
    <h3>${instrument.title}</h3>
    <p class="direction">${m.direction(betterWhen)}</p>
    ${renderFigureList([
      { key: 'n', term: m.instrumentN, value: formatCount(shown.n) },
      { key: 'baselineMean', term: m.baselineMean, value: meanText(shown.baselineMean) },
      { key: 'dischargeMean', term: m.dischargeMean, value: meanText(shown.dischargeMean) },
      { key: 'meanChange', term: m.meanChange, value: changeText(shown.meanChange) },
      { key: 'changeCi95', term: m.changeInterval, value: intervalText(shown.changeCi95) },
      ...(known ? [] : [{ key: 'same', term: m.same, value: formatCount(shown.same) }]),
    ])}
    ${known
      ? renderBarChart({
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
