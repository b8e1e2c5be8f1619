import { html, nothing, type TemplateResult } from 'lit';
import { live } from 'lit/directives/live.js';
import { fieldMessage, goalFieldKey, visiblePlanErrors, type DraftGoal, type GoalPlanContext } from '@otforms/machines';
import type { Catalogue } from '../i18n/catalogue.js';
import { levelText } from './gas-format.js';
import { planErrorsInWords, ratingId } from './goal-fields.js';
import { renderErrorMessage, renderPlanErrorSummary } from './render-plan-error-summary.js';

export interface ReviewPageView {
  t: Catalogue;
  disabled: boolean;
  onRate(goalId: string, level: number): void;
  onSave(event: Event): void;
  onCancel(): void;
  focusTarget(targetId: string): void;
}

const LEVELS = [-2, -1, 0, 1, 2] as const;
const levelKey = { [-2]: 'muchLess', [-1]: 'somewhatLess', 0: 'expected', 1: 'somewhatMore', 2: 'muchMore' } as const;

/**
 * Recording a review: for each goal, the person's words, then a five-level
 * scale they can follow, each level with its number, its words and the
 * goal's own description of it, and where they started marked in text.
 */
export function renderReviewPage(context: GoalPlanContext, view: ReviewPageView): TemplateResult | typeof nothing {
  const review = context.review;
  if (!review) return nothing;
  const { t } = view;
  const m = t.goals;
  const errors = visiblePlanErrors({ context: { showErrors: context.showErrors, errors: planErrorsInWords(m, context.errors) } });
  return html`
    ${renderPlanErrorSummary(m, errors.summary, view.focusTarget)}
    <p class="caption">${m.reviewCaption(t.format.date(review.date))}</p>
    <h2 data-page-heading tabindex="-1">${m.reviewTitle}</h2>
    <p class="description">${m.reviewIntro}</p>
    <form novalidate @submit=${view.onSave}>
      ${context.goals.map((goal, index) =>
        renderRating(goal, index + 1, review.levels[goal.id], fieldMessage(errors, goalFieldKey(goal.id, 'level')), view),
      )}
      <div class="button-group">
        <button class="button" part="button" ?disabled=${view.disabled}>${m.saveReview}</button>
        <button type="button" class="secondary" ?disabled=${view.disabled} @click=${view.onCancel}>${m.cancel}</button>
      </div>
    </form>
  `;
}

function renderRating(goal: DraftGoal, number: number, level: number | undefined, error: string, view: ReviewPageView) {
  const { t } = view;
  const m = t.goals;
  const id = ratingId(goal.id);
  const ids = { statement: `${id}-statement`, hint: `${id}-hint`, error: `${id}-error` };
  const describedBy = [ids.statement, ids.hint, error ? ids.error : ''].filter(Boolean).join(' ');
  const onChange = (event: Event) => view.onRate(goal.id, Number((event.target as HTMLInputElement).value));
  return html`
    <section class="rated-goal" aria-labelledby=${`${id}-title`}>
      <h3 id=${`${id}-title`}>${m.goalLegend(number)}</h3>
      <p class="statement" id=${ids.statement}>${goal.statement}</p>
      <div class="group ${error ? 'has-error' : ''}">
        <fieldset id=${id} class="scale" aria-describedby=${describedBy} ?disabled=${view.disabled} @change=${onChange}>
          <legend>${m.rateLegend(number)}</legend>
          <p class="hint" id=${ids.hint}>${m.rateHint}</p>
          ${renderErrorMessage(m, ids.error, error)}
          ${LEVELS.map((option) => {
            const optionId = `${id}-${option < 0 ? `minus-${-option}` : option}`;
            const description = goal.levels[levelKey[option]].trim();
            const started = goal.baseline === option;
            return html`<div class="option ${started ? 'baseline' : ''}">
              <input type="radio" id=${optionId} name=${id} .value=${String(option)} .checked=${live(level === option)}
                aria-describedby=${description || started ? `${optionId}-hint` : nothing} />
              <label for=${optionId}><span class="level-number">${levelText(t.format, option)}</span> ${m.levelWords[option]}</label>
              ${description || started
                ? html`<div class="hint option-hint" id=${`${optionId}-hint`}>
                    ${started ? html`<strong class="started">${m.whereTheyStarted}</strong>` : nothing} ${description}
                  </div>`
                : nothing}
            </div>`;
          })}
        </fieldset>
      </div>
    </section>
  `;
}
