import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { DefinitionError, parseDefinition, type DefinitionIssue, type DraftStorage, type EpisodeRecord, type InstrumentDefinition } from '@otforms/core';
import {
  assessmentChild,
  createEpisodeMachine,
  currentAssessment,
  currentTask,
  goalPlanChild,
  reviewStage,
  taskStatuses,
  type EpisodeEvent,
  type EpisodeField,
  type EpisodeMachine,
  type RevisitableTask,
} from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { OtErrorEvent, type OtErrorDetail } from '../events/ot-error-event.js';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { RecordFormValue } from '../forms/record-form-value.js';
import { renderErrorSummary } from '../forms/render-error-summary.js';
import { moveFocus, type FocusTarget } from '../goals/page-focus.js';
import { DraftKeeper } from '../storage/draft-keeper.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { fieldDomId, rowFieldName } from './episode-fields.js';
import { episodeMessages as m } from './episode-messages.js';
import { episodeStyles } from './episode-styles.js';
import { renderClosurePage, renderFollowUpPage, renderInterventionPage, renderReferralPage, type EpisodePageView } from './render-episode-pages.js';
import { renderTaskList, taskId } from './render-task-list.js';
import { isResumableEpisode } from './resumable-episode.js';

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
 * @fires ot-outcome - The episode was closed, or its follow-up recorded; `detail` is the `EpisodeRecord` (an outcome record of kind "episode").
 * @fires ot-error - An instrument definition is invalid, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
 * @csspart error-summary - The list of problems shown after an attempt to continue.
 * @csspart button - The main action button of a page.
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - Hints, captions and tasks that cannot start yet.
 * @cssprop --ot-color-error - Colour of errors.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-link - Links to tasks.
 * @cssprop --ot-color-rule - Lines between tasks and beside rows.
 * @cssprop --ot-color-primary - Background of the main button and the completion panel.
 * @cssprop --ot-color-primary-text - Text on the main button and the completion panel.
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

  /** Today as YYYY-MM-DD, for the dates goals are agreed and reviewed on. Empty: the host's clock. */
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
  });
  #machine: EpisodeMachine | null = null;
  #startToken = 0;
  #focusTarget: FocusTarget | null = null;
  #page = '';
  #resuming = false;

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
    if (changed.has('instruments')) this.parseInstruments();
    const restartOn = ['instruments', 'storageKey', 'subjectReference', 'storage'] as const;
    if (this.#machine && (!this.controller.actor || restartOn.some((key) => changed.has(key)))) void this.start();
  }

  private parseInstruments(): void {
    this.controller.stop();
    this.record = null;
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
    const draft = read instanceof Promise ? await read : read;
    if (token !== this.#startToken) return;
    const assessor = { ...(this.assessorReference ? { reference: this.assessorReference } : {}), ...(this.assessorRole ? { role: this.assessorRole } : {}) };
    const input = {
      startedAt: new Date().toISOString(),
      ...(this.subjectReference ? { subjectReference: this.subjectReference } : {}),
      ...(Object.keys(assessor).length ? { assessor } : {}),
    };
    // A resumed episode that was already closed has announced its record: it is shown, not dispatched again.
    this.#resuming = true;
    const started = this.controller.startFromDraft(machine, input, draft, (saved) => isResumableEpisode(saved, instruments));
    this.#resuming = false;
    if (started.outcome === 'failed') {
      this.reportError({ kind: 'draft', message: `The saved episode could not be resumed, so it started again: ${String(started.error)}`, issues: [] });
    } else if (started.outcome === 'unusable') {
      this.reportError({ kind: 'draft', message: 'The saved episode used other instruments, so it started again.', issues: [] });
    }
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
    if (snapshot.status === 'done') this.drafts.remove();
    else this.drafts.save(actor.getPersistedSnapshot());
    this.formValue.update(this.record, snapshot.status === 'done' ? null : actor.getPersistedSnapshot(), this.required, this.buttonAnchor());
  }

  private buttonAnchor(): HTMLElement | undefined {
    return this.renderRoot.querySelector<HTMLElement>('[part="button"]') ?? undefined;
  }

  private reportError(detail: OtErrorDetail): void {
    this.dispatchEvent(new OtErrorEvent(detail));
  }

  private send(event: EpisodeEvent): void {
    this.controller.send(event);
    const snapshot = this.controller.snapshot;
    if (snapshot && snapshot.context.showErrors && snapshot.context.errors.length > 0 && isAttempt(event)) this.#focusTarget = { kind: 'summary' };
  }

  private readonly now = () => new Date().toISOString();

  private onAnswer(event: OtAnswerEvent): void {
    const target = event.target as HTMLElement;
    // Answers inside the nested assessment and goal plan are theirs.
    if (target.localName === 'ot-assessment' || target.localName === 'ot-goal-plan') return;
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
    errors: snapshot.context.showErrors ? snapshot.context.errors : [],
    errorSummary: renderErrorSummary(snapshot.context.showErrors ? snapshot.context.errors : [], {
      title: m.errorSummaryTitle,
      targetId: (error) => (error.field === 'goals' ? 'goals' : fieldDomId(error.field)),
      focusTarget: (targetId) => void moveFocus(this.renderRoot, { kind: 'element', ids: [targetId] }),
    }),
    onAddRow: (list) => {
      const index = snapshot.context.draft[list].length;
      this.send({ type: 'ADD_ROW', list });
      const first = { equipment: 'item', minorAdaptations: 'description', majorAdaptations: 'description', advice: 'text', followUp: 'kind' }[list];
      this.#focusTarget = { kind: 'element', ids: [fieldDomId(rowFieldName(list, index, first))] };
    },
    onRemoveRow: (list, index) => {
      this.send({ type: 'REMOVE_ROW', list, index });
      this.#focusTarget = { kind: 'element', ids: [`rows-${list}`] };
    },
  });

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    const snapshot = this.controller.snapshot;
    const page = snapshot ? pageKey(snapshot) : '';
    // A new page takes focus at its heading (not on first load: the host's page has focus then).
    if (this.#page && page !== this.#page && !this.#focusTarget) this.#focusTarget = { kind: 'heading' };
    this.#page = page;
    const target = this.#focusTarget;
    this.#focusTarget = null;
    if (target) void moveFocus(this.renderRoot, target);
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
    return html`<div class="episode" @ot-answer=${this.onAnswer} @ot-outcome=${this.keepNestedOutcome}>
      ${snapshot.context.view === 'task' && snapshot.status !== 'done' ? this.renderTask(snapshot) : this.renderOverview(snapshot)}
    </div>`;
  }

  private renderOverview(snapshot: Snapshot) {
    const done = snapshot.status === 'done';
    return html`
      ${this.record
        ? html`<div class="panel" role="status">
              <h2>${done ? m.doneHeading : m.closedHeading}</h2>
              <p>${done ? m.doneBody : m.closedBody}</p>
            </div>
            <ot-episode-summary .record=${this.record}></ot-episode-summary>`
        : nothing}
      ${done
        ? nothing
        : renderTaskList({
            tasks: taskStatuses(snapshot),
            revisitable: snapshot.context.revisitable,
            onOpen: () => this.send({ type: 'OPEN_TASK' }),
            onRevisit: (task) => this.send({ type: 'REVISIT', task: task as RevisitableTask }),
          })}
    `;
  }

  private renderTask(snapshot: Snapshot) {
    const back = html`<a class="back-link" href=${`#${taskId(currentTask(snapshot) ?? 'referral')}`} @click=${(event: Event) => (event.preventDefault(), this.send({ type: 'SHOW_TASKS' }))}
      >${m.backToTasks}</a
    >`;
    const view = this.pageView(snapshot);
    const proceed = () => this.send({ type: 'CONTINUE', at: this.now() });
    const next = { label: m.continue, onClick: proceed };
    const { revisiting } = snapshot.context;
    if (revisiting) {
      const save = { label: m.saveAndReturn, onClick: () => this.send({ type: 'SAVE_REVISIT' }) };
      return html`${back}${revisiting === 'referral' ? renderReferralPage(view, save) : renderInterventionPage(view, save)}`;
    }
    switch (currentTask(snapshot)) {
      case 'referral':
        return html`${back}${renderReferralPage(view, next)}`;
      case 'initial-assessment':
        return html`${back}${this.renderAssessment(snapshot, m.initialAssessmentCaption)}`;
      case 'goal-setting':
        return html`${back}<h2 data-page-heading tabindex="-1">${m.tasks['goal-setting']}</h2>
          ${this.renderGoalPlan(snapshot)}`;
      case 'intervention':
        return currentAssessment(snapshot)
          ? html`${back}${this.renderAssessment(snapshot, m.interimAssessmentCaption)}`
          : html`${back}${renderInterventionPage(view, next, () => this.send({ type: 'START_INTERIM', at: this.now() }))}`;
      case 'review':
        return html`${back}${this.renderReview(snapshot, view, proceed)}`;
      case 'closure':
        return html`${back}${renderClosurePage(view, () => this.send({ type: 'CLOSE', completedAt: this.now(), recordId: crypto.randomUUID() }))}`;
      case 'follow-up':
        return html`${back}${renderFollowUpPage(view, () => this.send({ type: 'FINISH', completedAt: this.now() }))}`;
      default:
        return nothing;
    }
  }

  private renderAssessment(snapshot: Snapshot, caption: string) {
    const current = currentAssessment(snapshot);
    const definition = current && this.parsed?.[current.instrumentIndex];
    if (!current || !definition) return nothing;
    const count = this.parsed?.length ?? 1;
    return html`<h2 data-page-heading tabindex="-1">${caption}</h2>
      <p class="caption">${m.assessmentTitle(definition.title, current.instrumentIndex + 1, count)}</p>
      <ot-assessment class="child" .definition=${definition} .actor=${assessmentChild(snapshot) ?? null}></ot-assessment>`;
  }

  private renderGoalPlan(snapshot: Snapshot) {
    // The error summary's "goals" link lands on the wrapper: a tabindex on the goal plan's own host would take its whole shadow tree out of the tab order.
    return html`<div id="goals" class="child" tabindex="-1">
      <ot-goal-plan hide-close .today=${this.today} .actor=${goalPlanChild(snapshot) ?? null}></ot-goal-plan>
    </div>`;
  }

  private renderReview(snapshot: Snapshot, view: EpisodePageView, proceed: () => void) {
    const stage = reviewStage(snapshot);
    if (stage === 'final-assessment') return this.renderAssessment(snapshot, m.finalAssessmentCaption);
    if (stage === 'ready') {
      const finish = () => this.send({ type: 'FINISH_REVIEW', completedAt: this.now(), recordId: crypto.randomUUID() });
      return html`<h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
        <p class="description">${m.reviewReadyIntro}</p>
        <button type="button" class="button" part="button" @click=${finish}>${m.finishReview}</button>`;
    }
    return html`${view.errorSummary}
      <h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
      <p class="description">${m.reviewGoalsIntro}</p>
      ${this.renderGoalPlan(snapshot)}
      <button type="button" class="button" part="button" @click=${proceed}>${m.continueToAssessment}</button>`;
  }
}

/** Events that try to leave a page: when they leave errors, focus goes to the error summary. */
function isAttempt(event: EpisodeEvent): boolean {
  return event.type === 'CONTINUE' || event.type === 'CLOSE' || event.type === 'FINISH' || event.type === 'SAVE_REVISIT';
}

/** What page is showing: the task list, or a task and where in it. */
function pageKey(snapshot: Snapshot): string {
  if (snapshot.status === 'done' || snapshot.context.view === 'tasks') return `tasks:${snapshot.status}`;
  if (snapshot.context.revisiting) return `again:${snapshot.context.revisiting}`;
  const assessment = currentAssessment(snapshot);
  return [currentTask(snapshot), reviewStage(snapshot), assessment ? `${assessment.timepoint}${assessment.instrumentIndex}` : ''].join(':');
}
