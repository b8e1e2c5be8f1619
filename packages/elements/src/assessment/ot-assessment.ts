import { LitElement, html, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import {
  DefinitionError,
  parseDefinition,
  type AdministrationMode,
  type DefinitionIssue,
  type DraftStorage,
  type InstrumentDefinition,
  type AssessmentRecord,
  allItems,
  groupEntries,
} from '@otforms/core';
import {
  createAssessmentMachine,
  readAssessmentDraft,
  type AssessmentEvent,
  type AssessmentInput,
  type AssessmentMachine,
} from '@otforms/machines';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import { ActorController } from '../controllers/actor-controller.js';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { OtErrorEvent, type OtErrorDetail } from '../events/ot-error-event.js';
import { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { formStyles } from '../styles/form-styles.js';
import { adoptedInstrumentMismatch } from './adopted-assessment.js';
import { messages } from './messages.js';
import { DraftKeeper } from '../storage/draft-keeper.js';
import { RecordFormValue } from '../forms/record-form-value.js';
import { reflectOwnDisabled } from '../forms/own-disabled.js';
import { questionId } from './render-question.js';
import { renderCompletedPage, renderInvalidDefinition, renderLicence, renderReviewPage, renderSectionPage } from './render-pages.js';

type Snapshot = SnapshotFrom<AssessmentMachine>;

type FocusTarget = { kind: 'summary' } | { kind: 'heading' } | { kind: 'question'; targetId: string };

/**
 * Runs any valid instrument definition as an assessment: one section per
 * page, "Check your answers", and the score for the assessor. It ends in a
 * validated outcome record, dispatched as `ot-outcome`, exposed as `.value`
 * and submitted by a surrounding native `<form>` as JSON under `name`.
 * Progress is saved as a draft after every change and resumed on reload.
 * Given an `actor`, it shows and drives that assessment instead, and leaves
 * starting, stopping and saving it to the actor's owner.
 *
 * @fires ot-outcome - The assessment was completed; `detail` is the `AssessmentRecord` (an outcome record of kind "assessment").
 * @fires ot-error - The definition is invalid or not the adopted actor's instrument, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
 * @csspart error-summary - The list of problems shown after an attempt to continue.
 * @csspart score - The score shown to the assessor.
 * @csspart licence - The instrument's attribution and terms.
 * @csspart button - The main action button.
 * @csspart running-score - The score so far, shown with `running-score`.
 * @csspart label - A question's label or legend (forwarded from each question).
 * @csspart hint - A question's hint (forwarded from each question).
 * @csspart error - A question's error message (forwarded from each question).
 * @csspart control - A question's input, or its group of options (forwarded from each question).
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - Hints, captions and the licence.
 * @cssprop --ot-color-error - Colour of errors.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-link - Links such as "Change".
 * @cssprop --ot-color-border - Borders of inputs.
 * @cssprop --ot-color-rule - Lines between rows.
 * @cssprop --ot-color-surface - Background of inputs.
 * @cssprop --ot-color-muted-surface - Background of code in error messages.
 * @cssprop --ot-color-primary - Background of the main button and the completion panel.
 * @cssprop --ot-color-primary-text - Text on the main button and the completion panel.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the form grows.
 */
export class OtAssessment extends LitElement {
  static formAssociated = true;
  static override styles = [sharedStyles, formStyles];

  /** The instrument definition (an object or its JSON text). Invalid ones are shown as an error, never thrown. */
  @property({ attribute: false }) definition: unknown;

  /** The name under which a surrounding native form submits the record's JSON. */
  @property({ reflect: true }) name = '';

  /** Where the draft is saved. Defaults to one key per instrument version and subject. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** The host system's reference to the person assessed, written into the record. */
  @property({ attribute: 'subject-reference' }) subjectReference = '';

  /** The assessor's role, for example "Occupational therapist", written into the record. */
  @property({ attribute: 'assessor-role' }) assessorRole = '';

  /** The host system's reference to the assessor, written into the record. */
  @property({ attribute: 'assessor-reference' }) assessorReference = '';

  /** How the assessment was done: observed, self-report, proxy or interview. */
  @property({ attribute: 'administration-mode' }) administrationMode: AdministrationMode | '' = '';

  /** Which of the definition's band sets the record's band uses; the definition's default otherwise. */
  @property({ attribute: 'band-set' }) bandSet = '';

  /** Show the assessor the sum of the answered items under each page's questions. */
  @property({ type: Boolean, attribute: 'running-score' }) runningScore = false;

  /** When set, a surrounding form cannot be submitted until the assessment is complete. */
  @property({ type: Boolean, reflect: true }) required = false;

  /**
   * When set, nothing can be answered or submitted. A disabled ancestor `<fieldset>` sets it too, and clears
   * it again when it is enabled; only a host's own setting is reflected to the `disabled` attribute.
   */
  @property({ type: Boolean }) disabled = false;

  /** Where drafts are kept. From context when a provider is present, else localStorage. */
  @consume({ context: draftStorageContext, subscribe: true })
  @property({ attribute: false })
  storage?: DraftStorage;

  /**
   * An assessment actor someone else started and owns, for example a child an
   * episode machine invoked. While set, the element shows and drives it instead
   * of its own: it never starts, stops or persists it, reads and saves no draft
   * (the owner persists the actor) and sends it no `UPDATE_OPTIONS`, so the
   * details written into the record are the ones the owner started it with;
   * a form reset or restore leaves it alone. `definition` must still be given
   * and be the actor's instrument (same id and version), otherwise the element
   * shows the error state and fires `ot-error`. `null` (the default): the
   * element runs its own assessment, resumed from its draft.
   */
  @property({ attribute: false }) actor: ActorRefFrom<AssessmentMachine> | null = null;

  @state() private parsed: InstrumentDefinition | null = null;
  @state() private definitionIssues: readonly DefinitionIssue[] = [];
  @state() private record: AssessmentRecord | null = null;
  @state() private mismatch: DefinitionIssue | null = null;

  private readonly internals = this.attachInternals();
  private readonly formValue = new RecordFormValue(this.internals, messages.formIncomplete);
  private readonly controller = new ActorController<AssessmentMachine>(this, {
    onSnapshot: (snapshot) => this.onSnapshot(snapshot),
    onError: (error) => this.reportError({ kind: 'machine', message: String(error), issues: [] }),
    onEmitted: (event) => {
      if (event.type === 'ATTEMPT_FAILED') this.#attemptFailed = true;
    },
  });
  #machine: AssessmentMachine | null = null;
  /** Set when the machine says the attempt being sent (Continue, Submit) was refused. */
  #attemptFailed = false;
  /** The progress the browser handed back after back/forward navigation, until a start can use it. */
  #restored: unknown = null;
  #startToken = 0;
  #dirty = false;
  #focusTarget: FocusTarget | null = null;
  #reportedDefinition: unknown = undefined;
  #announced: unknown = null;

  /** The outcome record once the assessment is complete, otherwise `null`. */
  get value(): AssessmentRecord | null {
    return this.record;
  }

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    if (this.storageKey) return this.storageKey;
    const definition = this.parsed;
    const subject = this.subjectReference ? `:${this.subjectReference}` : '';
    return definition ? `otforms:draft:${definition.id}@${definition.version}${subject}` : '';
  }

  private readonly drafts = new DraftKeeper(
    () => (this.storage ??= new LocalStorageDraftStorage()),
    () => this.draftKey,
    (message) => this.reportError({ kind: 'storage', message, issues: [] }),
  );

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('disabled')) reflectOwnDisabled(this, this.disabled);
    if (changed.has('definition')) this.parseGivenDefinition();
    if (this.actor) {
      if (changed.has('actor') || changed.has('definition')) this.adoptGivenActor(this.actor);
      return;
    }
    if (changed.has('actor')) this.leaveAdoptedActor();
    const restartOn = ['definition', 'storageKey', 'subjectReference', 'bandSet', 'storage'] as const;
    if (this.parsed && (!this.controller.actor || restartOn.some((key) => changed.has(key)))) void this.start();
  }

  /** Shows and drives the owner's actor once the definition is known to be its instrument. */
  private adoptGivenActor(actor: ActorRefFrom<AssessmentMachine>): void {
    this.#startToken += 1; // an owned start still reading its draft must not replace the adopted actor
    this.leaveAdoptedActor();
    if (!this.parsed) return; // an invalid definition is shown and reported already
    this.mismatch = adoptedInstrumentMismatch(this.parsed, actor);
    if (this.mismatch) this.reportError({ kind: 'definition', message: this.mismatch.message, issues: [this.mismatch] });
    else this.controller.adopt(actor);
  }

  private leaveAdoptedActor(): void {
    if (this.controller.adopted) this.controller.stop();
    this.mismatch = null;
    this.record = null;
  }

  private parseGivenDefinition(): void {
    this.controller.stop();
    this.record = null;
    try {
      this.parsed = parseDefinition(this.definition);
      this.definitionIssues = [];
      this.#machine = createAssessmentMachine(this.parsed);
    } catch (error) {
      this.parsed = null;
      this.#machine = null;
      this.definitionIssues =
        error instanceof DefinitionError ? error.issues : [{ path: '', message: error instanceof Error ? error.message : String(error) }];
    }
  }

  /** Starts from the saved draft when there is a usable one, otherwise afresh. */
  private async start(): Promise<void> {
    const token = ++this.#startToken;
    const machine = this.#machine;
    const definition = this.parsed;
    if (!machine || !definition) return;
    this.#dirty = false;
    const read = this.drafts.read();
    const stored = read instanceof Promise ? await read : read;
    if (token !== this.#startToken) return;
    // A draft in storage is the latest; without one, the progress the browser handed back after back/forward navigation.
    const restored = this.#restored;
    this.#restored = null;
    const draft = stored ?? (readAssessmentDraft(restored, definition).resumable ? restored : null);
    const input = this.machineInput();
    const started = this.controller.startFromDraft(machine, input, draft, (saved) => readAssessmentDraft(saved, definition));
    if (started.outcome === 'resumed') {
      // A draft carries the details it started with; the host's current ones win.
      const { startedAt: _kept, ...options } = input;
      this.controller.send({ type: 'UPDATE_OPTIONS', options });
    } else if (started.outcome === 'failed') {
      this.reportError({ kind: 'draft', message: `The saved draft could not be resumed, so the assessment started again: ${String(started.error)}`, issues: [] });
    } else if (started.outcome === 'unusable') {
      this.reportError({ kind: 'draft', message: 'The saved draft does not belong to this version of the instrument, so the assessment started again.', issues: [] });
    }
  }

  private machineInput(): AssessmentInput {
    const assessor = { ...(this.assessorReference ? { reference: this.assessorReference } : {}), ...(this.assessorRole ? { role: this.assessorRole } : {}) };
    return {
      startedAt: new Date().toISOString(),
      ...(this.subjectReference ? { subjectReference: this.subjectReference } : {}),
      ...(Object.keys(assessor).length ? { assessor } : {}),
      ...(this.administrationMode ? { administrationMode: this.administrationMode } : {}),
      ...(this.bandSet ? { bandSetId: this.bandSet } : {}),
    };
  }

  private onSnapshot(snapshot: Snapshot): void {
    const actor = this.controller.actor;
    if (!actor) return;
    const adopted = this.controller.adopted;
    if (snapshot.status === 'done') {
      this.record = snapshot.output ?? null;
      if (!adopted) this.drafts.remove();
      this.updateFormValue();
      // An adopted actor is picked up again after a move or a new definition: its record is announced once.
      if (this.record && !(adopted && this.record === this.#announced)) this.dispatchEvent(new OtOutcomeEvent(this.record));
      this.#announced = this.record;
      return;
    }
    const persisted = actor.getPersistedSnapshot();
    if (this.#dirty && !adopted) this.drafts.save(persisted);
    this.updateFormValue(persisted);
  }

  private updateFormValue(progress: unknown = this.controller.actor?.getPersistedSnapshot()): void {
    const anchor = this.renderRoot.querySelector<HTMLElement>('[part="button"]') ?? undefined;
    this.formValue.update(this.record, progress, this.required, anchor);
  }

  private reportError(detail: OtErrorDetail): void {
    this.dispatchEvent(new OtErrorEvent(detail));
  }

  private send(event: AssessmentEvent): void {
    this.#dirty = true;
    this.controller.send(event);
  }

  /** Each question carries its path (render-question.ts): a top-level item, or an item of a repeating group's entry. */
  private onAnswer(event: OtAnswerEvent): void {
    event.stopPropagation();
    const { itemId, input, notAssessed, path = { itemId } } = event.detail;
    if ('groupId' in path) this.send({ type: 'ANSWER_ENTRY', itemId: path.groupId, index: path.index, childId: path.itemId, input });
    else this.send(notAssessed ? { type: 'NOT_ASSESSED', itemId: path.itemId } : { type: 'ANSWER', itemId: path.itemId, input });
  }

  /** Adding an entry moves focus into it; removing one moves focus to the group. */
  private readonly groupActions = {
    add: (groupId: string) => {
      this.send({ type: 'ADD_ENTRY', itemId: groupId });
      const entries = groupEntries(this.controller.snapshot?.context.responses.answers[groupId]);
      const group = this.parsed && allItems(this.parsed).find((item) => item.id === groupId);
      const first = group?.type === 'group' ? group.items[0] : undefined;
      if (first) this.#focusTarget = { kind: 'question', targetId: questionId(groupId, entries.length - 1, first.id) };
    },
    remove: (groupId: string, index: number) => {
      this.send({ type: 'REMOVE_ENTRY', itemId: groupId, index });
      this.#focusTarget = { kind: 'question', targetId: questionId(groupId) };
    },
  };

  /** Sends an attempt to move on and says whether the machine refused it. */
  private attempt(event: AssessmentEvent): boolean {
    this.#attemptFailed = false;
    this.send(event);
    return this.#attemptFailed;
  }

  private onContinue(event: Event): void {
    event.preventDefault();
    const before = this.controller.snapshot;
    if (this.attempt({ type: 'CONTINUE' })) this.#focusTarget = { kind: 'summary' };
    else if (this.controller.snapshot !== before) this.#focusTarget = { kind: 'heading' };
  }

  private onBack(): void {
    this.send({ type: 'BACK' });
    this.#focusTarget = { kind: 'heading' };
  }

  private onEdit(itemId: string): void {
    this.send({ type: 'EDIT', itemId });
    this.#focusTarget = { kind: 'question', targetId: questionId(itemId) };
  }

  private onSubmit(event: Event): void {
    event.preventDefault();
    const failed = this.attempt({ type: 'SUBMIT', completedAt: new Date().toISOString(), recordId: crypto.randomUUID() });
    this.#focusTarget = failed ? { kind: 'summary' } : { kind: 'heading' };
  }

  private async focusQuestion(targetId: string): Promise<void> {
    const question = this.renderRoot.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>(`#${CSS.escape(targetId)}`);
    // A question that has just been rendered has no inputs yet to delegate focus to.
    await question?.updateComplete;
    question?.focus();
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed);
    if (this.definitionIssues.length && this.#reportedDefinition !== this.definition) {
      this.#reportedDefinition = this.definition;
      this.reportError({ kind: 'definition', message: 'The instrument definition is not valid.', issues: this.definitionIssues });
    }
    if (changed.has('required')) this.updateFormValue();
    const target = this.#focusTarget;
    this.#focusTarget = null;
    if (!target) return;
    if (target.kind === 'question') void this.focusQuestion(target.targetId);
    else this.renderRoot.querySelector<HTMLElement>(target.kind === 'summary' ? '.error-summary' : '[data-page-heading]')?.focus();
  }

  override disconnectedCallback(): void {
    this.formValue.flush();
    super.disconnectedCallback();
  }

  formResetCallback(): void {
    if (this.actor) return; // the owner's actor is not the form's to reset
    this.record = null;
    this.#dirty = false;
    this.drafts.remove();
    if (this.#machine) this.controller.start(this.#machine, this.machineInput());
  }

  /**
   * After back/forward navigation the browser hands back the progress kept as form state, usually before
   * the host has given the definition and the storage: it is kept for the start, which uses it when
   * storage has no draft.
   */
  formStateRestoreCallback(state: string | File | FormData | null): void {
    if (typeof state !== 'string' || this.actor) return;
    try {
      this.#restored = JSON.parse(state);
    } catch {
      return; // A state the browser kept from another version of the page is not ours to resume.
    }
    if (this.controller.actor && this.parsed && readAssessmentDraft(this.#restored, this.parsed).resumable) void this.start();
  }

  formDisabledCallback(disabled: boolean): void {
    this.disabled = disabled;
  }

  override render() {
    if (this.definitionIssues.length) return renderInvalidDefinition(this.definitionIssues);
    if (this.mismatch) return renderInvalidDefinition([this.mismatch]);
    const definition = this.parsed;
    const snapshot = this.controller.snapshot;
    if (!definition || !snapshot) return html`<p class="hint" role="status">${messages.loading}</p>`;
    const { context } = snapshot;
    const page =
      snapshot.status === 'done' && this.record
        ? renderCompletedPage(definition, this.record)
        : snapshot.matches('review')
          ? renderReviewPage(definition, context, this.reviewView)
          : renderSectionPage(definition, context, { ...this.sectionView, disabled: this.disabled, runningScore: this.runningScore });
    return html`<div class="assessment" @ot-answer=${this.onAnswer}>${page} ${renderLicence(definition)}</div>`;
  }

  private readonly sectionView = {
    groupActions: this.groupActions,
    onBack: () => this.onBack(),
    onContinue: (event: Event) => this.onContinue(event),
    focusTarget: (targetId: string) => void this.focusQuestion(targetId),
  };

  private get reviewView() {
    return {
      disabled: this.disabled,
      onBack: () => this.onBack(),
      onEdit: (itemId: string) => this.onEdit(itemId),
      onSubmit: (event: Event) => this.onSubmit(event),
    };
  }
}
