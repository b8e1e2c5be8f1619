import { fixture, html } from '@open-wc/testing';
import { MemoryDraftStorage } from '@otforms/core';
import type { GoalField } from '@otforms/machines';
import type { OtGoalPlan } from '../goals/ot-goal-plan.js';

/** The dates the tests agree and review plans on (the element's `today`). */
export const AGREED = '2026-11-22';
export const REVIEWED = '2026-12-20';

/** One goal as a test writes it: the text and codes the form takes. */
export interface GoalEntry {
  statement: string;
  baseline: '-1' | '-2';
  expected: string;
  dueDate: string;
  domain?: string;
  importance?: string;
  difficulty?: string;
}

/**
 * Drives an `<ot-goal-plan>` through its real DOM, the way a pointer user
 * would: clicks on radios and buttons, typing into inputs.
 */
export class GoalPlanDriver {
  constructor(readonly element: OtGoalPlan) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  goalIds(): string[] {
    return [...this.root.querySelectorAll('fieldset.goal')].map((fieldset) => fieldset.id.slice('goal-'.length));
  }

  field(goalId: string, field: GoalField): HTMLElement {
    const element = this.root.querySelector<HTMLElement>(`#goal-${goalId}-${field.replace('.', '-')}`);
    if (!element) throw new Error(`No field ${field} for goal ${goalId} on this page`);
    return element;
  }

  async type(goalId: string, field: GoalField, text: string): Promise<void> {
    const input = this.field(goalId, field).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.blur();
    await this.settle();
  }

  async choose(goalId: string, field: GoalField, code: string): Promise<void> {
    const radios = [...this.field(goalId, field).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const radio = radios.find((input) => input.value === code);
    if (!radio) throw new Error(`No option ${code} for ${field}; options are ${radios.map((input) => input.value).join(', ')}`);
    radio.click();
    await this.settle();
  }

  /** Adds a goal and fills it in; returns its id. */
  async addGoal(goal?: GoalEntry): Promise<string> {
    await this.click('Add a goal');
    const goalId = this.goalIds().at(-1)!;
    if (!goal) return goalId;
    await this.type(goalId, 'statement', goal.statement);
    if (goal.domain) await this.choose(goalId, 'domain', goal.domain);
    await this.choose(goalId, 'baseline', goal.baseline);
    await this.type(goalId, 'levels.expected', goal.expected);
    await this.type(goalId, 'dueDate', goal.dueDate);
    if (goal.importance) await this.choose(goalId, 'importance', goal.importance);
    if (goal.difficulty) await this.choose(goalId, 'difficulty', goal.difficulty);
    return goalId;
  }

  async rate(goalId: string, level: number): Promise<void> {
    const radio = this.root.querySelector<HTMLInputElement>(`#rating-${goalId} input[value="${level}"]`);
    if (!radio) throw new Error(`No level ${level} for goal ${goalId} on this page`);
    radio.click();
    await this.settle();
  }

  /** Clicks the button whose text, visible and hidden, is `text`. */
  async click(text: string): Promise<void> {
    const button = [...this.root.querySelectorAll<HTMLButtonElement>('button')].find((candidate) => normalise(candidate.textContent) === text);
    if (!button) throw new Error(`No button "${text}"; buttons are ${this.buttons().join(', ')}`);
    button.click();
    await this.settle();
  }

  buttons(): string[] {
    return [...this.root.querySelectorAll('button')].map((button) => normalise(button.textContent));
  }

  heading(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-page-heading]');
  }

  errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.error-summary');
  }

  errorLinks(): string[] {
    return [...this.root.querySelectorAll('.error-summary a')].map((link) => normalise(link.textContent));
  }

  /** The T-scores shown, by their label. */
  scoreRows(): Record<string, string> {
    const rows = this.root.querySelectorAll('.score .summary-row');
    return Object.fromEntries([...rows].map((row) => [normalise(row.querySelector('dt')!.textContent), normalise(row.querySelector('dd')!.textContent)]));
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    for (const question of this.root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('ot-input-question, ot-choice-question, ot-gas-chart')) {
      await question.updateComplete;
    }
  }
}

const normalise = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

/** A goal due on the review date, its expected outcome made from its words. */
export const goal = (statement: string, baseline: '-1' | '-2', weights: Partial<GoalEntry> = {}): GoalEntry => ({
  statement,
  baseline,
  expected: `${statement}, with a little help`,
  dueDate: REVIEWED,
  ...weights,
});

/** A fresh plan for Person/12 in its own memory store, agreed on AGREED unless `today` changes. */
export async function renderGoalPlan(attributes: { weighting?: string; maxGoals?: number; partial?: boolean } = {}) {
  const element = await fixture<OtGoalPlan>(html`<ot-goal-plan
    .storage=${new MemoryDraftStorage()}
    .today=${AGREED}
    subject-reference="Person/12"
    assessor-role="Occupational therapist"
    weighting=${attributes.weighting ?? 'unweighted'}
    max-goals=${attributes.maxGoals ?? 6}
    ?allow-partial-review=${attributes.partial}
  ></ot-goal-plan>`);
  const driver = new GoalPlanDriver(element);
  await driver.settle();
  return { element, driver };
}
