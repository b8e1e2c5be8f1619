import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { englandToday, parseDefinition, type DefinitionIssue, type DraftStorage, type HomeVisitRecord, type InstrumentDefinition } from '@otforms/core';
import {
  createHomeVisitMachine,
  homeVisitAssessmentChild,
  homeVisitInstrumentIndex,
  homeVisitRecommendationsChild,
  homeVisitStep,
  readHomeVisitDraft,
  type HomeVisitInput,
  type HomeVisitMachine,
} from '@otforms/machines';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { definitionIssues } from '../forms/definition-issues.js';
import { FormSession, type FormMachine } from '../forms/form-session.js';
import { OtFormElement } from '../forms/ot-form-element.js';
import { auditedSettingsUpdate } from '../forms/audited-settings.js';
import { renderSessionNotices, sessionNoticeStyles } from '../forms/session-notices.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { formStyles } from '../styles/form-styles.js';
import { episodeAssessmentParts, exportParts } from '../styles/parts.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { HomeVisitRecommendations } from './home-visit-recommendations.js';
import { homeVisitStyles } from './home-visit-styles.js';
import { optionTargetStyles } from '../styles/option-styles.js';
import { renderDonePage, renderReviewPage, renderStepCaption, renderSteps, type HomeVisitStep } from './render-home-visit-pages.js';
import { renderRecommendationsPage } from './render-recommendations.js';
import { shownDefinitions, type ShownDefinitions } from './shown-definitions.js';
import { hasPhotoQuestion, loadPhotoQuestion } from '../questions/load-photo-question.js';
import { homeVisitMessages } from './home-visit.en.js';
import { eventMessages } from '../forms/event-messages.js';
import { recommendationMessages } from './recommendations.en.js';
import { provideSourceWords } from '../i18n/registry.js';

type Snapshot = SnapshotFrom<HomeVisitMachine>;

const assessmentExport = exportParts(episodeAssessmentParts);

/** `ot-error` says what went wrong in English, whatever the page's language, for the host's logs; the page shows the catalogue's words. */
const eventWords = homeVisitMessages;

/**
 * A home visit in one element, as an occupational therapist does it on a
 * tablet: each assessment in turn (the home environment, falls risks, the
 * conversation about what matters to the person: whatever `definitions` are
 * given, in order), then the recommendations (each suggestion the
 * definitions' rules made from the answers accepted or dismissed with a
 * reason; what is recommended, why, by which route, and how far it has got),
 * then a check of everything and "Finish visit". A line of steps above says
 * where the visit is.
 *
 * The nested assessments show the home visit machine's own children, so the
 * whole visit is one draft, photos included, saved after every change and
 * resumed on reload, and it ends in one record: the `HomeVisitRecord`,
 * dispatched as `ot-outcome`, exposed as `.value` and submitted by a
 * surrounding native `<form>` as JSON under `name`. The nested assessments'
 * own `ot-outcome` events stay inside. Given an `actor`, it shows and drives
 * that visit instead (an episode's, say), and leaves starting, stopping and
 * saving it to the actor's owner.
 *
 * @fires {OtOutcomeEvent} ot-outcome - The visit was finished; `detail` is the `HomeVisitRecord` (an outcome record of kind "home-visit"). It waits in the outbox, shown as not sent and announced again on the next load, until the host calls `ack()` or the promise given to `waitUntil()` resolves.
 * @fires {OtErrorEvent} ot-error - A definition is invalid, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
 * @fires {OtDraftKeptAsideEvent} ot-draft-kept-aside - A saved draft could not be resumed and was kept aside (never written over) before the form started afresh; `detail` is its `KeptAsideSummary`.
 * @csspart error-summary - The list of problems shown after an attempt to continue (the visit's, and the nested assessments').
 * @csspart button - The main action button of a page (the visit's, and the nested assessments').
 * @csspart score - A nested assessment's score (forwarded).
 * @csspart licence - A nested assessment's attribution and terms (forwarded).
 * @csspart label - A question's label or legend (forwarded from each question).
 * @csspart hint - A question's hint (forwarded from each question).
 * @csspart error - A question's error message (forwarded from each question).
 * @csspart control - A question's input, or its group of options (forwarded from each question).
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - Hints, captions and steps not yet started.
 * @cssprop --ot-color-error - Colour of errors.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-link - "Change" links.
 * @cssprop --ot-color-border - Borders of inputs.
 * @cssprop --ot-color-rule - Lines beside suggestions and recommendations, and under the steps.
 * @cssprop --ot-color-surface - Background of inputs.
 * @cssprop --ot-color-muted-surface - Background of secondary buttons.
 * @cssprop --ot-color-primary - Background of the main button and the completion panel.
 * @cssprop --ot-color-primary-text - Text on the main button and the completion panel.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the form grows.
 */
export class OtHomeVisit extends OtFormElement<HomeVisitMachine, HomeVisitRecord> {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ homeVisit: homeVisitMessages, recommendations: recommendationMessages });
  }

  static override styles = [sharedStyles, formStyles, optionTargetStyles, homeVisitStyles, sessionNoticeStyles];

  /** The definitions (objects or JSON text, checked in full; or `loadDefinition` of one your own build compiled, taken as it is) the visit assesses with, in order: for example the home environment, the falls checklist and the conversation. */
  @property({ attribute: false }) definitions: readonly unknown[] = [];

  /** The name under which a surrounding native form submits the record's JSON. */
  @property({ reflect: true }) name = '';

  /** Where the draft is saved. Defaults to `otforms:draft:home-visit`, then `:` and the subject reference when there is one. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** The host system's reference to the person, written into the record and each assessment. */
  @property({ attribute: 'subject-reference' }) subjectReference = '';

  /** The assessor's role, for example "Occupational therapist". */
  @property({ attribute: 'assessor-role' }) assessorRole = '';

  /** The host system's reference to the assessor. */
  @property({ attribute: 'assessor-reference' }) assessorReference = '';

  /** The day of the visit as YYYY-MM-DD. Empty: the day it started, in England. Read when the visit starts. */
  @property({ attribute: 'visited-on' }) visitedOn = '';

  /**
   * Keep the full history of the answers in each assessment's record: each answer's entry in `answerAudit` then
   * also has `changes`, every change with who made it, when, and the value given. Read when the visit starts and
   * when its draft is resumed; a draft started with it keeps it.
   */
  @property({ type: Boolean, attribute: 'audit-history' }) auditHistory = false;

  /** When set, a surrounding form cannot be submitted until the visit is finished. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Today as YYYY-MM-DD, the date suggestions are decided on and statuses are first offered with. Empty: today in England by the host's clock. */
  @property({ attribute: false }) today = '';

  /** The person's goals, which a recommendation can say it supports. Read when the visit starts. */
  @property({ attribute: false }) goals: readonly { id: string; statement: string }[] = [];

  /** Where drafts are kept. From context when a provider is present, else the browser default (IndexedDB). */
  @consume({ context: draftStorageContext, subscribe: true })
  @property({ attribute: false })
  storage?: DraftStorage;

  /**
   * A home-visit actor someone else started and owns, for example a child an
   * episode machine invoked. While set, the element shows and drives it instead
   * of its own: it never starts, stops or persists it and reads no draft. The
   * `definitions` must be the ones it was started with. `null` (the default):
   * the element runs its own visit, resumed from its draft.
   */
  @property({ attribute: false }) actor: ActorRefFrom<HomeVisitMachine> | null = null;

  @state() private parsed: InstrumentDefinition[] | null = null;
  @state() private definitionProblems: readonly DefinitionIssue[] = [];
  #machine: FormMachine<HomeVisitMachine> | null = null;

  protected readonly restartOn = ['definitions', 'storageKey', 'subjectReference', 'storage'] as const;

  protected readonly session = new FormSession<HomeVisitMachine, HomeVisitRecord>(this, {
    machine: () => this.#machine,
    input: (): HomeVisitInput => ({
      ...this.startDetails(),
      ...(this.visitedOn ? { visitedOn: this.visitedOn } : {}),
      ...(this.goals.length ? { goals: this.goals.map(({ id, statement }) => ({ id, statement })) } : {}),
      ...(this.auditHistory ? { auditHistory: true } : {}),
    }),
    // A draft carries the details it started with; the host's current person and assessor win (the visit day and the
    // goals stay as the visit started), in the visit and its assessment under way, so another OT who carries on is
    // named in the audit of what they answer.
    resumed: ({ subjectReference, assessor, auditHistory }) => this.session.configure({ type: 'UPDATE_OPTIONS', options: { subjectReference, assessor, auditHistory } }),
    refusedDraft: (refused) => (refused.outcome === 'failed' ? eventMessages.draftFailed('home visit', String(refused.error)) : eventMessages.homeVisitDraftNotThisOne),
    // Asked each time, so the browser's message for a required form follows the visit's language.
    incomplete: () => this.t.homeVisit.formIncomplete,
    // The nested assessments and the recommendations change the visit through its children.
    childrenChangeIt: true,
    page: pageKey,
  });

  readonly #recommendations = new HomeVisitRecommendations(this, {
    today: () => this.today || englandToday(),
    focusAfterRender: (target) => this.session.focusAfterRender(target),
    focusNow: (targetId) => this.session.focusNow({ kind: 'element', ids: [targetId] }),
  });

  /** The home visit record once the visit is finished, otherwise `null`. */
  get value(): HomeVisitRecord | null {
    return this.session.record;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    return this.storageKey || `otforms:draft:home-visit${this.subjectReference ? `:${this.subjectReference}` : ''}`;
  }

  protected override adoptedActor(): ActorRefFrom<HomeVisitMachine> | null {
    return this.actor;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const running = !this.actor && this.session.snapshot !== null;
    if (changed.has('definitions')) this.parseDefinitions();
    super.willUpdate(changed);
    // The machine passes the new settings on to the assessment under way too.
    const options = auditedSettingsUpdate(
      changed as Map<PropertyKey, unknown>,
      this.restartOn,
      running,
      () => {
        const { subjectReference, assessor } = this.startDetails();
        return { ...(subjectReference ? { subjectReference } : {}), ...(assessor ? { assessor } : {}) };
      },
      this.auditHistory,
    );
    if (options) this.session.configure({ type: 'UPDATE_OPTIONS', options });
    const snapshot = this.session.snapshot;
    this.#recommendations.follow(snapshot ? homeVisitRecommendationsChild(snapshot) : undefined);
  }

  private parseDefinitions(): void {
    this.session.stop();
    this.parsed = null;
    this.#machine = null;
    this.definitionProblems = [];
    // Not given yet (a host may fetch them after first render): wait, showing "Loading", not an error.
    if (this.definitions.length === 0) return;
    try {
      const definitions = this.definitions.map((definition) => parseDefinition(definition));
      this.#machine = {
        logic: createHomeVisitMachine(definitions),
        readDraft: (stored) => readHomeVisitDraft(stored, definitions, this.subjectReference || undefined),
      };
      this.parsed = definitions;
      // Photos are taken at the door, perhaps with no signal: the photo question is fetched now, with the visit's definitions, not mid-visit.
      if (definitions.some(hasPhotoQuestion)) loadPhotoQuestion().catch(() => this.session.report({ kind: 'load', message: eventMessages.photoQuestionNotLoaded, issues: [] }));
    } catch (error) {
      this.definitionProblems = definitionIssues(error);
      this.session.report({ kind: 'definition', message: eventWords.invalidDefinitions, issues: this.definitionProblems });
    }
  }

  /** The nested assessments' records belong to the visit; the host hears only the visit's. */
  private readonly keepNestedOutcome = (event: Event) => {
    if (event.target !== this) event.stopPropagation();
  };

  override render(): TemplateResult {
    const m = this.t.homeVisit;
    const notices = renderSessionNotices(this.session.notices, this.session.takeOver, this.t);
    if (this.definitionProblems.length > 0) {
      return html`<div class="error-summary" role="alert">
        <h2 class="error-summary-title">${m.invalidDefinitions}</h2>
        <ul class="issues">
          ${this.definitionProblems.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
        </ul>
      </div>`;
    }
    if (this.session.openElsewhere) return notices;
    const snapshot = this.session.snapshot;
    const definitions = this.parsed ?? [];
    if (!snapshot) return html`${notices}<p class="hint" role="status">${m.loading}</p>`;
    const step = stepOf(snapshot);
    // The machine and the records keep the source definitions; the page shows their text in its language when they have it.
    const shown = shownDefinitions(definitions, this.t.locale);
    return html`${notices}<div class="home-visit" @ot-outcome=${this.keepNestedOutcome}>
      ${step.kind === 'done' ? nothing : renderSteps(shown, step, this.t)} ${this.renderStep(snapshot, step, definitions, shown)}
    </div>`;
  }

  private renderStep(snapshot: Snapshot, step: HomeVisitStep, definitions: readonly InstrumentDefinition[], shown: ShownDefinitions): TemplateResult | typeof nothing {
    const count = definitions.length + 2;
    const t = this.t;
    switch (step.kind) {
      case 'assessment': {
        const definition = definitions[step.index];
        if (!definition) return nothing;
        return html`${renderStepCaption(step.index + 1, count, t)}
          <h2 data-page-heading tabindex="-1" lang=${shown.langOf(step.index) ?? nothing}>${shown.all[step.index]?.definition.title ?? definition.title}</h2>
          <ot-assessment class="child" exportparts=${assessmentExport} .definition=${definition} .actor=${homeVisitAssessmentChild(snapshot) ?? null} ?disabled=${this.disabled}></ot-assessment>`;
      }
      case 'recommendations': {
        const view = this.#recommendations.view(this.disabled, t, shown);
        return view ? html`${renderStepCaption(definitions.length + 1, count, t)}${renderRecommendationsPage(view)}` : nothing;
      }
      case 'review': {
        const { assessments, recommendations } = snapshot.context;
        return html`${renderStepCaption(count, count, t)}${renderReviewPage({
          t,
          definitions,
          shown,
          assessments,
          recommendations: recommendations?.recommendations ?? [],
          decisions: recommendations?.suggestionDecisions ?? [],
          disabled: this.disabled,
          onChangeRecommendations: () => this.session.send({ type: 'BACK_TO_RECOMMENDATIONS' }),
          onFinish: () => this.session.send({ type: 'FINISH', completedAt: new Date().toISOString(), recordId: crypto.randomUUID() }),
        })}`;
      }
      case 'done':
        return this.session.record ? renderDonePage(this.session.record, t) : nothing;
    }
  }
}

function stepOf(snapshot: Snapshot): HomeVisitStep {
  const step = homeVisitStep(snapshot);
  if (step === 'assessment') return { kind: 'assessment', index: homeVisitInstrumentIndex(snapshot) ?? 0 };
  return step === null ? { kind: 'done' } : { kind: step };
}

/** What page is showing: which assessment, the recommendations, the review, or done. */
function pageKey(snapshot: Snapshot): string {
  const step = stepOf(snapshot);
  return step.kind === 'assessment' ? `assessment${step.index}` : step.kind;
}
