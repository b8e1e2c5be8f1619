import type { Answers } from '@otforms/core';
import type { OtAssessment } from '../assessment/ot-assessment.js';
import { QuestionElement } from '../questions/question-element.js';

/**
 * Drives an `<ot-assessment>` through its real DOM, the way a pointer user
 * would: clicks on radios and buttons, typing into inputs.
 */
export class AssessmentDriver {
  constructor(readonly element: OtAssessment) {}

  get root(): ShadowRoot {
    return this.element.shadowRoot!;
  }

  question(itemId: string): HTMLElement {
    const question = this.root.querySelector<HTMLElement>(`#question-${itemId}`);
    if (!question) throw new Error(`No question ${itemId} on this page`);
    return question;
  }

  async choose(itemId: string, code: string): Promise<void> {
    const options = [...this.question(itemId).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    const labels = options.map((input) => input.value);
    const option = options.find((input) => input.value === code);
    if (!option) throw new Error(`No option ${code} for ${itemId}; options are ${labels.join(', ')}`);
    option.click();
    await this.settle();
  }

  async chooseNotAssessed(itemId: string): Promise<void> {
    const radios = this.question(itemId).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=radio]');
    radios[radios.length - 1]!.click();
    await this.settle();
  }

  async type(itemId: string, text: string): Promise<void> {
    const input = this.question(itemId).shadowRoot!.querySelector<HTMLInputElement | HTMLTextAreaElement>('input, textarea')!;
    input.focus();
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    input.blur();
    await this.settle();
  }

  /**
   * Answers every item on the current page that `answers` has, leaving others
   * alone, in page order: a question revealed by an answer is answered after it.
   */
  async answerPage(answers: Answers, notAssessed: readonly string[] = []): Promise<void> {
    const done = new Set<string>();
    for (let found = true; found; ) {
      found = false;
      for (const question of this.root.querySelectorAll<HTMLElement>('[id^="question-"]')) {
        const itemId = question.id.slice('question-'.length);
        // A question of a repeating group's entry is answered by addEntries, with its group.
        if (done.has(itemId) || (question instanceof QuestionElement && question.path && 'groupId' in question.path)) continue;
        done.add(itemId);
        found = true;
        if (notAssessed.includes(itemId)) await this.chooseNotAssessed(itemId);
        const answer = answers[itemId];
        if (answer === undefined) continue;
        if (question.classList.contains('repeating')) await this.addEntries(itemId, answer);
        else if (question.localName === 'ot-choice-question') await this.choose(itemId, String(answer));
        else if (question.localName === 'ot-checkboxes-question') await this.check(itemId, Array.isArray(answer) ? answer.map(String) : [String(answer)]);
        else await this.type(itemId, String(answer));
        break; // the page may have changed: look again from the top
      }
    }
  }

  async check(itemId: string, codes: readonly string[]): Promise<void> {
    for (const box of this.question(itemId).shadowRoot!.querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
      if (box.checked !== codes.includes(box.value)) box.click();
    }
    await this.settle();
  }

  /** Adds one entry per answer object and types or chooses each of its answers. */
  async addEntries(groupId: string, entries: unknown): Promise<void> {
    if (!Array.isArray(entries)) return;
    for (const [index, entry] of entries.entries()) {
      this.root.querySelector<HTMLButtonElement>(`[data-add="${groupId}"]`)!.click();
      await this.settle();
      for (const [childId, answer] of Object.entries(entry as Record<string, unknown>)) {
        const id = `${groupId}-${index}-${childId}`;
        const question = this.question(id);
        if (question.localName === 'ot-choice-question') await this.choose(id, String(answer));
        else if (question.localName === 'ot-checkboxes-question') await this.check(id, (answer as string[]).map(String));
        else await this.type(id, String(answer));
      }
    }
  }

  async clickButton(): Promise<void> {
    this.root.querySelector<HTMLButtonElement>('[part="button"]')!.click();
    await this.settle();
  }

  /** Answers page after page, continues to "Check your answers", and completes. */
  async complete(answers: Answers, notAssessed: readonly string[] = []): Promise<void> {
    for (let pages = 0; !this.isReview(); pages += 1) {
      if (pages > 50) throw new Error('Never reached Check your answers');
      await this.answerPage(answers, notAssessed);
      await this.clickButton();
      if (this.errorSummary()) throw new Error(`Blocked by errors: ${this.errorSummary()!.textContent}`);
    }
    await this.clickButton();
  }

  isReview(): boolean {
    // By what the page holds, not its heading's words, so a Welsh page is found too.
    return this.root.querySelector('.review') !== null;
  }

  heading(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('[data-page-heading]');
  }

  errorSummary(): HTMLElement | null {
    return this.root.querySelector<HTMLElement>('.error-summary');
  }

  errorLinks(): string[] {
    return [...this.root.querySelectorAll('.error-summary a')].map((link) => link.textContent!.trim());
  }

  scoreRows(): Record<string, string> {
    const rows = this.root.querySelectorAll('.score .summary-row');
    return Object.fromEntries([...rows].map((row) => [row.querySelector('dt')!.textContent!.trim(), row.querySelector('dd')!.textContent!.trim()]));
  }

  async settle(): Promise<void> {
    await this.element.updateComplete;
    for (const question of this.root.querySelectorAll<HTMLElement & { updateComplete?: Promise<unknown> }>('[id^="question-"]')) {
      await question.updateComplete;
    }
  }
}
