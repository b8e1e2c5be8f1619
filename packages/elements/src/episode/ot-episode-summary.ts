import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { EpisodeRecordSchema, formatPath, type EpisodeRecord } from '@otforms/core';
import { sharedStyles } from '../styles/shared-styles.js';
import { gasFiguresStyles } from '../goals/gas-figures.styles.js';
import { episodeSummaryStyles } from './ot-episode-summary.styles.js';
import { buildEpisodeSummary, type EpisodeSummaryModel, type MeasureTitles } from './episode-summary-model.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { summaryCaption } from './episode-summary-words.js';
import { renderEpisodeChart } from './episode-summary-chart.js';
import { renderEpisodeTable } from './episode-summary-table.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import { technical } from '../forms/technical-text.js';
import { episodeSummaryEn } from './episode-summary.en.js';
import { provideSourceWords } from '../i18n/registry.js';

/**
 * The outcome summary of a reablement episode: each measure at the start and
 * at the end (or the latest so far, while the episode is under way) — every
 * instrument's total on its own range, the goal attainment T-score, and the
 * planned care hours a week — drawn without a chart library as a ring (start)
 * and a square (end) joined by a line, each labelled with its value. The
 * drawing is one image with a name; its text alternative is a real table
 * under "Show the figures". It shows a change with its sign and unit and never
 * says whether it is better or worse: for some measures lower is better. A
 * missing value is shown as missing, with the reason, never as zero.
 * Instrument titles come from the record and are always rendered as text.
 *
 * @csspart figure - The figure: caption, notes, chart and key.
 * @csspart caption - The figure's caption, naming the episode's dates.
 * @csspart status - A note that the episode is under way, or has no goal plan.
 * @csspart chart - The SVG of the measures.
 * @csspart legend - The key to the chart's markers.
 * @csspart figures - The "Show the figures" disclosure holding the table.
 * @csspart table - The table of the figures.
 * @cssprop --ot-color-text - Text and labels.
 * @cssprop --ot-color-secondary-text - Notes, scale notes and missing values.
 * @cssprop --ot-color-link - The "Show the figures" link.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-rule - Lines between rows.
 * @cssprop --ot-color-border - Axes, ticks and the line joining start and end (3:1 against the surface).
 * @cssprop --ot-color-error - The message for a record that cannot be shown.
 * @cssprop --ot-color-episode-start - The start ring (keep 3:1 against the surface).
 * @cssprop --ot-color-episode-end - The end square (keep 3:1 against the surface).
 * @cssprop --ot-color-surface - Background behind the markers.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the summary grows.
 */
export class OtEpisodeSummary extends LocalisedElement {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ episodeSummary: episodeSummaryEn });
  }

  static override styles = [sharedStyles, gasFiguresStyles, episodeSummaryStyles];

  /** The episode's outcome record, as `EpisodeRecordSchema` parses it. A record that does not parse is reported in the element, never thrown. */
  @property({ attribute: false }) record?: EpisodeRecord;

  #parsed: EpisodeRecord | null = null;
  private problem: string | null = null;
  /** The model, and the titles it was built with: a change of language builds it again. */
  #model: { model: EpisodeSummaryModel; titles: MeasureTitles } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('record')) return;
    this.#parsed = null;
    this.#model = null;
    this.problem = null;
    if (this.record === undefined || this.record === null) return;
    // A host may hand over a record it has not parsed; parsing a parsed record changes nothing.
    const parsed = EpisodeRecordSchema.safeParse(this.record);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      this.problem = `${issue.path.length ? `${formatPath(issue.path)}: ` : ''}${issue.message}`;
      return;
    }
    this.#parsed = parsed.data;
  }

  private model(): EpisodeSummaryModel | null {
    const titles = this.t.episodeSummary.measureTitles;
    if (!this.#parsed) return null;
    if (this.#model?.titles !== titles) this.#model = { model: buildEpisodeSummary(this.#parsed, titles), titles };
    return this.#model.model;
  }

  override render(): TemplateResult | typeof nothing {
    const t = this.t;
    const m = t.episodeSummary;
    // The problem is the record's, in the words of the schema (for the developer who handed it over): English, marked so.
    if (this.problem) return html`<p class="error-message" role="alert">${m.invalidRecord} ${technical(this.problem)}</p>`;
    const model = this.model();
    if (!model) return nothing;
    const ended = model.endedOn !== null;
    return html`
      <figure part="figure">
        <figcaption part="caption">${summaryCaption(t, model)}</figcaption>
        ${ended ? nothing : html`<p class="status" part="status">${m.underWay}</p>`}
        ${model.hasGoalPlan ? nothing : html`<p class="status" part="status">${m.noGoalPlan}</p>`}
        ${renderEpisodeChart(t, model)} ${renderLegend(m, ended)}
      </figure>
      ${renderEpisodeTable(t, model)}
    `;
  }
}

/** The key to the markers, in HTML so that it reflows and zooms with the page; its shapes are decoration. */
function renderLegend(m: Catalogue['episodeSummary'], ended: boolean) {
  const icon = (shape: ReturnType<typeof svg>) => html`<svg class="key" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
  return html`<ul class="legend" part="legend">
    <li>${icon(svg`<circle class="marker start" r="8"></circle>`)}${m.legendStart}</li>
    <li>${icon(svg`<rect class="marker end" x="-6" y="-6" width="12" height="12"></rect>`)}${m.legendEnd(ended)}</li>
  </ul>`;
}
