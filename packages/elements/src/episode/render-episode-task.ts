import { html, nothing, type TemplateResult } from 'lit';
import type { EpisodeRecord, InstrumentDefinition } from '@otforms/core';
import {
  assessmentChild,
  currentAssessment,
  currentTask,
  goalPlanChild,
  homeVisitChild,
  reviewStage,
  taskStatuses,
  type EpisodeEvent,
  type EpisodeMachine,
  type RevisitableTask,
} from '@otforms/machines';
import type { SnapshotFrom } from 'xstate';
import { episodeAssessmentParts, episodeSummaryParts, exportParts, goalPlanParts } from '../styles/parts.js';
import {
  renderClosurePage,
  renderEpisodeErrorSummary,
  renderFollowUpPage,
  renderInterventionPage,
  renderReferralPage,
  type EpisodePageView,
} from './render-episode-pages.js';
import { renderTaskList, taskId } from './render-task-list.js';

/** The nested forms' parts, forwarded as they are; the summary's as `summary-figure` and so on (see styles/parts.ts). */
const assessmentExport = exportParts(episodeAssessmentParts);
const goalPlanExport = exportParts(goalPlanParts);
const summaryParts = exportParts(episodeSummaryParts, 'summary-');

type Snapshot = SnapshotFrom<EpisodeMachine>;

/** What drawing the episode needs from its element. */
export interface EpisodeView {
  snapshot: Snapshot;
  record: EpisodeRecord | null;
  instruments: readonly InstrumentDefinition[];
  /** The home visit's definitions, for the nested `<ot-home-visit>`; empty when the episode has no home visit. */
  homeVisitDefinitions: readonly InstrumentDefinition[];
  /** The outcome domains the goal plan's goals can be tagged with. */
  domains: readonly { code: string; label: string }[];
  /** Today as YYYY-MM-DD for the nested goal plan; empty for the host's clock. */
  today: string;
  page: EpisodePageView;
  send(event: EpisodeEvent): void;
  /** The host's clock, ISO date-time: the machine stays deterministic. */
  now(): string;
}

/** The task list, with the closed episode's panel and summary above it once there is a record. */
export function renderOverview({ snapshot, record, page, send }: EpisodeView): TemplateResult {
  const m = page.t.episode;
  const done = snapshot.status === 'done';
  return html`
    ${record
      ? html`<div class="panel">
            <h2 data-page-heading tabindex="-1">${done ? m.doneHeading : m.closedHeading}</h2>
            <p>${done ? m.doneBody : m.closedBody}</p>
          </div>
          <ot-episode-summary part="summary" exportparts=${summaryParts} .record=${record}></ot-episode-summary>`
      : nothing}
    ${done
      ? nothing
      : renderTaskList({
          m,
          tasks: taskStatuses(snapshot),
          revisitable: snapshot.context.revisitable,
          disabled: page.disabled,
          onOpen: () => send({ type: 'OPEN_TASK' }),
          onRevisit: (task) => send({ type: 'REVISIT', task: task as RevisitableTask }),
        })}
  `;
}

/** The page of the task under way, or of a completed task opened again, after a "Back to tasks" link. */
export function renderTask(view: EpisodeView): TemplateResult | typeof nothing {
  const { snapshot, page, send, now } = view;
  const m = page.t.episode;
  const back = html`<a class="back-link" href=${`#${taskId(currentTask(snapshot) ?? 'referral')}`} @click=${(event: Event) => (event.preventDefault(), send({ type: 'SHOW_TASKS' }))}
    >${m.backToTasks}</a
  >`;
  const proceed = () => send({ type: 'CONTINUE', at: now() });
  const next = { label: m.continue, onClick: proceed };
  const { revisiting } = snapshot.context;
  if (revisiting) {
    const save = { label: m.saveAndReturn, onClick: () => send({ type: 'SAVE_REVISIT' }) };
    return html`${back}${revisiting === 'referral' ? renderReferralPage(page, save) : renderInterventionPage(page, save)}`;
  }
  switch (currentTask(snapshot)) {
    case 'referral':
      return html`${back}${renderReferralPage(page, next)}`;
    case 'initial-assessment':
      return html`${back}${renderAssessment(view, m.initialAssessmentCaption)}`;
    case 'home-visit':
      return html`${back}<h2 data-page-heading tabindex="-1">${m.tasks['home-visit']}</h2>
        ${renderHomeVisit(view)}`;
    case 'goal-setting':
      return html`${back}<h2 data-page-heading tabindex="-1">${m.tasks['goal-setting']}</h2>
        ${renderGoalPlan(view)}`;
    case 'intervention':
      return currentAssessment(snapshot)
        ? html`${back}${renderAssessment(view, m.interimAssessmentCaption)}`
        : html`${back}${renderInterventionPage(page, next, () => send({ type: 'START_INTERIM', at: now() }))}`;
    case 'review':
      return html`${back}${renderReview(view, proceed)}`;
    case 'closure':
      return html`${back}${renderClosurePage(page, () => send({ type: 'CLOSE', completedAt: now(), recordId: crypto.randomUUID() }))}`;
    case 'follow-up':
      return html`${back}${renderFollowUpPage(page, () => send({ type: 'FINISH', completedAt: now() }))}`;
    default:
      return nothing;
  }
}

/** The episode's assessment under way, shown by a nested `<ot-assessment>` that drives the machine's own child. */
function renderAssessment({ snapshot, instruments, page }: EpisodeView, caption: string) {
  const m = page.t.episode;
  const current = currentAssessment(snapshot);
  const definition = current && instruments[current.instrumentIndex];
  if (!current || !definition) return nothing;
  return html`<h2 data-page-heading tabindex="-1">${caption}</h2>
    <p class="caption">${m.assessmentTitle(definition.title, current.instrumentIndex + 1, instruments.length)}</p>
    <ot-assessment class="child" exportparts=${assessmentExport} .definition=${definition} .actor=${assessmentChild(snapshot) ?? null} ?disabled=${page.disabled}></ot-assessment>`;
}

function renderGoalPlan({ snapshot, today, domains, page }: EpisodeView) {
  // The error summary's "goals" link lands on the wrapper: a tabindex on the goal plan's own host would take its whole shadow tree out of the tab order.
  return html`<div id="goals" class="child" tabindex="-1">
    <ot-goal-plan hide-close exportparts=${goalPlanExport} .today=${today} .domains=${domains} .actor=${goalPlanChild(snapshot) ?? null} ?disabled=${page.disabled}></ot-goal-plan>
  </div>`;
}

/** The home visit under way, shown by a nested `<ot-home-visit>` that drives the machine's own child; its parts are an assessment's. */
function renderHomeVisit({ snapshot, homeVisitDefinitions, today, page }: EpisodeView) {
  const actor = homeVisitChild(snapshot);
  if (!actor) return nothing;
  return html`<ot-home-visit class="child" exportparts=${assessmentExport} .definitions=${homeVisitDefinitions} .today=${today} .actor=${actor} ?disabled=${page.disabled}></ot-home-visit>`;
}

/** The review: the goals first, then the final assessment, then finishing it (which closes the goal plan). */
function renderReview(view: EpisodeView, proceed: () => void) {
  const { snapshot, page, send, now } = view;
  const m = page.t.episode;
  const stage = reviewStage(snapshot);
  if (stage === 'final-assessment') return renderAssessment(view, m.finalAssessmentCaption);
  if (stage === 'ready') {
    const finish = () => send({ type: 'FINISH_REVIEW', completedAt: now(), recordId: crypto.randomUUID() });
    // A goal review opened since (only a headless host can) must be saved or cancelled: the plan is shown to do it.
    return html`${renderEpisodeErrorSummary(page)}
      <h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
      <p class="description">${m.reviewReadyIntro}</p>
      ${page.errors.summary.length > 0 ? renderGoalPlan(view) : nothing}
      <button type="button" class="button" part="button" ?disabled=${page.disabled} @click=${finish}>${m.finishReview}</button>`;
  }
  return html`${renderEpisodeErrorSummary(page)}
    <h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
    <p class="description">${m.reviewGoalsIntro}</p>
    ${renderGoalPlan(view)}
    ${
      // One main action at a time: reviewing the goals until they are reviewed, then continuing.
      snapshot.context.goalPlanProgress.reviewed
        ? html`<button type="button" class="button" part="button" ?disabled=${page.disabled} @click=${proceed}>${m.continueToAssessment}</button>`
        : html`<button type="button" class="secondary" ?disabled=${page.disabled} @click=${proceed}>${m.continueToAssessment}</button>`
    }`;
}
