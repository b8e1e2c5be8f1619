import type { InstrumentDefinitionInput } from '@otforms/core';

/**
 * The floor: what a hand-written, framework-free form of the same definition
 * costs. It does the minimum otforms does on the measured path, and no more:
 * one section per page (fieldset/legend radios, labelled inputs, hints), a
 * Continue button that checks the section's required items and shows an error
 * summary and inline errors, a running total updated on every input, and a
 * "Check your answers" page listing every answer with the total and its band.
 * No parsing, schema validation, state machine, drafts or shadow DOM.
 * Only `import type` from otforms, so none of its code is in this bundle.
 */

type Definition = InstrumentDefinitionInput;
type Section = Definition['sections'][number];
type Item = Section['items'][number];

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
  let total = 0;
  let sectionIndex = 0;

  const status = el('p', { id: 'total', role: 'status' });
  const page = el('div');
  host.replaceChildren(status, page);
  showTotal();
  showSection();

  function showTotal(): void {
    const band = definition.scoring?.bandSets?.[0]?.bands.find((b) => total >= b.min && total <= b.max);
    status.textContent = `Total so far: ${total} out of ${max}${band ? ` (${band.label})` : ''}`;
  }

  function onInput(event: Event): void {
    const input = event.target as HTMLInputElement;
    const before = answers.get(input.name);
    answers.set(input.name, input.value);
    const table = scores.get(input.name);
    if (!table) return;
    total += (table.get(input.value) ?? 0) - (before === undefined ? 0 : (table.get(before) ?? 0));
    showTotal();
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
      return fieldset;
    }
    const input = el('input', { type: 'text', inputMode: 'numeric', name: item.id, id: item.id, value: answers.get(item.id) ?? '' });
    const unit = 'unit' in item && item.unit ? ` (${item.unit})` : '';
    return el('div', { id: `q-${item.id}` }, el('label', { htmlFor: item.id }, item.label + unit), hint, input);
  }

  function errorFor(item: Item): string | null {
    const value = answers.get(item.id)?.trim() ?? '';
    if (value === '') return item.required === false ? null : `Answer "${item.label}"`;
    if (item.type === 'integer' && !/^\d+$/.test(value)) return `${item.label} must be a whole number`;
    return null;
  }

  function showSection(): void {
    const section = sections[sectionIndex]!;
    const form = el('form', { noValidate: true });
    form.append(
      el('p', { className: 'caption' }, `Section ${sectionIndex + 1} of ${sections.length}`),
      el('h2', { tabIndex: -1 }, section.title),
      ...section.items.map(question),
      el('button', { id: 'continue', type: 'submit' }, 'Continue'),
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
    else showReview();
    page.querySelector<HTMLElement>('h2')?.focus();
  }

  function describe(item: Item): string {
    const value = answers.get(item.id);
    if (value === undefined || value === '') return 'Not answered';
    if (item.type === 'single-choice') return item.options.find((option) => option.code === value)?.label ?? value;
    return 'unit' in item && item.unit ? `${value} ${item.unit}` : value;
  }

  function showReview(): void {
    const review = el('div', { id: 'review' }, el('h2', { tabIndex: -1 }, 'Check your answers'));
    for (const section of sections) {
      const list = el('dl');
      for (const item of section.items) list.append(el('div', {}, el('dt', {}, item.label), el('dd', {}, describe(item))));
      review.append(el('h3', {}, section.title), list);
    }
    page.replaceChildren(review);
  }
}
