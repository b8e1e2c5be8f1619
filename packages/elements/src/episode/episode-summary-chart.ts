import { html, nothing, svg, type TemplateResult } from 'lit';
import { shortenForChart } from '../goals/gas-chart-model.js';
import { positionOnScale, type EpisodeSummaryModel, type MeasureRow, type MeasureValue } from './episode-summary-model.js';
import { bareValue, chartName, type SummaryWords } from './episode-summary-words.js';

/**
 * The measures as dumbbells: one row per measure on its own scale, a ring
 * at the start and a square at the end joined by a line, each labelled
 * with "Start" or "End" and its value (the start above the line, the end
 * below it, so the two never overlap). Shape and text tell them apart, not
 * colour alone. The SVG is one image with a name; the table holds the
 * figures.
 */

const WIDTH = 480;
const ROW = 92;
const PAD = 4;
const AXIS_LEFT = 48;
const AXIS_RIGHT = 432;
/** How many characters of a title fit on its line at the chart's font size. */
const TITLE_CHARACTERS = 52;
/** How close to an end of the axis a label is anchored to that end, so it stays inside the drawing. */
const EDGE = 44;

const axisX = (at: number) => AXIS_LEFT + at * (AXIS_RIGHT - AXIS_LEFT);

export function renderEpisodeChart(t: SummaryWords, model: EpisodeSummaryModel): TemplateResult {
  const ended = model.endedOn !== null;
  const height = model.rows.length * ROW + 4;
  return html`<svg class="chart" part="chart" role="img" aria-label=${chartName(t, model)} viewBox="0 0 ${WIDTH} ${height}">
    ${model.rows.map((row, index) => renderRow(t, row, index * ROW, ended))}
  </svg>`;
}

function renderRow(t: SummaryWords, row: MeasureRow, top: number, ended: boolean) {
  const axisY = top + 58;
  const note = row.scale?.source === 'values' ? t.episodeSummary.scaleNote : null;
  const title = shortenForChart(row.title, TITLE_CHARACTERS - (note ? note.length + 3 : 0));
  return svg`<g class="measure" data-measure=${row.id}>
    <line class="row-rule" x1=${PAD} x2=${WIDTH - PAD} y1=${top + 1} y2=${top + 1}></line>
    <text class="title" x=${PAD} y=${top + 22}><title>${row.title}</title>${title}${note ? svg`<tspan class="scale-note"> · ${note}</tspan>` : nothing}</text>
    ${row.scale ? renderAxis(t, row, axisY) : nothing}
    ${renderDumbbell(t, row, axisY, ended)}
  </g>`;
}

function renderAxis(t: SummaryWords, row: MeasureRow, y: number) {
  const scale = row.scale!;
  // The ends are whole numbers: a T-score's 20 and 80 need no decimal place.
  const label = (value: number) => bareValue(t, value, row.kind === 'gas' ? 'instrument' : row.kind);
  // The T-score's 50 (every goal at its expected outcome) is marked, and named in the table.
  const fifty = row.kind === 'gas' ? positionOnScale(50, scale).at : null;
  return svg`<line class="axis" x1=${AXIS_LEFT} x2=${AXIS_RIGHT} y1=${y} y2=${y}></line>
    <line class="tick" x1=${AXIS_LEFT} x2=${AXIS_LEFT} y1=${y - 6} y2=${y + 6}></line>
    <line class="tick" x1=${AXIS_RIGHT} x2=${AXIS_RIGHT} y1=${y - 6} y2=${y + 6}></line>
    ${fifty === null ? nothing : svg`<line class="tick mid" x1=${axisX(fifty)} x2=${axisX(fifty)} y1=${y - 6} y2=${y + 6}></line>`}
    <text class="scale-end" data-end="min" x=${AXIS_LEFT - 8} y=${y + 5} text-anchor="end">${label(scale.min)}</text>
    <text class="scale-end" data-end="max" x=${AXIS_RIGHT + 8} y=${y + 5} text-anchor="start">${label(scale.max)}</text>`;
}

function renderDumbbell(t: SummaryWords, row: MeasureRow, y: number, ended: boolean) {
  const start = place(row, row.start);
  const end = place(row, row.end);
  const startLabelY = y - 16;
  const endLabelY = y + 28;
  return svg`${start && end && start.x !== end.x ? svg`<line class="join" x1=${start.x} x2=${end.x} y1=${y} y2=${y}></line>` : nothing}
    ${start ? svg`<circle class="marker start" cx=${start.x} cy=${y} r="9"></circle>` : nothing}
    ${end ? svg`<rect class="marker end" x=${end.x - 5.5} y=${y - 5.5} width="11" height="11"></rect>` : nothing}
    ${renderLabel(t, row, row.start, start, 'start', startLabelY, ended)}
    ${renderLabel(t, row, row.end, end, 'end', endLabelY, ended)}`;
}

function place(row: MeasureRow, value: MeasureValue) {
  if (value.kind !== 'value' || !row.scale) return null;
  const { at, clamped } = positionOnScale(value.value, row.scale);
  return { x: axisX(at), clamped };
}

function renderLabel(t: SummaryWords, row: MeasureRow, value: MeasureValue, at: { x: number; clamped: boolean } | null, side: 'start' | 'end', y: number, ended: boolean) {
  const m = t.episodeSummary;
  if (value.kind === 'missing' || !at) {
    // An instrument's own reason can be a sentence, too long for the drawing: the table gives it whole.
    const text = value.kind !== 'missing' ? '' : value.reason.kind === 'no-total' && value.reason.detail ? m.noTotalShort : m.missing(value.reason, side, ended);
    return svg`<text class="label missing ${side}" x=${AXIS_LEFT} y=${y}>${m.chartMissing(side, ended, text)}</text>`;
  }
  const anchor = at.x < AXIS_LEFT + EDGE ? 'start' : at.x > AXIS_RIGHT - EDGE ? 'end' : 'middle';
  const x = anchor === 'start' ? Math.max(PAD, at.x - 10) : anchor === 'end' ? Math.min(WIDTH - PAD, at.x + 10) : at.x;
  return svg`<text class="label ${side}" x=${x} y=${y} text-anchor=${anchor}>${m.chartLabel(side, ended, bareValue(t, value.value, row.kind), at.clamped)}</text>`;
}
