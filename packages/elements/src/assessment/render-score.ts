import { html, nothing } from 'lit';
import { allItems, scaleRange, type InstrumentDefinition, type ScoreResult } from '@otforms/core';
import type { RunningScore } from '@otforms/machines';
import { messages } from './messages.js';

/** The score as the assessor sees it: totals on every scale, and the band with its set's name. */
export function renderScore(definition: InstrumentDefinition, score: ScoreResult) {
  const scoring = definition.scoring;
  if (!scoring) return nothing;
  const rows: { label: string; value: string }[] = [];
  if (score.total === null) {
    const labels = allItems(definition)
      .filter((item) => score.missingItems.includes(item.id))
      .map((item) => item.label)
      .join(', ');
    rows.push({ label: scoring.totalLabel, value: messages.noTotal(score.missingItems.length, labels) });
  } else {
    rows.push({ label: scoring.totalLabel, value: outOf(score.total, scaleRange(definition, 'total').max) });
    for (const scale of scoring.alternativeScales) {
      const value = score.scales[scale.id];
      if (value !== null && value !== undefined) rows.push({ label: scale.label, value: outOf(value, scaleRange(definition, scale.id).max) });
    }
    if (score.band) rows.push({ label: score.band.bandSetLabel, value: score.band.label });
  }
  return html`
    <section class="score" part="score" aria-labelledby="score-title">
      <h3 id="score-title">${messages.scoreTitle}</h3>
      <dl class="summary-list">
        ${rows.map((row) => html`<div class="summary-row"><dt>${row.label}</dt><dd>${row.value}</dd></div>`)}
      </dl>
      ${score.prorated ? html`<p class="hint">${messages.prorated}</p>` : nothing}
    </section>
  `;
}

/** The sum so far, under each page's questions, for an assessor who asked for it (`running-score`). */
export function renderRunningScore(score: RunningScore | null) {
  if (!score) return nothing;
  return html`<p class="running-score" part="running-score">
    ${messages.runningScore(score.sum, score.max, score.unanswered)}
  </p>`;
}

function outOf(value: number, max: number): string {
  return `${value} out of ${max}`;
}
