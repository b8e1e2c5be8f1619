import { html, nothing, type TemplateResult } from 'lit';
import type { DirectiveResult } from 'lit/directive.js';
import { guard } from 'lit/directives/guard.js';
import { allItems, scaleRange, type InstrumentDefinition, type ScoreResult } from '@otforms/core';
import type { RunningScore } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import type { TextLang } from './render-question.js';
import type { TextLanguages } from './text-language.js';

/**
 * What the score shows: a `ScoreResult` on "Check your answers", and on the
 * completed page the record itself, which holds the same figures.
 */
export type ShownScore = Pick<ScoreResult, 'total' | 'scales' | 'band' | 'scores' | 'flags' | 'prorated' | 'missingItems' | 'noTotalReason'>;

/** A row of the score: a label from the definition, and a value that is the definition's text (a band) or the interface's words. */
interface ScoreRow {
  label: string;
  value: string | TemplateResult;
  valueIsDefinitionText?: boolean;
}

/**
 * The score as the assessor sees it: the total on every scale, the band with
 * its set's name, the instrument's other scores and its thresholds. Numbers
 * are rounded for display only; the record keeps them exact. Labels are the
 * definition's (as shown: perhaps a translation), marked with `lang`;
 * `languages` says what language a no-total reason is shown in.
 */
export function renderScore(
  definition: InstrumentDefinition,
  score: ShownScore,
  t: Catalogue,
  lang: TextLang,
  languages?: TextLanguages,
): TemplateResult | typeof nothing {
  const scoring = definition.scoring;
  if (!scoring) return nothing;
  const m = t.assessment;
  const rows: ScoreRow[] = [];
  if (scoring.method !== 'none') {
    if (score.total === null) rows.push({ label: scoring.totalLabel, ...whyNoTotal(definition, score, t, lang, languages) });
    else {
      rows.push({ label: scoring.totalLabel, value: outOf(t, score.total, scaleRange(definition, 'total')?.max) });
      for (const scale of scoring.alternativeScales) {
        const value = score.scales[scale.id];
        if (value !== null && value !== undefined) rows.push({ label: scale.label, value: outOf(t, value, scaleRange(definition, scale.id)?.max) });
      }
      if (score.band) {
        // The band's words as the definition shown has them (a record keeps the source language's).
        const bandSet = scoring.bandSets.find((set) => set.id === score.band!.bandSetId);
        const band = bandSet?.bands.find((candidate) => score.band!.value >= candidate.min && score.band!.value <= candidate.max);
        rows.push({ label: bandSet?.label ?? score.band.bandSetLabel, value: band?.label ?? score.band.label, valueIsDefinitionText: true });
      }
    }
  }
  const named = [...scoring.subscales, ...scoring.groupScores, ...scoring.differences];
  for (const { id, label } of named) rows.push({ label, value: formatScore(t, score.scores[id] ?? null, scoring.differences.some((d) => d.id === id)) });
  for (const { id, label } of scoring.thresholds) {
    const flag = score.flags[id];
    rows.push({ label, value: flag === null || flag === undefined ? m.notScored : flag ? m.yes : m.no });
  }
  if (rows.length === 0) return nothing;
  return html`
    <section class="score" part="score" aria-labelledby="score-title">
      <h3 id="score-title">${m.scoreTitle}</h3>
      <dl class="summary-list">
        ${rows.map((row) => html`<div class="summary-row"><dt lang=${lang}>${row.label}</dt><dd lang=${row.valueIsDefinitionText ? lang : nothing}>${row.value}</dd></div>`)}
      </dl>
      ${score.prorated ? html`<p class="hint">${m.prorated}</p>` : nothing}
    </section>
  `;
}

function whyNoTotal(definition: InstrumentDefinition, score: ShownScore, t: Catalogue, lang: TextLang, languages?: TextLanguages): { value: string | TemplateResult } {
  if (score.noTotalReason) {
    // The interface's words, then the definition's reason as shown (a record keeps the source language's).
    const reason = languages?.noTotalReason(score.noTotalReason) ?? { text: score.noTotalReason, lang };
    return { value: html`${t.assessment.noTotalBecause} <span lang=${reason.lang}>${reason.text}</span>` };
  }
  const labels = allItems(definition)
    .filter((item) => score.missingItems.includes(item.id))
    .map((item) => item.label);
  // Joined by commas: the labels are the definition's, and may be in another language than the interface's list words.
  return { value: t.assessment.noTotal(score.missingItems.length, labels.join(', ')) };
}

/**
 * The sum so far, under each page's questions, for an assessor who asked for it (`running-score`).
 * Guarded by its figures: an answer that changes none of them (an unscored question) writes no number again.
 */
export function renderRunningScore(score: RunningScore | null, t: Catalogue): DirectiveResult | typeof nothing {
  if (!score) return nothing;
  const { sum, max, unanswered } = score;
  return guard([t, sum, max, unanswered], () => html`<p class="running-score" part="running-score">${t.assessment.runningScore(sum, max, unanswered)}</p>`);
}

function outOf(t: Catalogue, value: number, max: number | undefined): string {
  return max === undefined ? formatScore(t, value) : t.assessment.outOf(formatScore(t, value), formatScore(t, max));
}

function formatScore(t: Catalogue, value: number | null, signed = false): string {
  if (value === null) return t.assessment.notScored;
  const rounded = Math.round(value * 100) / 100;
  const text = t.format.number(rounded, Number.isInteger(rounded) ? {} : { minimumFractionDigits: 2, maximumFractionDigits: 2 });
  return signed && rounded > 0 ? `+${text}` : text;
}
