import { html, svg, type TemplateResult } from 'lit';
import type { Catalogue } from '../i18n/catalogue.js';
import type { ChartModel } from './gas-chart-model.js';
import { tScoreText } from './gas-format.js';

/**
 * The plan's T-score at baseline and at the review, as points on a 20–80
 * axis with 50 (every goal at its expected outcome) marked. A T-score beyond
 * the axis sits at its end; the figures beside the points and in the table
 * are the exact ones, rounded to 1 decimal place.
 */

const WIDTH = 640;
const HEIGHT = 122;
const AXIS_LEFT = 104;
const AXIS_RIGHT = 616;
const MIN = 20;
const MAX = 80;
const BASELINE_Y = 42;
const REVIEW_Y = 72;
const AXIS_Y = 96;

const tX = (t: number) => AXIS_LEFT + ((Math.min(MAX, Math.max(MIN, t)) - MIN) / (MAX - MIN)) * (AXIS_RIGHT - AXIS_LEFT);

export function renderTScorePanel(t: Catalogue, model: ChartModel): TemplateResult {
  const m = t.gasChart;
  const score = (value: number) => tScoreText(t.format, value);
  const { review } = model;
  const name = m.tScoreName(
    model.tScoreBaseline === null ? null : score(model.tScoreBaseline),
    review ? { date: t.format.date(review.date), tScore: review.tScore === null ? null : score(review.tScore) } : null,
  );
  if (model.tScoreBaseline === null) return html`<p class="hint">${name}</p>`;
  const reviewScore = model.review?.tScore ?? null;
  const ticks = [20, 30, 40, 50, 60, 70, 80];
  return html`<svg class="t-score" part="t-score" role="img" aria-label=${name} viewBox="0 0 ${WIDTH} ${HEIGHT}">
    <text class="panel-title" x="0" y="16">${m.tScoreTitle}</text>
    <line class="expected-line" x1=${tX(50)} x2=${tX(50)} y1="24" y2=${AXIS_Y}></line>
    <text class="expected-label" x=${tX(50)} y="16" text-anchor="middle">${m.axisExpected}</text>
    ${renderPoint('baseline', m.axisBaseline, score(model.tScoreBaseline), model.tScoreBaseline, BASELINE_Y)}
    ${reviewScore === null
      ? svg`<text class="row-label" x="0" y=${REVIEW_Y + 5}>${m.axisReview}</text>
          <text class="not-reviewed" x=${AXIS_LEFT} y=${REVIEW_Y + 5}>${m.notReviewedYet}</text>`
      : renderPoint('attained', m.axisReview, score(reviewScore), reviewScore, REVIEW_Y)}
    <line class="axis" x1=${AXIS_LEFT} x2=${AXIS_RIGHT} y1=${AXIS_Y} y2=${AXIS_Y}></line>
    ${ticks.map(
      (tick) => svg`<line class="tick" x1=${tX(tick)} x2=${tX(tick)} y1=${AXIS_Y} y2=${AXIS_Y + 6}></line>
        <text class="tick-label" x=${tX(tick)} y=${AXIS_Y + 22} text-anchor="middle">${t.format.number(tick)}</text>`,
    )}
  </svg>`;
}

function renderPoint(kind: 'baseline' | 'attained', label: string, text: string, t: number, y: number) {
  const x = tX(t);
  // The value sits right of its point, or left of it near the axis's right end.
  const nearEnd = x > AXIS_RIGHT - 60;
  return svg`<g class="t-row">
    <text class="row-label" x="0" y=${y + 5}>${label}</text>
    <line class="guide" x1=${AXIS_LEFT} x2=${AXIS_RIGHT} y1=${y} y2=${y}></line>
    <circle class="marker ${kind}" data-t=${t} cx=${x} cy=${y} r=${kind === 'baseline' ? 9 : 7}></circle>
    <text class="value" x=${nearEnd ? x - 15 : x + 15} y=${y + 5} text-anchor=${nearEnd ? 'end' : 'start'}>${text}</text>
  </g>`;
}
