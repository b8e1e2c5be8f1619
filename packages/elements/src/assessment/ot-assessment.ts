import { css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { localiseDefinition, parseDefinition, type AdministrationMode, type AssessmentRecord, type DefinitionIssue, type DraftStorage, type InstrumentDefinition } from '@otforms/core';
import { createAssessmentMachine, readAssessmentDraft, type AssessmentInput, type AssessmentMachine } from '@otforms/machines';
import type { ActorRefFrom } from 'xstate';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { definitionIssues } from '../forms/definition-issues.js';
import { FormSession, startedAgain, type FormMachine } from '../forms/form-session.js';
import { OtFormElement } from '../forms/ot-form-element.js';
import { auditedSettingsUpdate } from '../forms/audited-settings.js';
import { renderSessionNotices, sessionNoticeStyles } from '../forms/session-notices.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { adoptedInstrumentMismatch } from './adopted-assessment.js';
import { assessmentActions } from './assessment-actions.js';
import { renderCompletedPage, renderInvalidDefinition, renderLicence, renderReviewPage, renderSectionPage, renderSourceLanguageNotice } from './render-pages.js';
import { hasPhotoQuestion, loadPhotoQuestion } from '../questions/load-photo-question.js';
import { textLanguages } from './text-language.js';
import { eventMessages } from '../forms/event-messages.js';

/**
 * Runs any valid instrument definition as an assessment: one section per
 * page, "Check your answers", and the score for the assessor. It ends in a
 * validated outcome record, dispatched as `ot-outcome`, exposed as `.value`
 * and submitted by a surrounding native `<form>` as JSON under `name`.
 * Progress is saved as a draft after every change and resumed on reload.
 * Given an `actor`, it shows and drives that assessment instead, and leaves
 * starting, stopping and saving it to the actor's owner.
 *
 * @fires {OtOutcomeEvent} ot-outcome - The assessment was completed; `detail` is the `AssessmentRecord` (an outcome record of kind "assessment"). It waits in the outbox, shown as not sent and announced again on the next load, until the host calls `ack()` or the promise given to `waitUntil()` resolves.
 * @fires {OtErrorEvent} ot-error - The definition is invalid or not the adopted actor's instrument, a draft could not be resumed, or storage failed; `detail` is `{ kind, message, issues }`. Never thrown.
 * @fires {OtDraftKeptAsideEvent} ot-draft-kept-aside - A saved draft could not be resumed and was kept aside (never written over) before the form started afresh; `detail` is its `KeptAsideSummary`.
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
export class OtAssessment extends OtFormElement<AssessmentMachine, AssessmentRecord> {
  static override styles = [
    sharedStyles,
    formStyles,
    sessionNoticeStyles,
    // GOV.UK inset text, for the notice that the instrument is shown in another language than the interface's.
    css`
      .inset-text {
        margin: 0 0 calc(var(--_space) * 1.5);
        padding: calc(var(--_space) * 0.5) var(--_space);
        border-left: 0.625rem solid var(--_rule);
      }
    `,
  ];

  /** The instrument definition (an object or its JSON text), checked in full, or one the host trusts: `loadDefinition(compiledJsonYouShip)` (a definition your own build compiled), taken without checking it again. A compiled definition given here as it is is not trusted: its `definition` is checked in full. Invalid ones are shown as an error, never thrown. */
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

  /**
   * Keep the full history of the answers in the record: with it, each answer's entry in `answerAudit` also has
   * `changes`, every change with who made it, when, and the value given. Without it, the audit says only who gave
   * each answer first and who changed it last, and when. Read when the assessment starts and when its draft is
   * resumed; a draft started with it keeps it (see docs/council-back-end.md, "The audit of answers").
   */
  @property({ type: Boolean, attribute: 'audit-history' }) auditHistory = false;

  /** When set, a surrounding form cannot be submitted until the assessment is complete. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Where drafts are kept. From context when a provider is present, else the browser default (IndexedDB). */
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
  @state() private mismatch: DefinitionIssue | null = null;
  #machine: FormMachine<AssessmentMachine> | null = null;

  protected readonly restartOn = ['definition', 'storageKey', 'subjectReference', 'bandSet', 'storage'] as const;

  protected readonly session = new FormSession<AssessmentMachine, AssessmentRecord>(this, {
    machine: () => this.#machine,
    input: () => this.machineInput(),
    // A draft carries the details it started with; the host's current ones win.
    resumed: ({ startedAt: _kept, ...options }) => this.session.configure({ type: 'UPDATE_OPTIONS', options }),
    refusedDraft: startedAgain('assessment', 'does not belong to this version of the instrument'),
    incomplete: () => this.t.assessment.formIncomplete,
  });

  /** The outcome record once the assessment is complete, otherwise `null`. */
  get value(): AssessmentRecord | null {
    return this.session.record;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    if (this.storageKey) return this.storageKey;
    const definition = this.parsed;
    const subject = this.subjectReference ? `:${this.subjectReference}` : '';
    return definition ? `otforms:draft:${definition.id}@${definition.version}${subject}` : '';
  }

  protected override adoptedActor(): ActorRefFrom<AssessmentMachine> | null {
    return this.actor;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const running = !this.actor && this.session.snapshot !== null;
    if (changed.has('definition')) this.parseGivenDefinition();
    if (!this.actor) this.mismatch = null;
    super.willUpdate(changed);
    const options = auditedSettingsUpdate(
      changed as Map<PropertyKey, unknown>,
      this.restartOn,
      running,
      () => {
        const { startedAt: _kept, ...settings } = this.machineInput();
        return settings;
      },
      this.auditHistory,
    );
    if (options) this.session.configure({ type: 'UPDATE_OPTIONS', options });
  }

  /** Shows and drives the owner's actor once the definition is known to be its instrument. */
  protected override adopt(actor: ActorRefFrom<AssessmentMachine>): void {
    this.mismatch = this.parsed && adoptedInstrumentMismatch(this.parsed, actor);
    if (this.mismatch) this.session.report({ kind: 'definition', message: this.mismatch.message, issues: [this.mismatch] });
    if (this.parsed && !this.mismatch) super.adopt(actor);
    else this.session.stop(); // the error state shows instead, and the actor is left alone
  }

  private parseGivenDefinition(): void {
    this.session.stop();
    try {
      const definition = parseDefinition(this.definition);
      this.#machine = { logic: createAssessmentMachine(definition), readDraft: (stored) => readAssessmentDraft(stored, definition), draftsAsChanges: true };
      this.parsed = definition;
      this.definitionIssues = [];
      if (hasPhotoQuestion(definition)) loadPhotoQuestion().catch(() => this.session.report({ kind: 'load', message: eventMessages.photoQuestionNotLoaded, issues: [] }));
    } catch (error) {
      this.parsed = null;
      this.#machine = null;
      this.definitionIssues = definitionIssues(error);
      this.session.report({ kind: 'definition', message: 'The instrument definition is not valid.', issues: this.definitionIssues });
    }
  }

  private machineInput(): AssessmentInput {
    return {
      ...this.startDetails(),
      ...(this.administrationMode ? { administrationMode: this.administrationMode } : {}),
      ...(this.bandSet ? { bandSetId: this.bandSet } : {}),
      // Only ever turned on here: the machine keeps a draft's full history when its options leave it out.
      ...(this.auditHistory ? { auditHistory: true } : {}),
    };
  }

  /** Each question carries its path (render-question.ts): a top-level item, or an item of a repeating group's entry. */
  private onAnswer(event: OtAnswerEvent): void {
    event.stopPropagation();
    const { itemId, input, notAssessed, attachments, path = { itemId } } = event.detail;
    if (!('itemId' in path)) return; // not an assessment's question
    // When the person answered, for the record's audit of answers: stamped here, so the machine stays a function of its events.
    const at = new Date().toISOString();
    if ('groupId' in path) this.session.send({ type: 'ANSWER_ENTRY', itemId: path.groupId, index: path.index, childId: path.itemId, input, at });
    // A photo question's answer is its photos: the machine keeps their ids as the answer and the photos with the responses.
    else this.session.send(notAssessed ? { type: 'NOT_ASSESSED', itemId: path.itemId, at } : { type: 'ANSWER', itemId: path.itemId, input: attachments ?? input, at });
  }

  private readonly actions = assessmentActions(this.session, () => this.parsed);

  override render(): TemplateResult {
    const t = this.t;
    const notices = renderSessionNotices(this.session.notices, this.session.takeOver, t);
    if (this.definitionIssues.length) return renderInvalidDefinition(this.definitionIssues, t);
    if (this.mismatch) return renderInvalidDefinition([this.mismatch], t);
    if (this.session.openElsewhere) return notices;
    const source = this.parsed;
    const snapshot = this.session.snapshot;
    if (!source || !snapshot) return html`${notices}<p class="hint" role="status">${t.assessment.loading}</p>`;
    // The machine and the record keep the source definition; the pages show its text in the interface's language when it has it.
    const shown = localiseDefinition(source, t.locale);
    const definition = shown.definition;
    const words = { t, textLang: shown.language, languages: textLanguages(source, shown) };
    const { context } = snapshot;
    const record = this.session.record;
    const { actions, disabled } = this;
    const page =
      snapshot.status === 'done' && record
        ? renderCompletedPage(definition, record, words)
        : snapshot.matches('review')
          ? renderReviewPage(definition, context, { ...actions, disabled }, words)
          : renderSectionPage(definition, context, { ...actions, disabled, runningScore: this.runningScore }, words);
    const notice = !shown.translated && !sameLanguage(shown.language, t.locale) ? renderSourceLanguageNotice(shown.language, t) : nothing;
    const licence = renderLicence(definition, { ...words, licenceLang: source.languages[0] ?? shown.language, translationSource: shown.source });
    return html`${notices}<div class="assessment" @ot-answer=${this.onAnswer}>${notice}${page} ${licence}</div>`;
  }
}

/** Whether two BCP 47 tags name the same language (`en-GB` and `en` do; regional differences are not a notice's business). */
function sameLanguage(a: string, b: string): boolean {
  return a.split('-')[0]!.toLowerCase() === b.split('-')[0]!.toLowerCase();
}
