import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DefinitionError, parseDefinition, type DefinitionIssue, type DraftStorage, type EpisodeRecord, type InstrumentDefinition } from '@otforms/core';
import { createEpisodeMachine, currentAssessment, episodeRowFields, readEpisodeDraft, currentTask, reviewStage, visibleEpisodeErrors, type EpisodeEvent, type EpisodeField, type EpisodeInput, type EpisodeMachine } from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { OtErrorEvent, type OtErrorDetail } from '../events/ot-error-event.js';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { RecordFormValue } from '../forms/record-form-value.js';
import { reflectOwnDisabled } from '../forms/own-disabled.js';
import { moveFocus, type FocusTarget } from '../forms/page-focus.js';
import { DraftKeeper } from '../storage/draft-keeper.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { fieldDomId, rowFieldName } from './episode-fields.js';
import { episodeMessages as m } from './episode-messages.js';
import { episodeStyles } from './episode-styles.js';
import type { EpisodePageView } from './render-episode-pages.js';
import { renderOverview, renderTask, type EpisodeView } from './render-episode-task.js';

type Snapshot = SnapshotFrom<EpisodeMachine>;

/**
 * A whole reablement episode in one element: a GOV.UK task list leads
 * through the referral, the initial assessment (`<ot-assessment>` for each
 * instrument), agreeing goals (`<ot-goal-plan>`), equipment, adaptations and
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
 * @fires ot-outcome - The episode was closed, or its follow-up recorded; `detail` is the `EpisodeRecord` (an outcome record of kind "episode").
 * @fires ot-error - An instrument definition is invalid, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
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
export class OtEpisode extends LitElement {
  static formAssociated = true;
  static override styles = [sharedStyles, formStyles, episodeStyles];

  /** The instrument definitions (objects or JSON text) assessed with at the start and again at the end, in order. */
  @property({ attribute: false }) instruments: readonly unknown[] = [];

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

  /** When set, a surrounding form cannot be submitted until the episode is closed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * When set, nothing can be changed or opened. A disabled ancestor `<fieldset>` sets it too, and clears it
   * again when it is enabled; only a host's own setting is reflected to the `disabled` attribute.
   */
  @property({ type: Boolean }) disabled = false;

  /** Today as YYYY-MM-DD, for the dates goals are agreed and reviewed on. Empty: today in England by the host's clock. */
  @property({ attribute: false }) today = '';

  /** Where drafts are kept. From context when a provider is present, else localStorage. */
  @consume({ context: draftStorageContext, subscribe: true })
  @property({ attribute: false })
  storage?: DraftStorage;

  @state() private parsed: InstrumentDefinition[] | null = null;
  @state() private instrumentIssues: readonly DefinitionIssue[] = [];
  @state() private record: EpisodeRecord | null = null;

  private readonly internals = this.attachInternals();
  private readonly formValue = new RecordFormValue(this.internals, m.formIncomplete);
  private readonly controller = new ActorController<EpisodeMachine>(this, {
    onSnapshot: (snapshot) => this.onSnapshot(snapshot),
    onError: (error) => this.reportError({ kind: 'machine', message: String(error), issues: [] }),
    // A refused attempt (continue, save, finish the review, close, finish) shows the error summary: it takes focus.
    onEmitted: (event) => {
      if (event.type === 'ATTEMPT_FAILED') this.#focusTarget = { kind: 'summary' };
    },
  });
  #machine: EpisodeMachine | null = null;
  #startToken = 0;
  /** The progress the browser handed back after back/forward navigation, until a start can use it. */
  #restored: unknown = null;
  #focusTarget: FocusTarget | null = null;
  #page = '';
  #resuming = false;
  #pristine = true;

  /** The episode record once the episode is closed (brought up to date by the follow-up), otherwise `null`. */
  get value(): EpisodeRecord | null {
    return this.record;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    return this.storageKey || `otforms:draft:episode${this.subjectReference ? `:${this.subjectReference}` : ''}`;
  }

  private readonly drafts = new DraftKeeper(
    () => (this.storage ??= new LocalStorageDraftStorage()),
    () => this.draftKey,
    (message) => this.reportError({ kind: 'storage', message, issues: [] }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) reflectOwnDisabled(this, this.disabled);
    if (changed.has('instruments')) this.parseInstruments();
    const restartOn = ['instruments', 'storageKey', 'subjectReference', 'storage'] as const;
    if (this.#machine && (!this.controller.actor || restartOn.some((key) => changed.has(key)))) void this.start();
  }

  private parseInstruments(): void {
    this.controller.stop();
    this.record = null;
    if (this.instruments.length === 0) {
      // Not given yet (a host may fetch them after first render): wait, showing "Loading", not an error.
      this.parsed = null;
      this.#machine = null;
      this.instrumentIssues = [];
      return;
    }
    try {
      this.parsed = this.instruments.map((definition) => parseDefinition(definition));
      this.#machine = createEpisodeMachine(this.parsed);
      this.instrumentIssues = [];
    } catch (error) {
      this.parsed = null;
      this.#machine = null;
      this.instrumentIssues = error instanceof DefinitionError ? error.issues : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
      this.reportError({ kind: 'definition', message: m.invalidInstruments, issues: this.instrumentIssues });
    }
  }

  /** Starts from the saved draft when there is a usable one, otherwise afresh. */
  private async start(): Promise<void> {
    const token = ++this.#startToken;
    const machine = this.#machine;
    const instruments = this.parsed;
    if (!machine || !instruments) return;
    const read = this.drafts.read();
    const stored = read instanceof Promise ? await read : read;
    if (token !== this.#startToken) return;
    const input = this.machineInput();
    // A draft in storage is the latest; without one, the progress the browser handed back after back/forward navigation.
    const restored = this.#restored;
    this.#restored = null;
    const draft = stored ?? (readEpisodeDraft(restored, instruments, input.subjectReference).resumable ? restored : null);
    // A resumed episode that was already closed has announced its record: it is shown, not dispatched again.
    this.#resuming = true;
    // Until something changes, what is stored is what was read (or nothing): a fresh start is not saved over a draft.
    this.#pristine = true;
    const started = this.controller.startFromDraft(machine, input, draft, (saved) => readEpisodeDraft(saved, instruments, input.subjectReference));
    this.#resuming = false;
    if (started.outcome === 'failed' || started.outcome === 'unusable') {
      const keptAt = this.drafts.keepAside(draft, ':unusable');
      const why =
        started.outcome === 'failed' ? `could not be resumed (${String(started.error)})` : 'is about another person or uses other instruments';
      this.reportError({ kind: 'draft', message: `The saved episode ${why}, so a new one started. The saved one is kept under "${keptAt}".`, issues: [] });
    }
  }

  private machineInput(): EpisodeInput {
    const assessor = { ...(this.assessorReference ? { reference: this.assessorReference } : {}), ...(this.assessorRole ? { role: this.assessorRole } : {}) };
    return {
      startedAt: new Date().toISOString(),
      ...(this.subjectReference ? { subjectReference: this.subjectReference } : {}),
      ...(Object.keys(assessor).length ? { assessor } : {}),
    };
  }

  private onSnapshot(snapshot: Snapshot): void {
    const actor = this.controller.actor;
    if (!actor) return;
    const record = snapshot.status === 'done' ? (snapshot.output ?? null) : snapshot.context.record;
    if (record !== this.record) {
      // Moving the element restarts its actor from a persisted copy: the same record, not a new one to announce.
      const isNew = record !== null && (record.recordId !== this.record?.recordId || record.completedAt !== this.record?.completedAt);
      this.record = record;
      if (record && isNew && !this.#resuming) this.dispatchEvent(new OtOutcomeEvent(record));
    }
    const persisted = snapshot.status === 'done' ? null : actor.getPersistedSnapshot();
    if (snapshot.status === 'done') this.drafts.remove();
    else if (!this.#pristine) this.drafts.save(persisted);
    this.#pristine = false;
    this.updateFormValue(persisted);
  }

  private updateFormValue(progress: unknown = this.controller.actor?.getPersistedSnapshot() ?? null): void {
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part="button"]') ?? undefined;
    this.formValue.update(this.record, this.record ? null : progress, this.required, anchor);
  }

  private reportError(detail: OtErrorDetail): void {
    this.dispatchEvent(new OtErrorEvent(detail));
  }

  private send(event: EpisodeEvent): void {
    this.controller.send(event);
  }

  private onAnswer(event: OtAnswerEvent): void {
    // The nested assessment and goal plan keep their own questions' answers inside them: these are the episode's fields.
    const target = event.target as HTMLElement;
    event.stopPropagation();
    const { field, list, index } = target.dataset;
    const value = String(event.detail.input ?? '');
    if (!field) return;
    if (list) this.send({ type: 'SET_ROW', list, index: Number(index), field, value } as EpisodeEvent);
    else this.send({ type: 'SET_FIELD', field: field as EpisodeField, value });
  }

  /** The nested forms' records belong to the episode; the host hears only the episode's. */
  private readonly keepNestedOutcome = (event: Event) => {
    if (event.target !== this) event.stopPropagation();
  };

  private readonly pageView = (snapshot: Snapshot): EpisodePageView => ({
    draft: snapshot.context.draft,
    disabled: this.disabled,
    errors: visibleEpisodeErrors(snapshot),
    focusTarget: (targetId) => void moveFocus(this.renderRoot, { kind: 'element', ids: [targetId] }),
    onAddRow: (list) => {
      const index = snapshot.context.draft[list].length;
      this.send({ type: 'ADD_ROW', list });
      this.#focusTarget = { kind: 'element', ids: [fieldDomId(rowFieldName(list, index, episodeRowFields[list][0]))] };
    },
    onRemoveRow: (list, index) => {
      this.send({ type: 'REMOVE_ROW', list, index });
      this.#focusTarget = { kind: 'element', ids: [`rows-${list}`] };
    },
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (changed.has('required')) this.updateFormValue();
    const snapshot = this.controller.snapshot;
    const page = snapshot ? pageKey(snapshot) : '';
    // A new page takes focus at its heading (not on first load: the host's page has focus then).
    if (this.#page && page !== this.#page && !this.#focusTarget) this.#focusTarget = { kind: 'heading' };
    this.#page = page;
    const target = this.#focusTarget;
    this.#focusTarget = null;
    if (target) void moveFocus(this.renderRoot, target);
  }

  override disconnectedCallback(): void {
    this.formValue.flush();
    super.disconnectedCallback();
  }

  /** After history navigation the browser hands back the form's state: the episode as it was, if it still fits. */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string') return;
    try {
      this.#restored = JSON.parse(state);
    } catch {
      return; // A state the browser kept from another version of the page is not ours to resume.
    }
    // Usually it comes before the host has given the instruments and the storage: the start uses it when storage has no draft.
    const instruments = this.parsed;
    if (this.controller.actor && instruments && readEpisodeDraft(this.#restored, instruments, this.subjectReference || undefined).resumable) void this.start();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  /** A surrounding form's reset starts a new episode: the draft is removed, so nothing of the old one comes back. */
  formResetCallback(): void {
    if (!this.#machine) return;
    this.#startToken += 1;
    this.record = null;
    this.drafts.remove();
    this.controller.stop();
    void this.start();
  }

  override render() {
    if (this.instrumentIssues.length > 0) {
      return html`<div class="error-summary" role="alert">
        <h2 class="error-summary-title">${m.invalidInstruments}</h2>
        <ul class="issues">
          ${this.instrumentIssues.map((issue) => html`<li>${issue.path ? html`<code>${issue.path}</code>: ` : nothing}${issue.message}</li>`)}
        </ul>
      </div>`;
    }
    const snapshot = this.controller.snapshot;
    if (!snapshot) return html`<p class="hint" role="status">${m.loading}</p>`;
    const view: EpisodeView = {
      snapshot,
      record: this.record,
      instruments: this.parsed ?? [],
      today: this.today,
      page: this.pageView(snapshot),
      send: (event) => this.send(event),
      now: () => new Date().toISOString(),
    };
    return html`<div class="episode" @ot-answer=${this.onAnswer} @ot-outcome=${this.keepNestedOutcome}>
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
