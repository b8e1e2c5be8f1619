import { html, svg, type TemplateResult } from 'lit';
import type { Shown } from '@otforms/reporting';
import type { ReportText } from './report-text.js';

/**
 * A horizontal bar chart of counts, drawn without a chart library: one bar
 * per category, each labelled with its name and its count in words and
 * numbers, so no colour carries meaning. A count that suppression hid has no
 * bar, only its label ("fewer than 5"), and the bars' lengths come from the
 * counts shown, so no hidden count can be measured off the drawing. The SVG
 * is one image with a name; its text alternative is a real table under
 * "Show the figures".
 */

export interface Bar {
  /** Stable within the chart (a test or a host's CSS can find it). */
  key: string;
  label: string;
  value: Shown;
}

export interface BarChart {
  /** Stable within the report: `data-chart`. */
  id: string;
  /** The image's accessible name. */
  name: string;
  caption: string;
  /** The table's column headers: what a bar is, and what it counts. */
  columns: readonly [string, string];
  bars: readonly Bar[];
}

const WIDTH = 480;
const ROW = 36;
const BAR_HEIGHT = 22;
const LABEL_RIGHT = 172;
const BAR_LEFT = 180;
const BAR_RIGHT = 410;
const TOP = 6;

export function renderBarChart(text: ReportText, chart: BarChart): TemplateResult {
  const { m, f } = text;
  const height = TOP * 2 + chart.bars.length * ROW;
  const longest = Math.max(0, ...chart.bars.map((bar) => (typeof bar.value === 'number' ? bar.value : 0)));
  return html`<div class="chart-block" data-chart=${chart.id}>
    <svg class="bar-chart" part="chart" role="img" aria-label=${chart.name} viewBox="0 0 ${WIDTH} ${height}" preserveAspectRatio="xMinYMin meet">
      <line class="axis" x1=${BAR_LEFT} x2=${BAR_LEFT} y1=${TOP - 2} y2=${height - TOP + 2}></line>
      ${chart.bars.map((bar, index) => renderBar(bar, TOP + index * ROW, longest, f))}
    </svg>
    <details class="figures" part="figures">
      <summary><span class="summary-text">${m.showFigures}</span></summary>
      <div class="figures-body">${renderBarTable(chart, f)}</div>
    </details>
  </div>`;
}

function renderBar(bar: Bar, top: number, longest: number, f: ReportText['f']) {
  const middle = top + ROW / 2;
  const length = typeof bar.value === 'number' && longest > 0 ? (bar.value / longest) * (BAR_RIGHT - BAR_LEFT) : 0;
  const suppressed = typeof bar.value === 'string';
  return svg`<g class="bar-row" data-bar=${bar.key}>
    <text class="bar-label" x=${LABEL_RIGHT} y=${middle + 5} text-anchor="end">${bar.label}</text>
    ${length > 0 ? svg`<rect class="bar" x=${BAR_LEFT} y=${middle - BAR_HEIGHT / 2} width=${length} height=${BAR_HEIGHT}></rect>` : ''}
    <text class="bar-value ${suppressed ? 'suppressed' : ''}" x=${BAR_LEFT + length + 6} y=${middle + 5}>${f.count(bar.value)}</text>
  </g>`;
}

export function renderBarTable(chart: BarChart, f: ReportText['f']): TemplateResult {
  return html`<table part="table">
    <caption>${chart.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${chart.columns[0]}</th>
        <th scope="col" class="number">${chart.columns[1]}</th>
      </tr>
    </thead>
    <tbody>
      ${chart.bars.map(
        (bar) => html`<tr data-bar=${bar.key}>
          <th scope="row">${bar.label}</th>
          <td class="number">${f.count(bar.value)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`;
}
