import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { visiblePlanErrors, type GoalPlanContext, type GoalSeed } from '@otforms/machines';
import { planErrorsInWords } from './goal-fields.js';
import { renderGoalFieldset, type GoalFieldsetView } from './render-goal-fieldset.js';
import { renderErrorMessage, renderPlanErrorSummary } from './render-plan-error-summary.js';
import { renderSeeds } from './render-seeds.js';

export interface DraftingPageView extends Omit<GoalFieldsetView, 'number' | 'count' | 'errors' | 'weighted'> {
  /** Whether the machine would take another goal. */
  canAdd: boolean;
  /** What the person said that has not been started as a goal yet (`availableSeeds`). */
  seeds: readonly GoalSeed[];
  onAdd(): void;
  onUseSeed(seedId: string): void;
  onAgree(event: Event): void;
  focusTarget(targetId: string): void;
}

/**
 * Drafting: what the person said in the conversation, if anything, to start
 * goals from; every goal in its own fieldset, "Add a goal" until the plan is
 * full, and "Agree the plan".
 */
export function renderDraftingPage(context: GoalPlanContext, view: DraftingPageView): TemplateResult {
  const { goals } = context;
  const m = view.t.goals;
  const errors = visiblePlanErrors({ context: { showErrors: context.showErrors, errors: planErrorsInWords(m, context.errors) } });
  const planErrorId = errors.plan.length ? 'goals-error' : '';
  const fieldsetView = { ...view, count: goals.length, errors, weighted: context.weighting === 'importance-x-difficulty' };
  return html`
    ${renderPlanErrorSummary(m, errors.summary, view.focusTarget)}
    <h2 data-page-heading tabindex="-1">${m.draftingTitle}</h2>
    <p class="description">${m.draftingIntro}</p>
    ${renderSeeds(view)}
    <form novalidate @submit=${view.onAgree}>
      <div id="goals" class="goals ${errors.plan.length ? 'has-error' : ''}" role="group" aria-label=${m.goalsLabel} tabindex="-1"
        aria-describedby=${planErrorId || nothing}>
        ${renderErrorMessage(m, planErrorId, errors.plan.join('. '))}
        ${goals.length
          ? repeat(goals, (goal) => goal.id, (goal, index) => renderGoalFieldset(goal, { ...fieldsetView, number: index + 1 }))
          : html`<p class="hint">${m.noGoals}</p>`}
        ${view.canAdd
          ? html`<button type="button" class="secondary" id="add-goal" ?disabled=${view.disabled} @click=${view.onAdd}>${m.addGoal}</button>`
          : html`<p class="hint">${m.goalLimit(goals.length)}</p>`}
      </div>
      <button class="button" part="button" ?disabled=${view.disabled}>${m.agree}</button>
    </form>
  `;
}
