import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * The floor: what a hand-written, framework-free form of the same definition
 * costs. It does the minimum otforms does on the measured path, and no more:
 * one section per page (fieldset/legend radios, labelled inputs, hints),
 * conditional questions (enableWhen) shown in a `.conditional` wrapper where
 * they sit and removed when hidden, a Continue button that checks the
 * section's shown required items and shows an error summary and inline
 * errors, "Not assessed" where an item allows it, a running total of the
 * shown scored items updated on every input,
 * and a "Check your answers" page listing every shown answer with the total
 * and its band.
 * No parsing, schema validation, state machine, drafts or shadow DOM.
 * Only `import type` from otforms, so none of its code is in this bundle.
 */

type Definition = InstrumentDefinitionInput;
type Section = Definition['sections'][number];
type Item = Section['items'][number];
type Condition = NonNullable<Item['enableWhen']>[number];

/** The value of a "Not assessed" radio (items with `allowNotAssessed`, as the Barthel's): answered, never scored. */
const NOT_ASSESSED = '__not-assessed__';

// NoInfer: otherwise a contextual return type (HTMLElement) makes TS infer K as every tag name.
function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[NoInfer<K>]> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[NoInfer<K>] {
  const element = Object.assign(document.createElement(tag), props);
  element.append(...children);
  return element;
}

export function mountVanillaForm(host: HTMLElement, definition: Definition): void {
  const sections = definition.sections;
  const answers = new Map<string, string>();
  // Scored item id → option code → score, so each input adjusts the total in O(1).
  const scores = new Map<string, Map<string, number>>();
  const scoredIds = new Set(definition.scoring?.items ?? []);
  let max = 0;
  for (const item of sections.flatMap((section) => section.items)) {
    if (item.type !== 'single-choice' || !scoredIds.has(item.id)) continue;
    scores.set(item.id, new Map(item.options.map((option) => [option.code, option.score ?? 0])));
    max += Math.max(...item.options.map((option) => option.score ?? 0));
  }
  // Trigger id → the items whose conditions read it, so an input re-checks only those.
  const items = new Map(sections.flatMap((section) => section.items.map((item) => [item.id, item] as const)));
  const dependents = new Map<string, Item[]>();
  for (const item of items.values()) {
    for (const condition of item.enableWhen ?? []) {
      const list = dependents.get(condition.item) ?? [];
      if (!list.includes(item)) list.push(item);
      dependents.set(condition.item, list);
    }
  }
  // Shown now, per conditional item; kept up to date on every input (and so
  // known for items of other sections too, when their section comes).
  const shown = new Map<string, boolean>();
  for (const item of items.values()) if (item.enableWhen) shown.set(item.id, conditionsMet(item));
  // The band set shown with the total, on its own scale (the Barthel's first is 0–100: the total × 5).
  const bandSet = definition.scoring?.bandSets?.[0];
  const multiplier = definition.scoring?.alternativeScales?.find((scale) => scale.id === bandSet?.scale)?.multiplier ?? 1;
  let total = 0;
  let sectionIndex = 0;
  // The current section's question elements (or their .conditional wrappers), by item id.
  let rendered = new Map<string, HTMLElement>();
  let current: Section | null = null;
  let continueButton: HTMLButtonElement | null = null;

  const status = el('p', { id: 'total', role: 'status' });
  const page = el('div');
  host.replaceChildren(status, page);
  showTotal();
  showSection();

  function showTotal(): void {
    const band = bandSet?.bands.find((b) => total * multiplier >= b.min && total * multiplier <= b.max);
    status.textContent = `Total so far: ${total} out of ${max}${band ? ` (${band.label})` : ''}`;
  }

  function isShown(itemId: string): boolean {
    return shown.get(itemId) ?? true;
  }

  /** The answer as a condition sees it: none when empty, a number for a valid integer (as otforms stores it). */
  function answerOf(itemId: string): string | number | undefined {
    if (!isShown(itemId)) return undefined; // a hidden trigger counts as unanswered
    const value = answers.get(itemId)?.trim();
    if (!value || value === NOT_ASSESSED) return undefined;
    if (items.get(itemId)?.type !== 'integer') return value;
    return /^-?\d+$/.test(value) ? Number(value) : undefined;
  }

  function conditionMet({ item, operator, value }: Condition): boolean {
    const answer = answerOf(item);
    switch (operator) {
      case 'answered':
        return answer !== undefined;
      case 'notAnswered':
        return answer === undefined;
      case 'equals':
        return answer !== undefined && answer === value;
      case 'notEquals':
        return answer !== undefined && answer !== value;
      case 'greaterThan':
        return typeof answer === 'number' && typeof value === 'number' && answer > value;
      case 'lessThan':
        return typeof answer === 'number' && typeof value === 'number' && answer < value;
    }
  }

  function conditionsMet(item: Item): boolean {
    const conditions = item.enableWhen ?? [];
    return item.enableBehavior === 'any' ? conditions.some(conditionMet) : conditions.every(conditionMet);
  }

  /** The score an item adds to the total now: 0 when hidden, unanswered or unscored. */
  function scoreOf(itemId: string): number {
    const answer = answers.get(itemId);
    return answer === undefined || !isShown(itemId) ? 0 : (scores.get(itemId)?.get(answer) ?? 0);
  }

  function onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const before = scoreOf(input.name);
    answers.set(input.name, input.value);
    const after = scoreOf(input.name);
    const changed = updateDependents(input.name);
    if (after !== before || changed) {
      total += after - before;
      showTotal();
    }
  }

  /**
   * Re-checks the items whose conditions read `itemId` (and theirs in turn,
   * when one is shown or hidden): shows or removes them on the page and
   * moves their scores in or out of the total. True when the total changed.
   */
  function updateDependents(itemId: string): boolean {
    let changed = false;
    for (const item of dependents.get(itemId) ?? []) {
      const now = conditionsMet(item);
      if (now === shown.get(item.id)) continue;
      const before = scoreOf(item.id);
      shown.set(item.id, now);
      const delta = scoreOf(item.id) - before;
      total += delta;
      if (delta) changed = true;
      if (current?.items.includes(item)) {
        if (now) place(item);
        else {
          rendered.get(item.id)?.remove();
          rendered.delete(item.id);
        }
      }
      if (updateDependents(item.id)) changed = true;
    }
    return changed;
  }

  /** Inserts a newly shown question where it sits in the section: before the next shown one, else before Continue. */
  function place(item: Item): void {
    const section = current!;
    const next = section.items.slice(section.items.indexOf(item) + 1).find((other) => rendered.has(other.id));
    const element = render(item);
    (next ? rendered.get(next.id)! : continueButton!).before(element);
  }

  /** A question, in a .conditional wrapper when it has a condition (as otforms renders it). */
  function render(item: Item): HTMLElement {
    const element = item.enableWhen ? el('div', { className: 'conditional' }, question(item)) : question(item);
    rendered.set(item.id, element);
    return element;
  }

  function question(item: Item): HTMLElement {
    const hint = item.hint ? el('div', { className: 'hint', id: `${item.id}-hint` }, item.hint) : '';
    if (item.type === 'single-choice') {
      const fieldset = el('fieldset', { id: `q-${item.id}` }, el('legend', {}, item.label), hint);
      if (hint) fieldset.setAttribute('aria-describedby', `${item.id}-hint`);
      item.options.forEach((option, index) => {
        const id = `${item.id}-${index}`;
        const radio = el('input', { type: 'radio', name: item.id, id, value: option.code, checked: answers.get(item.id) === option.code });
        fieldset.append(el('div', { className: 'option' }, radio, el('label', { htmlFor: id }, option.label)));
      });
      if (item.allowNotAssessed) {
        const id = `${item.id}-not-assessed`;
        const radio = el('input', { type: 'radio', name: item.id, id, value: NOT_ASSESSED, checked: answers.get(item.id) === NOT_ASSESSED });
        fieldset.append(el('div', { className: 'divider' }, 'or'), el('div', { className: 'option' }, radio, el('label', { htmlFor: id }, 'Not assessed')));
      }
      return fieldset;
    }
    const input = el('input', { type: 'text', inputMode: 'numeric', name: item.id, id: item.id, value: answers.get(item.id) ?? '' });
    const unit = 'unit' in item && item.unit ? ` (${item.unit})` : '';
    return el('div', { id: `q-${item.id}` }, el('label', { htmlFor: item.id }, item.label + unit), hint, input);
  }

  function errorFor(item: Item): string | null {
    if (!isShown(item.id)) return null;
    const value = answers.get(item.id)?.trim() ?? '';
    if (value === '') return item.required === false ? null : `Answer "${item.label}"`;
    if (item.type === 'integer' && !/^\d+$/.test(value)) return `${item.label} must be a whole number`;
    return null;
  }

  function showSection(): void {
    const section = sections[sectionIndex]!;
    const form = el('form', { noValidate: true });
    current = section;
    rendered = new Map();
    continueButton = el('button', { id: 'continue', type: 'submit' }, 'Continue');
    form.append(
      el('p', { className: 'caption' }, `Section ${sectionIndex + 1} of ${sections.length}`),
      el('h2', { tabIndex: -1 }, section.title),
      ...section.items.filter((item) => isShown(item.id)).map(render),
      continueButton,
    );
    form.addEventListener('input', onInput);
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      onContinue(section, form);
    });
    page.replaceChildren(form);
  }

  function onContinue(section: Section, form: HTMLFormElement): void {
    form.querySelectorAll('.error, .error-summary').forEach((node) => node.remove());
    const errors = section.items.flatMap((item) => {
      const message = errorFor(item);
      return message ? [{ item, message }] : [];
    });
    if (errors.length) {
      const summary = el('div', { className: 'error-summary', role: 'alert', tabIndex: -1 }, el('h2', {}, 'There is a problem'));
      summary.append(el('ul', {}, ...errors.map(({ item, message }) => el('li', {}, el('a', { href: `#q-${item.id}` }, message)))));
      for (const { item, message } of errors) document.getElementById(`q-${item.id}`)?.append(el('p', { className: 'error' }, message));
      form.prepend(summary);
      summary.focus();
      return;
    }
    sectionIndex++;
    if (sectionIndex < sections.length) showSection();
    else {
      current = null;
      showReview();
    }
    page.querySelector<HTMLElement>('h2')?.focus();
  }

  function describe(item: Item): string {
    const value = answers.get(item.id);
    if (value === undefined || value === '') return 'Not answered';
    if (value === NOT_ASSESSED) return 'Not assessed';
    if (item.type === 'single-choice') return item.options.find((option) => option.code === value)?.label ?? value;
    return 'unit' in item && item.unit ? `${value} ${item.unit}` : value;
  }

  function showReview(): void {
    const review = el('div', { id: 'review' }, el('h2', { tabIndex: -1 }, 'Check your answers'));
    for (const section of sections) {
      const list = el('dl');
      for (const item of section.items.filter((item) => isShown(item.id))) list.append(el('div', {}, el('dt', {}, item.label), el('dd', {}, describe(item))));
      review.append(el('h3', {}, section.title), list);
    }
    page.replaceChildren(review);
  }
}
