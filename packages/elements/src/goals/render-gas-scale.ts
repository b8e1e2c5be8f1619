import { html, svg, nothing, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import { GAS_LEVELS, cutForChart, type ChartModel, type GoalRow } from './gas-chart-model.js';
import { levelText } from './gas-format.js';

/**
 * The goals on the five-level scale: one row per goal, labelled with its
 * statement, with three markers told apart by shape as well as colour (a
 * ring for the baseline, a diamond for the expected outcome, a dot for the
 * level attained) and an arrow from baseline to attained. The SVG is one
 * image with a name; nothing inside it can take focus.
 */

const WIDTH = 640;
const PAD = 8;
const HEADER = 62;
const ROW = 70;
const COLUMN = (WIDTH - 2 * PAD) / GAS_LEVELS.length;
/** How many characters of a statement fit on its line at the chart's font size. */
const STATEMENT_CHARACTERS = 72;

const levelX = (level: number) => PAD + (level + 2.5) * COLUMN;

export function renderGasScale(t: Catalogue, model: ChartModel, name: string): TemplateResult {
  const height = HEADER + model.rows.length * ROW + 6;
  return html`<svg class="scale" part="scale" role="img" aria-label=${name} viewBox="0 0 ${WIDTH} ${height}">
    <rect class="expected-band" x=${levelX(0) - COLUMN / 2} y="0" width=${COLUMN} height=${height}></rect>
    ${GAS_LEVELS.map((level) => renderLevelHeading(t, level))}
    ${model.rows.map((row, index) => renderRow(t, row, HEADER + index * ROW))}
  </svg>`;
}

function renderLevelHeading(t: Catalogue, level: number) {
  const x = levelX(level);
  const [first = '', second = ''] = t.gasChart.levelHeaderLines[level] ?? [];
  const emphasis = level === 0 ? 'expected' : '';
  return svg`<g class="level-heading ${emphasis}">
    <text class="level-number" x=${x} y="18" text-anchor="middle">${levelText(t.format, level)}</text>
    <text class="level-label" x=${x} y="37" text-anchor="middle">${first}</text>
    <text class="level-label" x=${x} y="53" text-anchor="middle">${second}</text>
  </g>`;
}

function renderRow(t: Catalogue, row: GoalRow, top: number) {
  const y = top + 48;
  const shown = cutForChart(row.goal.statement, STATEMENT_CHARACTERS);
  return svg`<g class="goal-row" data-goal-id=${row.goal.id}>
    <line class="row-rule" x1=${PAD} x2=${WIDTH - PAD} y1=${top} y2=${top}></line>
    <text class="statement" x=${PAD + 4} y=${top + 22}><title>${row.goal.statement}</title><tspan class="goal-number">${t.gasChart.goalNumber(row.number)}</tspan> ${shown.cut ? t.gasChart.shortened(shown.text) : shown.text}</text>
    <line class="axis" x1=${levelX(-2)} x2=${levelX(2)} y1=${y} y2=${y}></line>
    ${GAS_LEVELS.map((level) => svg`<line class="tick" data-level=${level} x1=${levelX(level)} x2=${levelX(level)} y1=${y - 7} y2=${y + 7}></line>`)}
    ${renderExpected(levelX(0), y)}
    <circle class="marker baseline" data-level=${row.baseline} cx=${levelX(row.baseline)} cy=${y} r="9"></circle>
    ${row.attained === null ? nothing : renderAttained(row.baseline, row.attained, y)}
  </g>`;
}

function renderExpected(x: number, y: number) {
  const size = 12;
  return svg`<polygon class="marker expected" data-level="0" points="${x},${y - size} ${x + size},${y} ${x},${y + size} ${x - size},${y}"></polygon>`;
}

function renderAttained(baseline: number, attained: number, y: number) {
  const to = levelX(attained);
  const dot = svg`<circle class="marker attained" data-level=${attained} cx=${to} cy=${y} r="6"></circle>`;
  if (attained === baseline) return dot;
  // The arrow leaves the baseline ring and stops short of the dot, pointing the way the goal moved.
  const direction = Math.sign(attained - baseline);
  const from = levelX(baseline) + direction * 11;
  const tip = to - direction * 9;
  const back = tip - direction * 9;
  return svg`<g class="arrow">
      <line x1=${from} x2=${back} y1=${y} y2=${y}></line>
      <polygon points="${tip},${y} ${back},${y - 6} ${back},${y + 6}"></polygon>
    </g>
    ${dot}`;
}
