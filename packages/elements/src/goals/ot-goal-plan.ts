import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { defaultGoalDomains, englandToday, type DraftStorage, type GoalPlanRecord } from '@otforms/core';
import {
  availableSeeds,
  goalPlanMachine,
  readGoalPlanDraft,
  toGoalPlan,
  type GoalPlanContext,
  type GoalPlanInput,
  type GoalPlanMachine,
  type GoalSeed,
} from '@otforms/machines';
import type { ActorRefFrom, SnapshotFrom } from 'xstate';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import { FormSession, startedAgain } from '../forms/form-session.js';
import { OtFormElement } from '../forms/ot-form-element.js';
import { renderSessionNotices, sessionNoticeStyles } from '../forms/session-notices.js';
import { draftStorageContext } from '../storage/draft-storage-context.js';
import { formStyles } from '../styles/form-styles.js';
import { sharedStyles } from '../styles/shared-styles.js';
import { goalPlanActions } from './goal-plan-actions.js';
import type { GoalDomain } from './goal-fields.js';
import { goalPlanStyles } from './goal-plan-styles.js';
import { optionTargetStyles } from '../styles/option-styles.js';
import { renderDraftingPage } from './render-drafting-page.js';
import { renderActivePage, renderClosedPage } from './render-plan-pages.js';
import { renderReviewPage } from './render-review-page.js';
import { goalsEn } from './goal-plan.en.js';
import { provideSourceWords } from '../i18n/registry.js';

type Snapshot = SnapshotFrom<GoalPlanMachine>;
type Weighting = NonNullable<GoalPlanInput['weighting']>;

/**
 * Reablement goal setting with goal attainment scaling (GAS), from drafting
 * to closing, in one element whose page follows the goal-plan machine:
 * drafting (goals in the person's own words, where they start, the five
 * levels, due dates, weights) → agreed (T-scores and chart, "Record a
 * review", "Close the plan") → reviewing (a five-level scale per goal) →
 * closed. One element rather than one per stage, so that a host places one
 * tag, keeps one draft and receives one record, whatever stage the plan is at.
 *
 * The closed plan's record is dispatched as `ot-outcome`, exposed as `.value`
 * and submitted by a surrounding native `<form>` as JSON under `name`.
 * Progress is saved as a draft after every change and resumed on reload.
 * Given an `actor`, it shows and drives that plan instead, and leaves
 * starting, stopping and saving it to the actor's owner.
 *
 * @fires {OtOutcomeEvent} ot-outcome - The plan was closed; `detail` is the `GoalPlanRecord` (an outcome record of kind "goal-plan"). It waits in the outbox, shown as not sent and announced again on the next load, until the host calls `ack()` or the promise given to `waitUntil()` resolves.
 * @fires {OtErrorEvent} ot-error - A draft could not be resumed, storage failed or the plan could not continue; `detail` is `{ kind, message, issues }`. Never thrown.
 * @fires {OtDraftKeptAsideEvent} ot-draft-kept-aside - A saved draft could not be resumed and was kept aside (never written over) before the form started afresh; `detail` is its `KeptAsideSummary`.
 * @csspart error-summary - The list of problems shown after an attempt to agree the plan or save a review.
 * @csspart score - The T-scores shown to the assessor.
 * @csspart chart - The `<ot-gas-chart>` of the agreed plan.
 * @csspart button - The main action button of each page.
 * @csspart chart-figure - The chart's figure (its `figure`, forwarded).
 * @csspart chart-caption - The chart's caption (its `caption`, forwarded).
 * @csspart chart-scale - The chart's SVG of the goals on the five-level scale (its `scale`, forwarded).
 * @csspart chart-legend - The chart's key (its `legend`, forwarded).
 * @csspart chart-t-score - The chart's SVG of the T-score (its `t-score`, forwarded).
 * @csspart chart-status - The chart's note that the plan, or some of its goals, have not been reviewed yet (its `status`, forwarded).
 * @csspart chart-figures - The chart's "Show the figures" disclosure (its `figures`, forwarded).
 * @csspart label - A question's label or legend (forwarded from each question).
 * @csspart hint - A question's hint (forwarded from each question).
 * @csspart error - A question's error message (forwarded from each question).
 * @csspart control - A question's input, or its group of options (forwarded from each question).
 * @cssprop --ot-color-text - Text colour.
 * @cssprop --ot-color-secondary-text - Hints and captions.
 * @cssprop --ot-color-error - Colour of errors.
 * @cssprop --ot-color-focus - Focus highlight.
 * @cssprop --ot-color-focus-text - Text on the focus highlight.
 * @cssprop --ot-color-link - Links.
 * @cssprop --ot-color-border - Borders of inputs.
 * @cssprop --ot-color-rule - Lines between goals and rows.
 * @cssprop --ot-color-surface - Background of inputs.
 * @cssprop --ot-color-muted-surface - Background of secondary buttons and the person's words.
 * @cssprop --ot-color-primary - Background of the main button and the confirmation panel.
 * @cssprop --ot-color-primary-text - Text on the main button and the confirmation panel.
 * @cssprop --ot-color-gas-baseline - The chart's baseline ring.
 * @cssprop --ot-color-gas-expected - The chart's expected-outcome diamond.
 * @cssprop --ot-color-gas-attained - The chart's attained dot and arrow.
 * @cssprop --ot-color-gas-expected-band - The chart's expected-outcome column.
 * @cssprop --ot-font-family - Font family.
 * @cssprop --ot-font-size - Base font size.
 * @cssprop --ot-space - The base spacing unit.
 * @cssprop --ot-max-width - The widest the form grows.
 */
export class OtGoalPlan extends OtFormElement<GoalPlanMachine, GoalPlanRecord> {
  static {
    // This element's words join en-GB as it is defined, so a page without it does not carry them.
    provideSourceWords({ goals: goalsEn });
  }

  static override styles = [sharedStyles, formStyles, optionTargetStyles, goalPlanStyles, sessionNoticeStyles];

  /** The name under which a surrounding native form submits the record's JSON. */
  @property({ reflect: true }) name = '';

  /** Where the draft is saved. Defaults to `otforms:draft:goal-plan`, then `:` and the subject reference when there is one. */
  @property({ attribute: 'storage-key' }) storageKey = '';

  /** The host system's reference to the person, written into the record. */
  @property({ attribute: 'subject-reference' }) subjectReference = '';

  /** The assessor's role, for example "Occupational therapist", written into the record. */
  @property({ attribute: 'assessor-role' }) assessorRole = '';

  /** The host system's reference to the assessor, written into the record. */
  @property({ attribute: 'assessor-reference' }) assessorReference = '';

  /** `unweighted`, or `importance-x-difficulty` to ask for both ratings and weight each goal by their product. Applies while drafting. */
  @property() weighting: Weighting = 'unweighted';

  /** The fewest goals a plan may be agreed with (the machine's default otherwise). Read when the plan starts. */
  @property({ type: Number, attribute: 'min-goals' }) minGoals?: number;

  /** The most goals a plan may have (the machine's default otherwise). Read when the plan starts. */
  @property({ type: Number, attribute: 'max-goals' }) maxGoals?: number;

  /** Allow a review that rates only some goals. Read when the plan starts. */
  @property({ type: Boolean, attribute: 'allow-partial-review' }) allowPartialReview = false;

  /** When set, a surrounding form cannot be submitted until the plan is closed. */
  @property({ type: Boolean, reflect: true }) required = false;

  /** Where drafts are kept. From context when a provider is present, else the browser default (IndexedDB). */
  @consume({ context: draftStorageContext, subscribe: true })
  @property({ attribute: false })
  storage?: DraftStorage;

  /**
   * The outcome domains a goal can be tagged with: codes are written into the
   * record. A domain without a label, and each of core's `defaultGoalDomains`,
   * is named by the catalogue (`goals.domains`), so in the page's language.
   */
  @property({ attribute: false }) domains: readonly GoalDomain[] = defaultGoalDomains;

  /**
   * What the person said in a strengths-based conversation, offered under
   * "From the conversation" while goals are drafted: each with a "Use as a
   * goal" button that starts a goal in exactly those words. Nothing is copied
   * unless the OT chooses it, and each is offered once. Ignored with an
   * `actor`: the owner gives the seeds it started the plan with.
   */
  @property({ attribute: false }) seeds: readonly GoalSeed[] = [];

  /** Hides "Close the plan", for a host that closes the plan itself (an episode closes it when its review is finished). */
  @property({ type: Boolean, attribute: 'hide-close' }) hideClose = false;

  /** Today as YYYY-MM-DD, for the dates a plan is agreed and reviewed on. Empty: today in England by the host's clock. */
  @property({ attribute: false }) today = '';

  /**
   * A goal-plan actor someone else started and owns, for example a child an
   * episode machine invoked. While set, the element shows and drives it instead
   * of its own: it never starts, stops or persists it, reads and saves no draft
   * (the owner persists the actor), and sends it neither `UPDATE_OPTIONS` nor
   * `SET_WEIGHTING`: the subject, assessor, weighting, goal limits and partial
   * reviews are the ones the owner started it with, and the attributes for them
   * are ignored; a form reset or restore leaves it alone. `domains`, `today`,
   * `disabled` and `required` apply as usual. `null` (the default): the element
   * runs its own plan, resumed from its draft.
   */
  @property({ attribute: false }) actor: ActorRefFrom<GoalPlanMachine> | null = null;

  protected readonly restartOn = ['storageKey', 'subjectReference', 'storage'] as const;

  protected readonly session = new FormSession<GoalPlanMachine, GoalPlanRecord>(this, {
    machine: () => ({ logic: goalPlanMachine, readDraft: readGoalPlanDraft }),
    input: () => this.machineInput(),
    // A draft carries the details it started with; the host's current ones win.
    resumed: ({ startedAt: _kept, ...options }) => {
      this.session.configure({ type: 'UPDATE_OPTIONS', options });
      this.applyWeighting();
    },
    refusedDraft: startedAgain('plan', 'is not a goal plan that can be resumed'),
    incomplete: () => this.t.goals.formIncomplete,
  });

  /** The outcome record once the plan is closed, otherwise `null`. */
  get value(): GoalPlanRecord | null {
    return this.session.record;
  }

  /** The key the draft is saved under. */
  get draftKey(): string {
    return this.storageKey || `otforms:draft:goal-plan${this.subjectReference ? `:${this.subjectReference}` : ''}`;
  }

  protected override adoptedActor(): ActorRefFrom<GoalPlanMachine> | null {
    return this.actor;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (changed.has('weighting') && !this.actor) this.applyWeighting();
    // Seeds often arrive after the plan started (a host fetches the conversation): the plan takes the current ones.
    if (changed.has('seeds') && !this.actor && this.session.snapshot) {
      const { startedAt: _kept, ...options } = this.machineInput();
      this.session.configure({ type: 'UPDATE_OPTIONS', options });
    }
  }

  private machineInput(): GoalPlanInput {
    const count = (value: number | undefined) => (value !== undefined && Number.isInteger(value) && value > 0 ? value : undefined);
    const minGoals = count(this.minGoals);
    const maxGoals = count(this.maxGoals);
    return {
      ...this.startDetails(),
      weighting: this.weighting === 'importance-x-difficulty' ? this.weighting : 'unweighted',
      ...(minGoals ? { minGoals } : {}),
      ...(maxGoals ? { maxGoals } : {}),
      ...(this.allowPartialReview ? { allowPartialReview: true } : {}),
      // Only the seed's own fields: the draft keeps them, and a host's object may carry more.
      ...(this.seeds.length ? { seeds: this.seeds.map(({ id, text, instrumentId, itemId, label }) => ({ id, text, instrumentId, itemId, label })) } : {}),
    };
  }

  /** While goals are drafted the host's weighting wins, also over a resumed draft's; once agreed it is part of the plan. */
  private applyWeighting(): void {
    const snapshot = this.session.snapshot;
    const weighting = this.weighting === 'importance-x-difficulty' ? this.weighting : 'unweighted';
    if (snapshot?.matches('drafting') && snapshot.context.weighting !== weighting) this.session.configure({ type: 'SET_WEIGHTING', weighting });
  }

  private onAnswer(event: OtAnswerEvent): void {
    event.stopPropagation();
    // Each goal's field carries its path (render-goal-fieldset.ts).
    const { path, input } = event.detail;
    if (path && 'goalId' in path) this.session.send({ type: 'EDIT_GOAL', goalId: path.goalId, field: path.field, value: input });
  }

  private readonly actions = goalPlanActions({
    snapshot: () => this.session.snapshot,
    send: (event) => {
      this.session.send(event);
      return this.session.snapshot;
    },
    attempt: (event) => this.session.attempt(event),
    today: () => this.today || englandToday(),
    focusAfterRender: (target) => this.session.focusAfterRender(target),
    focusNow: (targetId) => this.session.focusNow({ kind: 'element', ids: [targetId] }),
  });

  override render(): TemplateResult {
    const notices = renderSessionNotices(this.session.notices, this.session.takeOver, this.t);
    if (this.session.openElsewhere) return notices;
    const snapshot = this.session.snapshot;
    if (!snapshot) return html`${notices}<p class="hint" role="status">${this.t.goals.loading}</p>`;
    return html`${notices}<div class="goal-plan" @ot-answer=${this.onAnswer}>${this.renderPage(snapshot)}</div>`;
  }

  private renderPage(snapshot: Snapshot) {
    const { context } = snapshot;
    const { disabled, domains, actions, t } = this;
    const record = this.session.record;
    if (snapshot.status === 'done') return record ? renderClosedPage(t, record, domains) : nothing;
    if (snapshot.matches('drafting')) {
      const canAdd = snapshot.can({ type: 'ADD_GOAL', goalId: 'goal-probe' });
      return renderDraftingPage(context, { ...actions, t, disabled, domains, canAdd, seeds: availableSeeds(snapshot) });
    }
    if (snapshot.matches('reviewing')) return renderReviewPage(context, { ...actions, t, disabled });
    const plan = agreedPlan(context);
    if (plan instanceof Error) return html`<p class="error-message" role="alert">${t.goals.agreedPlanProblem(plan.message)}</p>`;
    const { onClose, ...rest } = actions;
    return renderActivePage(plan, { ...rest, ...(this.hideClose ? {} : { onClose }), t, disabled, domains });
  }
}

/** The agreed plan as core's GoalPlan; an Error for a plan the machine let through but core cannot read. */
function agreedPlan(context: GoalPlanContext) {
  try {
    return toGoalPlan(context);
  } catch (error) {
    return new Error(error instanceof Error ? error.message : String(error));
  }
}
