import { html, nothing, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { ref } from 'lit/directives/ref.js';
import type { QuestionItem } from '@otforms/core';
import { fieldMessage, goalFieldKey, type DraftGoal, type GoalField, type VisiblePlanErrors } from '@otforms/machines';
import { forwardedQuestionParts } from '../styles/parts.js';
import type { Catalogue } from '../i18n/catalogue.js';
import { domainItem, goalFieldId, goalItems, levelFields, type GoalDomain } from './goal-fields.js';

export interface GoalFieldsetView {
  /** The words, in the page's language. */
  t: Catalogue;
  number: number;
  count: number;
  /** The plan's visible errors, from `visiblePlanErrors`. */
  errors: VisiblePlanErrors;
  weighted: boolean;
  disabled: boolean;
  domains: readonly GoalDomain[];
  onMove(goalId: string, to: number): void;
  onRemove(goalId: string): void;
}

/**
 * One goal being drafted, in its own fieldset "Goal N": the person's words
 * first, then where they start, the five levels (−2 to +2), the due date,
 * the weights when the plan is weighted, an optional SMART breakdown, and
 * buttons that name the goal they act on.
 */
export function renderGoalFieldset(goal: DraftGoal, view: GoalFieldsetView): TemplateResult {
  const { number, count, disabled, t } = view;
  const m = t.goals;
  const items = goalItems(t);
  const field = (name: GoalField, item: QuestionItem) => renderField(goal, name, item, fieldMessage(view.errors, goalFieldKey(goal.id, name)), disabled);
  const levelsHint = `goal-${goal.id}-levels-hint`;
  return html`
    <fieldset class="goal" id=${`goal-${goal.id}`}>
      <legend class="goal-legend">${m.goalLegend(number)}</legend>
      ${field('statement', items.statement)} ${field('domain', domainItem(t, view.domains))} ${field('baseline', items.baseline)}
      <fieldset class="levels" aria-describedby=${levelsHint}>
        <legend>${m.levelsLegend}</legend>
        <p class="hint" id=${levelsHint}>${m.levelsHint}</p>
        ${levelFields.map(({ field: name }) => field(name, items[name]))}
      </fieldset>
      ${field('dueDate', items.dueDate)}
      ${view.weighted ? html`${field('importance', items.importance)} ${field('difficulty', items.difficulty)}` : nothing}
      <details class="smart" ${ref(goal.smart.what || goal.smart.howWell || goal.smart.byWhen ? openDetails : undefined)}>
        <summary>${m.smartSummary}</summary>
        <div class="details-text">
          ${field('smart.what', items['smart.what'])} ${field('smart.howWell', items['smart.howWell'])}
          ${field('smart.byWhen', items['smart.byWhen'])}
        </div>
      </details>
      <div class="goal-actions">
        ${number > 1
          ? html`<button type="button" class="secondary" id=${`move-up-${goal.id}`} ?disabled=${disabled} @click=${() => view.onMove(goal.id, number - 2)}>
              ${m.moveUp}<span class="visually-hidden">${m.ofGoal(number)}</span>
            </button>`
          : nothing}
        ${number < count
          ? html`<button type="button" class="secondary" id=${`move-down-${goal.id}`} ?disabled=${disabled} @click=${() => view.onMove(goal.id, number)}>
              ${m.moveDown}<span class="visually-hidden">${m.ofGoal(number)}</span>
            </button>`
          : nothing}
        <button type="button" class="secondary" id=${`remove-${goal.id}`} ?disabled=${disabled} @click=${() => view.onRemove(goal.id)}>
          ${m.removeGoal(number)}
        </button>
      </div>
    </fieldset>
  `;
}

/** One field as the form's own question element; its path says where its `ot-answer` goes (`data-field` is for the styles). */
function renderField(goal: DraftGoal, field: GoalField, item: QuestionItem, error: string, disabled: boolean) {
  const value = fieldValue(goal, field);
  return guard([goal.id, item, value, error, disabled], () =>
    item.type === 'single-choice'
      ? html`<ot-choice-question id=${goalFieldId(goal.id, field)} exportparts=${forwardedQuestionParts} data-field=${field}
          .item=${item} .path=${{ goalId: goal.id, field }} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-choice-question>`
      : html`<ot-input-question id=${goalFieldId(goal.id, field)} exportparts=${forwardedQuestionParts} data-field=${field}
          .item=${item} .path=${{ goalId: goal.id, field }} .value=${value} .error=${error} .disabled=${disabled}
        ></ot-input-question>`,
  );
}

/** A field's current value as the text a question element shows. */
function fieldValue(goal: DraftGoal, field: GoalField): string {
  switch (field) {
    case 'baseline':
    case 'importance':
    case 'difficulty':
      return goal[field] === null ? '' : String(goal[field]);
    case 'statement':
    case 'domain':
    case 'dueDate':
      return goal[field];
    default: {
      const [group, key] = field.split('.') as ['smart' | 'levels', string];
      return (goal[group] as Record<string, string>)[key] ?? '';
    }
  }
}

/**
 * Opens a SMART breakdown that has text (a resumed draft), once: binding
 * `open` instead would close it under the person's cursor as they clear it.
 */
function openDetails(element?: Element): void {
  if (element instanceof HTMLDetailsElement) element.open = true;
}
