import { html, nothing, type TemplateResult } from 'lit';
import { allItems, scaleRange, type InstrumentDefinition, type ScoreResult } from '@otforms/core';
import type { RunningScore } from '@otforms/machines';
import { messages } from './messages.js';

/**
 * What the score shows: a `ScoreResult` on "Check your answers", and on the
 * completed page the record itself, which holds the same figures.
 */
export type ShownScore = Pick<ScoreResult, 'total' | 'scales' | 'band' | 'scores' | 'flags' | 'prorated' | 'missingItems' | 'noTotalReason'>;

/**
 * The score as the assessor sees it: the total on every scale, the band with
 * its set's name, the instrument's other scores and its thresholds. Numbers
 * are rounded for display only; the record keeps them exact.
 */
export function renderScore(definition: InstrumentDefinition, score: ShownScore): TemplateResult | typeof nothing {
  const scoring = definition.scoring;
  if (!scoring) return nothing;
  const rows: { label: string; value: string }[] = [];
  if (scoring.method !== 'none') {
    if (score.total === null) rows.push({ label: scoring.totalLabel, value: whyNoTotal(definition, score) });
    else {
      rows.push({ label: scoring.totalLabel, value: outOf(score.total, scaleRange(definition, 'total')?.max) });
      for (const scale of scoring.alternativeScales) {
        const value = score.scales[scale.id];
        if (value !== null && value !== undefined) rows.push({ label: scale.label, value: outOf(value, scaleRange(definition, scale.id)?.max) });
      }
      if (score.band) rows.push({ label: score.band.bandSetLabel, value: score.band.label });
    }
  }
  const named = [...scoring.subscales, ...scoring.groupScores, ...scoring.differences];
  for (const { id, label } of named) rows.push({ label, value: formatScore(score.scores[id] ?? null, scoring.differences.some((d) => d.id === id)) });
  for (const { id, label } of scoring.thresholds) {
    const flag = score.flags[id];
    rows.push({ label, value: flag === null || flag === undefined ? messages.notScored : flag ? messages.yes : messages.no });
  }
  if (rows.length === 0) return nothing;
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

function whyNoTotal(definition: InstrumentDefinition, score: ShownScore): string {
  if (score.noTotalReason) return `${messages.noTotalBecause} ${score.noTotalReason}`;
  const labels = allItems(definition)
    .filter((item) => score.missingItems.includes(item.id))
    .map((item) => item.label)
    .join(', ');
  return messages.noTotal(score.missingItems.length, labels);
}

/** The sum so far, under each page's questions, for an assessor who asked for it (`running-score`). */
export function renderRunningScore(score: RunningScore | null): TemplateResult | typeof nothing {
  if (!score) return nothing;
  return html`<p class="running-score" part="running-score">${messages.runningScore(score.sum, score.max, score.unanswered)}</p>`;
}

function outOf(value: number, max: number | undefined): string {
  return max === undefined ? formatScore(value) : `${formatScore(value)} out of ${formatScore(max)}`;
}

function formatScore(value: number | null, signed = false): string {
  if (value === null) return messages.notScored;
  const rounded = Math.round(value * 100) / 100;
  const text = Number.isInteger(rounded) ? String(rounded) : rounded.toFixed(2);
  return signed && rounded > 0 ? `+${text}` : text;
}
