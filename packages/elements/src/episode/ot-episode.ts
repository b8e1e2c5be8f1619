import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  defaultGoalDomains,
  englandCldVocabulary,
  parseDefinition,
  parseEpisodeVocabulary,
  VocabularyError,
  type DefinitionIssue,
  type DraftStorage,
  type EpisodeRecord,
  type EpisodeVocabulary,
  type InstrumentDefinition,
} from '@otforms/core';
import { createEpisodeMachine, currentAssessment, readEpisodeDraft, currentTask, reviewStage, type EpisodeEvent, type EpisodeInput, type EpisodeMachine } from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { definitionIssues } from '../forms/definition-issues.js';
import { FormSession, type FormMachine } from '../forms/form-session.js';
import { OtFormElement } from '../forms/ot-form-element.js';
import { auditedSettingsUpdate } from '../forms/audited-settings.js';
import { renderSessionNotices, sessionNoticeStyles } from '../forms/session-notices.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { episodePageView } from './episode-actions.js';
import { episodeStyles } from './episode-styles.js';
import { renderOverview, renderTask, type EpisodeView } from './render-episode-task.js';
import { defineOnDemand } from '../define-on-demand.js';
import { episodeEn } from './episode.en.js';
import { vocabularyEn } from './vocabulary.en.js';
import { eventMessages } from '../forms/event-messages.js';
import { provideSourceWords } from '../i18n/registry.js';

/** Only an episode with a home visit nests `<ot-home-visit>`: the others never download it. */
const loadHomeVisit = defineOnDemand(() => import('../home-visit/ot-home-visit.define.js'));

/** `ot-error` says what went wrong in English, whatever the page's language, for the host's logs; the page shows the catalogue's words. */
const eventWords = episodeEn;

type Snapshot = SnapshotFrom<EpisodeMachine>;

/**
 * A whole reablement episode in one element: a GOV.UK task list leads
 * through the referral, the initial assessment (`<ot-assessment>` for each
 * instrument), a home visit when it has one (`<ot-home-visit>`), agreeing
 * goals (`<ot-goal-plan>`, offered what the person said in the visit's
 * conversation to start goals from), equipment, adaptations and
 * advice, the review with the final assessment, closing the episode and the
 * follow-up. The nested forms show the episode machine's own children, so
 * the whole episode is one draft, saved after every change and resumed on
 * reload, and ends in one record.
 *
 * The record is dispatched as `ot-outcome` when the episode is closed and
 * again, brought up to date, when its follow-up is recorded; it is exposed as
 * `.value` and submitted by a surrounding native `<form>` as JSON under
 * `name`. The nested forms' own `ot-outcome` events stay inside.
 *
 * Every part of the nested forms is forwarded under its own name (so
 * `ot-episode::part(label)` styles every question's label, the episode's and
 * the nested forms'), the goal plan's chart parts as `chart-*`, and the
 * summary's parts as `summary-*`. The episode never shows an assessment's
 * running score, so it has no `running-score` part.
 *
 * @fires {OtOutcomeEvent} ot-outcome - The episode was closed, or its follow-up recorded; `detail` is the `EpisodeRecord` (an outcome record of kind "episode"). It waits in the outbox, shown as not sent and announced again on the next load, until the host calls `ack()` or the promise given to `waitUntil()` resolves.
 * @fires {OtErrorEvent} ot-error - An instrument definition is invalid, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
 * @fires {OtDraftKeptAsideEvent} ot-draft-kept-aside - A saved draft could not be resumed and was kept aside (never written over) before the form started afresh; `detail` is its `KeptAsideSummary`.
 * @csspart error-summary - The list of problems shown after an attempt to continue (the episode's, and the nested forms').
 * @csspart button - The main action button of a page (the episode's, and the nested forms').
 * @csspart summary - The `<ot-episode-summary>` of the closed episode.
 * @csspart summary-figure - The summary's figure (its `figure`, forwarded).
 * @csspart summary-caption - The summary's caption (its `caption`, forwarded).
 * @csspart summary-status - The summary's note that the episode is under way or has no goal plan (its `status`, forwarded).
 * @csspart summary-chart - The summary's SVG of the measures (its `chart`, forwarded).
 * @csspart summary-legend - The summary's key (its `legend`, forwarded).
 * @csspart summary-figures - The summary's "Show the figures" disclosure (its `figures`, forwarded).
 * @csspart summary-table - The summary's table of the figures (its `table`, forwarded).
 * @csspart score - The score of a nested assessment, and the T-scores of the goal plan (forwarded).
 * @csspart licence - A nested assessment's instrument attribution and terms (forwarded).
 * @csspart chart - The goal plan's `<ot-gas-chart>` (forwarded).
 * @csspart chart-figure - The chart's figure (forwarded from the goal plan).
 * @csspart chart-caption - The chart's caption (forwarded from the goal plan).
 * @csspart chart-scale - The chart's SVG of the goals on the five-level scale (forwarded from the goal plan).
 * @csspart chart-legend - The chart's key (forwarded from the goal plan).
 * @csspart chart-t-score - The chart's SVG of the T-score (forwarded from the goal plan).
 * @csspart chart-status - The chart's note that the plan, or some of its goals, have not been reviewed yet (forwarded from the goal plan).
 * @csspart chart-figures - The chart's "Show the figures" disclosure (forwarded from the goal plan).
 * @csspart label - A question's label or legend (forwarded from each question).
 * @csspart hint - A question's hint (forwarded from each question).
 * @csspart error - A question's error message (forwarded from each question).
 * @csspart control - A question's input, or its group of options (forwarded from each question).
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - Hints, captions and tasks that cannot start yet.
 * @cssprop --ot-color-error - Colour of errors.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-link - Links to tasks and "Change" links.
 * @cssprop --ot-color-border - Borders of inputs.
 * @cssprop --ot-color-rule - Lines between tasks and beside rows.
 * @cssprop --ot-color-surface - Background of inputs.
 * @cssprop --ot-color-muted-surface - Background of secondary buttons and the person's words.
 * @cssprop --ot-color-primary - Background of the main button and the completion panel.
 * @cssprop --ot-color-primary-text - Text on the main button and the completion panel.
 * @cssprop --ot-color-gas-baseline - The chart's baseline ring.
 * @cssprop --ot-color-gas-expected - The chart's expected-outcome diamond.
 * @cssprop --ot-color-gas-attained - The chart's attained dot and arrow.
 * @cssprop --ot-color-gas-expected-band - The chart's expected-outcome column.
 * @cssprop --ot-color-episode-start - The summary's start ring.
 * @cssprop --ot-color-episode-end - The summary's end square.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the form grows.
 */
export class OtEpisode extends OtFormElement<EpisodeMachine, EpisodeRecord> {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ episode: episodeEn, vocabulary: vocabularyEn });
  }

  static override styles = [sharedStyles, formStyles, episodeStyles, sessionNoticeStyles];

  /** The instrument definitions (objects or JSON text, checked in full; or `loadDefinition` of a definition your own build compiled, taken as it is) assessed with at the start and again at the end, in order. A compiled definition given as it is has its `definition` checked in full. */
  @property({ attribute: false }) instruments: readonly unknown[] = [];

  /**
   * The definitions (objects or JSON text, checked in full; or `loadDefinition` of one your own build compiled) of a home visit after the initial
   * assessment, in order: the home and its risks, the conversation about what
   * matters to the person. Given, the episode has a "Home visit" task (an
   * `<ot-home-visit>`), its record carries the visit, and what the person said
   * is offered as goals to start from. Empty (the default): no home visit.
   */
  @property({ attribute: false }) homeVisitDefinitions: readonly unknown[] = [];

  /** The outcome domains the goal plan's goals can be tagged with: codes are written into the record. */
  @property({ attribute: false }) domains: readonly { code: string; label: string }[] = defaultGoalDomains;

  /**
   * The lists the episode's route of access and end outcome are chosen from, with the URI of their code system.
   * England's CLD (the default) writes its codes into the record's CLD fields; another nation's or a council's own
   * vocabulary (`cld: false`) writes them as codings of its system, and the closing page then does not ask for the
   * next service as CLD names it. An entry's label is the vocabulary's, else the catalogue's for the code
   * (`vocabulary` namespace), else the code. Checked with `parseEpisodeVocabulary`: one that is not valid stops the
   * episode with an `ot-error` naming every problem.
   */
  @property({ attribute: false }) vocabulary: EpisodeVocabulary = englandCldVocabulary;

  /** The name under which a surrounding native form submits the record's JSON. */
  @property({ reflect: true }) name = '';

  /** Where the draft is saved. Defaults to `otforms:draft:episode`, then `:` and the subject reference when there is one. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** The host system's reference to the person, written into every record of the episode. */
  @property({ attribute: 'subject-reference' }) subjectReference = '';

  /** The assessor's role, for example "Occupational therapist". */
  @property({ attribute: 'assessor-role' }) assessorRole = '';

  /** The host system's reference to the assessor. */
  @property({ attribute: 'assessor-reference' }) assessorReference = '';

  /**
   * Keep the full history of the answers in every assessment's record, the home visit's too: each answer's entry
   * in `answerAudit` then also has `changes`, every change with who made it, when, and the value given. Read when
   * the episode starts and when its draft is resumed; a draft started with it keeps it.
   */
  @property({ type: Boolean, attribute: 'audit-history' }) auditHistory = false;

  /** When set, a surrounding form cannot be submitted until the episode is closed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Today as YYYY-MM-DD, for the dates goals are agreed and reviewed on. Empty: today in England by the host's clock. */
  @property({ attribute: false }) today = '';

  /** Where drafts are kept. From context when a provider is present, else the browser default (IndexedDB). */
  @consume({ context: draftStorageContext, subscribe: true })
  @property({ attribute: false })
  storage?: DraftStorage;

  @state() private parsed: InstrumentDefinition[] | null = null;
  @state() private parsedHomeVisit: InstrumentDefinition[] = [];
  @state() private instrumentIssues: readonly DefinitionIssue[] = [];
  @state() private vocabularyIssues: readonly DefinitionIssue[] = [];
  #vocabulary: EpisodeVocabulary = englandCldVocabulary;
  #machine: FormMachine<EpisodeMachine> | null = null;

  // A new vocabulary starts the episode again from its draft, which then takes it (see `resumed`).
  protected readonly restartOn = ['instruments', 'homeVisitDefinitions', 'vocabulary', 'storageKey', 'subjectReference', 'storage'] as const;

  protected readonly session = new FormSession<EpisodeMachine, EpisodeRecord>(this, {
    machine: () => this.#machine,
    // The vocabulary goes in every draft, England's too, so that on resuming the host's current one wins.
    input: (): EpisodeInput => ({ ...this.startDetails(), vocabulary: this.#vocabulary, ...(this.auditHistory ? { auditHistory: true } : {}) }),
    // A draft carries the details it started with; the host's current ones win, in the episode and the children
    // under way, so another OT who carries on is named in the audit of what they answer.
    resumed: ({ startedAt: _kept, ...options }) => this.session.configure({ type: 'UPDATE_OPTIONS', options }),
    // Closing the episode makes its record; the follow-up brings it up to date, and the machine is done.
    record: (snapshot) => snapshot.output ?? snapshot.context.record,
    refusedDraft: (refused) => (refused.outcome === 'failed' ? eventMessages.draftFailed('episode', String(refused.error)) : eventMessages.episodeDraftNotThisOne),
    incomplete: () => this.t.episode.formIncomplete,
    // The nested assessment and goal plan change the episode through its children.
    childrenChangeIt: true,
    page: pageKey,
  });

  /** The episode record once the episode is closed (brought up to date by the follow-up), otherwise `null`. */
  get value(): EpisodeRecord | null {
    return this.session.record;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    return this.storageKey || `otforms:draft:episode${this.subjectReference ? `:${this.subjectReference}` : ''}`;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const running = this.session.snapshot !== null;
    if (changed.has('vocabulary')) this.readVocabulary();
    // An episode does not start with a vocabulary that is not valid, and starts once it is.
    if (changed.has('instruments') || changed.has('homeVisitDefinitions') || changed.has('vocabulary')) this.parseInstruments();
    super.willUpdate(changed);
    const hostDetails = () => {
      const { subjectReference, assessor } = this.startDetails();
      return { ...(subjectReference ? { subjectReference } : {}), ...(assessor ? { assessor } : {}) };
    };
    // The machine passes the new settings on to the assessment under way too.
    const options = auditedSettingsUpdate(changed as Map<PropertyKey, unknown>, this.restartOn, running, hostDetails, this.auditHistory);
    if (options) this.session.configure({ type: 'UPDATE_OPTIONS', options });
  }

  private readVocabulary(): void {
    this.vocabularyIssues = [];
    this.#vocabulary = englandCldVocabulary;
    if (this.vocabulary === englandCldVocabulary) return;
    try {
      this.#vocabulary = parseEpisodeVocabulary(this.vocabulary);
    } catch (error) {
      if (!(error instanceof VocabularyError)) throw error;
      this.vocabularyIssues = error.issues;
      this.session.report({ kind: 'definition', message: eventWords.invalidVocabulary, issues: this.vocabularyIssues });
    }
  }

  private parseInstruments(): void {
    this.session.stop();
    this.parsed = null;
    this.parsedHomeVisit = [];
    this.#machine = null;
    this.instrumentIssues = [];
    // Not given yet (a host may fetch them after first render): wait, showing "Loading", not an error.
    if (this.instruments.length === 0 || this.vocabularyIssues.length > 0) return;
    try {
      const instruments = this.instruments.map((definition) => parseDefinition(definition));
      const homeVisit = this.homeVisitDefinitions.map((definition) => parseDefinition(definition));
      this.#machine = {
        logic: createEpisodeMachine(instruments, { homeVisit }),
        readDraft: (stored) => readEpisodeDraft(stored, instruments, this.subjectReference || undefined, homeVisit),
      };
      this.parsed = instruments;
      this.parsedHomeVisit = homeVisit;
      if (homeVisit.length > 0) loadHomeVisit().catch(() => this.session.report({ kind: 'load', message: eventMessages.homeVisitNotLoaded, issues: [] }));
    } catch (error) {
      this.instrumentIssues = definitionIssues(error);
      this.session.report({ kind: 'definition', message: eventWords.invalidInstruments, issues: this.instrumentIssues });
    }
  }

  private onAnswer(event: OtAnswerEvent): void {
    // The nested assessment and goal plan keep their own questions' answers inside them: these are the episode's fields.
    // Each field carries its path (episode-fields.ts).
    event.stopPropagation();
    const { path, input: value } = event.detail;
    if (!path || !('field' in path) || 'goalId' in path) return;
    // A row's field names are checked by the machine against its list (episodeRowFields), so one cast stands for that.
    if ('list' in path) this.session.send({ type: 'SET_ROW', list: path.list, index: path.index, field: path.field, value } as EpisodeEvent);
    else this.session.send({ type: 'SET_FIELD', field: path.field, value });
  }

  /** The nested forms' records belong to the episode; the host hears only the episode's. */
  private readonly keepNestedOutcome = (event: Event) => {
    if (event.target !== this) event.stopPropagation();
  };

  override render(): TemplateResult {
    const m = this.t.episode;
    const notices = renderSessionNotices(this.session.notices, this.session.takeOver, this.t);
    // The issues are the definition's or the vocabulary's, in the words of their schemas (for the developer who gave them).
    const [problem, issues] = this.instrumentIssues.length > 0 ? [m.invalidInstruments, this.instrumentIssues] : [m.invalidVocabulary, this.vocabularyIssues];
    if (issues.length > 0) {
      return html`<div class="error-summary" role="alert">
        <h2 class="error-summary-title">${problem}</h2>
        <ul class="issues">
          ${issues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
        </ul>
      </div>`;
    }
    if (this.session.openElsewhere) return notices;
    const snapshot = this.session.snapshot;
    if (!snapshot) return html`${notices}<p class="hint" role="status">${m.loading}</p>`;
    // Tried again on every render, so a load that failed offline is retried once the page can reach the server.
    if (this.parsedHomeVisit.length > 0) loadHomeVisit().catch(() => undefined);
    const view: EpisodeView = {
      snapshot,
      record: this.session.record,
      instruments: this.parsed ?? [],
      homeVisitDefinitions: this.parsedHomeVisit,
      domains: this.domains,
      today: this.today,
      page: episodePageView(snapshot, this.session, this.disabled, this.t, this.#vocabulary),
      send: (event) => this.session.send(event),
      now: () => new Date().toISOString(),
    };
    return html`${notices}<div class="episode" @ot-answer=${this.onAnswer} @ot-outcome=${this.keepNestedOutcome}>
      ${snapshot.context.view === 'task' && snapshot.status !== 'done' ? renderTask(view) : renderOverview(view)}
    </div>`;
  }
}

/** What page is showing: the task list, or a task and where in it. */
function pageKey(snapshot: Snapshot): string {
  if (snapshot.status === 'done' || snapshot.context.view === 'tasks') return `tasks:${snapshot.status}`;
  if (snapshot.context.revisiting) return `again:${snapshot.context.revisiting}`;
  const assessment = currentAssessment(snapshot);
  return [currentTask(snapshot), reviewStage(snapshot), assessment ? `${assessment.timepoint}${assessment.instrumentIndex}` : ''].join(':');
}
