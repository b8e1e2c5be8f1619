import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { localiseDefinition, type EpisodeRecord, type HomeVisitRecord, type InstrumentDefinition } from '@otforms/core';
import { sharedStyles } from '../styles/shared-styles.js';
import { homeVisitSummaryStyles } from './ot-home-visit-summary.styles.js';
import { homeVisitSummaryPrintStyles } from './ot-home-visit-summary.print.styles.js';
import { buildHousingSummary, type HousingSummaryModel } from './summary-housing-model.js';
import { answerWordsOf, itemLookup } from './summary-items.js';
import { buildPersonSummary, type PersonSummaryModel } from './summary-person-model.js';
import { renderHousingSummary } from './summary-render-housing.js';
import { renderPersonSummary, type SummaryContact } from './summary-render-person.js';
import { readSummarySource, type SummaryProblem, type SummarySource } from './summary-source.js';
import { LocalisedElement } from '../i18n/localised-element.js';
import { technical } from '../forms/technical-text.js';
import { homeVisitSummaryMessages } from './home-visit-summary.en.js';
import { provideSourceWords } from '../i18n/registry.js';

export type { SummaryContact } from './summary-render-person.js';

/** Who a home-visit summary is for. */
export type SummaryAudience = 'person' | 'housing';

/**
 * A summary of a home visit to hand over, read-only and made to print on A4.
 *
 * - `audience="person"` (the default): for the person visited, in plain
 *   words in the page's language — what matters to them and their goals
 *   exactly in their own words, what was agreed and who provides it,
 *   equipment and how to return it, who to contact, and the next review.
 * - `audience="housing"`: for the housing authority, a Disabled Facilities
 *   Grant recommendation — the assessed need the grant's recommendations cite,
 *   the recommendation, why it is necessary and appropriate, every
 *   measurement and every photo of the visit, the date and the assessor.
 *
 * A record keeps answers by item id only: give the visit's definitions
 * (`definitions`) so the summary can name questions, read options and units,
 * and find the person's own words. A part with nothing to show says so.
 * Everything from the record or the host is rendered as text, never as HTML.
 * Printing needs `@page { size: A4; margin: 15mm; }` in the host page.
 *
 * @csspart summary - The whole summary.
 * @csspart title - Its heading.
 * @csspart measurements - The housing summary's table of measurements.
 * @csspart photo - One photo of the housing summary.
 * @cssprop --ot-color-text - Text.
 * @cssprop --ot-color-secondary-text - Notes.
 * @cssprop --ot-color-link - Phone and email links.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-rule - Lines between rows and beside notes.
 * @cssprop --ot-color-border - The line beside each agreed recommendation.
 * @cssprop --ot-color-error - The message for a record that cannot be shown.
 * @cssprop --ot-color-surface - Behind the photos (seen through a transparent image).
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the summary grows on screen.
 */
export class OtHomeVisitSummary extends LocalisedElement {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ homeVisitSummary: homeVisitSummaryMessages });
  }

  static override styles = [sharedStyles, homeVisitSummaryStyles, homeVisitSummaryPrintStyles];

  /** Who the summary is for: `person` (plain words) or `housing` (a Disabled Facilities Grant recommendation). */
  @property({ reflect: true }) audience: SummaryAudience = 'person';

  /** A home-visit record, or an episode record that carries one (its goals then come from the episode's goal plan). Any version is read; a record that cannot be read is reported in the element, never thrown. */
  @property({ attribute: false }) record?: HomeVisitRecord | EpisodeRecord;

  /** The definitions of the visit's assessments: they name questions, options and units, and mark the person's own words. */
  @property({ attribute: false }) definitions: readonly InstrumentDefinition[] = [];

  /** Who the person should contact (person summary). */
  @property({ attribute: false }) contact?: SummaryContact;

  /** How to return equipment, in plain English (person summary). */
  @property({ attribute: 'equipment-return' }) equipmentReturn?: string;

  /** The next review (YYYY-MM-DD). Only the host knows it: without it, the summary says a date has not been set yet (every date a record holds is of something done). */
  @property({ attribute: 'next-review' }) nextReview?: string;

  private source: SummarySource | null = null;
  private problem: SummaryProblem | null = null;
  private person: PersonSummaryModel | null = null;
  private housing: HousingSummaryModel | null = null;
  /** The locale the models were last built in. */
  #builtIn = '';

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('record')) {
      this.source = null;
      this.problem = null;
      if (this.record !== undefined && this.record !== null) {
        const read = readSummarySource(this.record);
        if (read.ok) this.source = read.source;
        else this.problem = read.problem;
      }
    }
    // The housing model writes answers and numbers in the summary's language, so a change of language builds it again.
    const locale = this.t.locale;
    const languageChanged = locale !== this.#builtIn;
    this.#builtIn = locale;
    if (changed.has('record') || changed.has('definitions') || changed.has('audience') || changed.has('nextReview') || changed.has('messages') || languageChanged) {
      this.person = null;
      this.housing = null;
      if (!this.source) return;
      // Questions and options are named in the summary's language when a definition has it (same ids and codes).
      const items = itemLookup((this.definitions ?? []).map((definition) => (Array.isArray(definition.languages) ? localiseDefinition(definition, locale).definition : definition)));
      if (this.audience === 'housing') this.housing = buildHousingSummary(this.source, items, answerWordsOf(this.t));
      else this.person = buildPersonSummary(this.source, items, this.nextReview || undefined);
    }
  }

  override render(): TemplateResult | typeof nothing {
    if (this.problem) return this.renderProblem(this.problem);
    if (this.housing) return renderHousingSummary(this.housing, this.t);
    if (this.person) return renderPersonSummary(this.person, { contact: this.contact, equipmentReturn: this.equipmentReturn }, this.t);
    return nothing;
  }

  /** Why the record cannot be shown, in the summary's language; a rule's own words (en-GB) follow for whoever fixes the record. */
  private renderProblem(problem: SummaryProblem): TemplateResult {
    const words = this.t.homeVisitSummary;
    const why =
      problem.kind === 'not-a-record' ? words.notARecord : problem.kind === 'no-home-visit' ? words.noHomeVisit : problem.kind === 'other-kind' ? words.otherKind(problem.recordKind) : words.invalidAt(problem.path);
    return html`<p class="error-message" role="alert">
      ${words.invalidRecord} ${why}${problem.kind === 'invalid' ? html` ${technical(problem.message)}` : nothing}
    </p>`;
  }
}
