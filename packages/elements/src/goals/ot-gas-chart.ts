import { html, nothing, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { GoalPlanSchema, formatPath, type GoalPlan } from '@otforms/core';
import { sharedStyles } from '../styles/shared-styles.js';
import { gasChartStyles } from './ot-gas-chart.styles.js';
import { gasFiguresStyles } from './gas-figures.styles.js';
import { buildChartModel, type ChartModel } from './gas-chart-model.js';
import { renderGasScale } from './render-gas-scale.js';
import { renderTScorePanel } from './render-t-score.js';
import { renderGasTable } from './render-gas-table.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import { gasChartEn } from './gas-chart.en.js';
import { provideSourceWords } from '../i18n/registry.js';

/**
 * A goal plan's goal attainment scaling (GAS) at one review, drawn without a
 * chart library: each goal on the five-level scale from −2 (much less than
 * expected) to +2 (much more than expected) with its baseline, the expected
 * outcome and the level attained, and the plan's T-score at baseline and at
 * the review. Both drawings are images with a name; their text alternative
 * is a real table under "Show the figures". Goal statements are the
 * person's own words and are always shown as text, never rewritten: a long
 * one is shortened on the chart only, and given in full in its tooltip and
 * in the table. The scores come from `@otforms/core`; this element only
 * draws them.
 *
 * @csspart figure - The figure: caption, chart, key and T-score panel.
 * @csspart caption - The figure's caption, naming the review shown.
 * @csspart scale - The SVG of the goals on the five-level scale.
 * @csspart legend - The key to the chart's markers.
 * @csspart t-score - The SVG of the plan's T-score at baseline and at the review.
 * @csspart status - The note shown when the plan, or some of its goals, have not been reviewed yet.
 * @csspart figures - The "Show the figures" disclosure holding the table.
 * @cssprop --ot-color-text - Text, axes and the 50 line.
 * @cssprop --ot-color-secondary-text - Hints and the method note.
 * @cssprop --ot-color-link - The "Show the figures" link.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-rule - Lines between rows and guide lines.
 * @cssprop --ot-color-border - Tick marks and scale lines (3:1 against the surface).
 * @cssprop --ot-color-error - The message for a plan that cannot be shown.
 * @cssprop --ot-color-gas-baseline - The baseline ring (keep 3:1 against the surface and the expected band).
 * @cssprop --ot-color-gas-expected - The expected-outcome diamond (keep 3:1 against the surface and the expected band).
 * @cssprop --ot-color-gas-attained - The attained dot and the arrow (keep 3:1 against the surface and the expected band).
 * @cssprop --ot-color-gas-expected-band - Background of the expected-outcome column.
 * @cssprop --ot-color-surface - Background behind the markers.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the chart grows.
 */
export class OtGasChart extends LocalisedElement {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ gasChart: gasChartEn });
  }

  protected static override readonly rendersOtformsElements = false;
  static override styles = [sharedStyles, gasChartStyles, gasFiguresStyles];

  /** The goal plan, as `GoalPlanSchema` parses it. A plan that does not parse is reported in the element, never thrown. */
  @property({ attribute: false }) plan?: GoalPlan;

  /** The review to show (YYYY-MM-DD): the latest on or before this date. The latest review when empty. */
  @property({ attribute: 'review-date' }) reviewDate = '';

  private model: ChartModel | null = null;
  /** What is wrong with a plan that does not parse: where, the custom rule (if any), and the schema's en-GB words. */
  private problem: { path: string; rule: string; english: string; values: { id?: string } } | null = null;

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!changed.has('plan') && !changed.has('reviewDate')) return;
    this.model = null;
    this.problem = null;
    if (this.plan === undefined || this.plan === null) return;
    // A host may hand over a plan it has not parsed; parsing a parsed plan changes nothing.
    const parsed = GoalPlanSchema.safeParse(this.plan);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const params = issue.code === 'custom' ? ((issue as { params?: { rule?: unknown; id?: unknown } }).params ?? {}) : {};
      this.problem = {
        path: issue.path.length ? formatPath(issue.path) : '',
        rule: typeof params.rule === 'string' ? params.rule : '',
        english: issue.message,
        values: typeof params.id === 'string' ? { id: params.id } : {},
      };
      return;
    }
    this.model = buildChartModel(parsed.data, this.reviewDate);
  }

  override render(): TemplateResult | typeof nothing {
    const m = this.t.gasChart;
    if (this.problem) {
      const { path, rule, english, values } = this.problem;
      return html`<p class="error-message" role="alert">${m.invalidPlan} ${m.planProblem(path, rule, english, values)}</p>`;
    }
    const model = this.model;
    if (!model) return nothing;
    const date = model.review ? this.t.format.date(model.review.date) : null;
    const attained = model.rows.flatMap((row) => (row.attained === null ? [] : [row.attained]));
    const name = m.chartName(
      model.rows.length,
      date,
      attained.filter((level) => level > 0).length,
      attained.filter((level) => level === 0).length,
      attained.filter((level) => level < 0).length,
    );
    return html`
      <figure part="figure">
        <figcaption part="caption">${m.caption(date)}</figcaption>
        ${this.renderStatus(model)} ${renderGasScale(this.t, model, name)} ${renderLegend(m, model.review !== null)} ${renderTScorePanel(this.t, model)}
      </figure>
      ${renderGasTable(this.t, model)}
    `;
  }

  private renderStatus(model: ChartModel) {
    const m = this.t.gasChart;
    if (!model.review) return html`<p class="status" part="status">${m.notReviewedPlan}</p>`;
    const waiting = model.rows.filter((row) => row.attained === null).map((row) => row.number);
    return waiting.length ? html`<p class="status" part="status">${m.notReviewedGoals(waiting)}</p>` : nothing;
  }
}

/** The key to the markers, in HTML so that it reflows and zooms with the page; its shapes are decoration. */
function renderLegend(m: Catalogue['gasChart'], reviewed: boolean) {
  const icon = (shape: ReturnType<typeof svg>) => html`<svg class="key" viewBox="-12 -12 24 24" aria-hidden="true" focusable="false">${shape}</svg>`;
  return html`<ul class="legend" part="legend">
    <li>${icon(svg`<circle class="marker baseline" r="8"></circle>`)}${m.legendBaseline}</li>
    <li>${icon(svg`<polygon class="marker expected" points="0,-10 10,0 0,10 -10,0"></polygon>`)}${m.legendExpected}</li>
    ${reviewed
      ? html`<li>${icon(svg`<circle class="marker attained" r="6"></circle>`)}${m.legendAttained}</li>
          <li>${icon(svg`<g class="arrow"><line x1="-11" x2="3" y1="0" y2="0"></line><polygon points="11,0 3,-6 3,6"></polygon></g>`)}${m.legendChange}</li>`
      : nothing}
  </ul>`;
}
