import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import type { QuestionItem } from '@otforms/core';
import type { OtAnswerEvent } from '../events/ot-answer-event.js';
import type { QuestionElement } from '../questions/question-element.js';
import { expectNoAxeViolations } from './axe.js';
import { HistoryFrame } from './history-frame.js';

/** One answer as the control holds it (`value`), and the entries a native form submits for it. */
export interface ControlAnswer {
  value: string;
  entries: readonly string[];
}

/**
 * What the question-control suite needs to know about one control with one kind of item: how a person
 * answers it and what it then shows. Everything else the suite checks is the same for every control.
 */
export interface QuestionControlAdapter {
  /** The suite's title, e.g. `<ot-input-question> (integer)`. */
  title: string;
  tag: 'ot-choice-question' | 'ot-input-question' | 'ot-checkboxes-question';
  /** A required item with a hint. */
  item: QuestionItem;
  /** The label as a person hears it (a unit is part of it). */
  label: string;
  /** What the element reports while a required answer is missing (core's message). */
  requiredMessage: string;
  /** Two different valid answers. */
  answer: ControlAnswer;
  other: ControlAnswer;
  /** An answer core rejects, kept as entered and explained (typed controls only). */
  invalid?: { value: string; message: string };
  /** Gives `value` the way a person does: clicks on options, typing into the box. */
  give(element: QuestionElement, value: string): Promise<void>;
  /** What the control shows as its answer: the chosen codes joined by commas, or the text in the box. */
  shown(element: QuestionElement): string;
  /** The text of a note the control adds under the hint and reads out after it (an own-words answer's), if any. */
  note?: string;
  /** For an item that offers "Not assessed": choosing it, and whether it shows as chosen. */
  notAssessed?: { choose(element: QuestionElement): Promise<void>; shown(element: QuestionElement): boolean };
}

const NAME = 'answer';
const QUESTION_PAGE = '/packages/elements/src/test-support/pages/question-page.html';

/**
 * The behaviour every question control shares as a form-associated element in a vendor's own
 * `<form>` (lit's labs/forms checklist and the HTML spec's callbacks): value, validity, the wiring of
 * label, hint and error, reset, restore (also after back/forward navigation) and disabled.
 */
export function runQuestionControlSuite(adapter: QuestionControlAdapter): void {
  const { answer, other } = adapter;

  /** A form holding the control (in a fieldset), created as a vendor's markup would create it. */
  async function inForm(options: { value?: string; item?: QuestionItem; error?: string } = {}) {
    const form = await fixture<HTMLFormElement>(html`<form><fieldset></fieldset></form>`);
    const element = document.createElement(adapter.tag) as QuestionElement;
    element.name = NAME;
    element.item = options.item ?? adapter.item;
    if (options.value !== undefined) element.setAttribute('value', options.value);
    if (options.error) element.error = options.error;
    form.querySelector('fieldset')!.append(element);
    await element.updateComplete;
    return { form, element, fieldset: form.querySelector('fieldset')! };
  }

  const entries = (form: HTMLFormElement) => new FormData(form).getAll(NAME);
  const innerControls = (element: QuestionElement) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('input, textarea')];

  describe(`${adapter.title}: the shared question-control behaviour`, () => {
    it('has no value until answered; then its value, what it submits and what it shows are the answer', async () => {
      const { form, element } = await inForm();
      expect(element.form).to.equal(form);
      expect([element.value, adapter.shown(element), entries(form)]).to.deep.equal(['', '', []]);

      // Several clicks (one per checkbox) each report the answer so far: the last one is the answer.
      const answers: OtAnswerEvent[] = [];
      form.addEventListener('ot-answer', (event) => answers.push(event as OtAnswerEvent));
      await adapter.give(element, answer.value);
      const event = answers.at(-1)!;
      expect(event.detail).to.deep.equal({ itemId: adapter.item.id, input: answer.value, notAssessed: false });
      expect([event.target, event.composed], 'ot-answer comes from the control, bubbles and is composed').to.deep.equal([element, true]);
      await element.updateComplete;
      expect([element.value, adapter.shown(element), entries(form)]).to.deep.equal([answer.value, answer.value, [...answer.entries]]);

      element.value = other.value;
      await element.updateComplete;
      expect([adapter.shown(element), entries(form)], 'a value set by the host').to.deep.equal([other.value, [...other.entries]]);
    });

    it('is valueMissing with core’s message until a required answer is given; an optional one is valid empty', async () => {
      const { form, element } = await inForm();
      expect(element.willValidate).to.equal(true);
      expect([element.validity.valueMissing, element.validationMessage]).to.deep.equal([true, adapter.requiredMessage]);
      const invalid = oneEvent(element, 'invalid');
      expect(form.checkValidity()).to.equal(false);
      await invalid;

      await adapter.give(element, answer.value);
      await element.updateComplete;
      expect([element.validity.valid, element.validationMessage, element.checkValidity(), form.checkValidity()]).to.deep.equal([true, '', true, true]);

      const optional = await inForm({ item: { ...adapter.item, required: false } });
      expect([optional.element.validity.valid, optional.form.checkValidity()]).to.deep.equal([true, true]);
    });

    it('takes the error the form gives it as a custom error, over its own', async () => {
      const { element } = await inForm({ value: answer.value });
      expect(element.validity.valid).to.equal(true);
      element.error = 'Tell us about this answer';
      await element.updateComplete;
      expect([element.validity.customError, element.validationMessage, element.checkValidity()]).to.deep.equal([true, 'Tell us about this answer', false]);
      element.error = '';
      await element.updateComplete;
      expect(element.validity.valid).to.equal(true);
    });

    if (adapter.invalid) {
      const invalid = adapter.invalid;
      it('keeps an answer core rejects as it was entered, submits it, and explains why it is invalid', async () => {
        const { form, element } = await inForm();
        await adapter.give(element, invalid.value);
        await element.updateComplete;
        expect([element.value, adapter.shown(element), entries(form)]).to.deep.equal([invalid.value, invalid.value, [invalid.value]]);
        expect([element.validity.customError, element.validationMessage, form.checkValidity()]).to.deep.equal([true, invalid.message, false]);
      });
    }

    it('is labelled by its label and described by its hint, then its error with a hidden "Error:" prefix, in its own shadow root', async () => {
      const { form, element } = await inForm();
      const root = element.shadowRoot!;
      const label = root.querySelector<HTMLElement>('[part="label"]')!;
      const hint = root.querySelector<HTMLElement>('[part="hint"]')!;
      expect(normalise(label.textContent)).to.equal(adapter.label);
      expect(normalise(hint.textContent)).to.equal(adapter.item.hint);
      expect(root.querySelector('[part="control"]'), 'a control part').to.not.equal(null);
      // A group of options is a fieldset whose legend is the label; a box is labelled by its <label>.
      const described = root.querySelector<HTMLElement>('fieldset') ?? innerControls(element)[0]!;
      if (described.localName === 'fieldset') expect(described.querySelector(':scope > legend')).to.equal(label);
      else expect([...(described as HTMLInputElement).labels!]).to.deep.equal([label]);
      const notes = describedBy(described).slice(1);
      expect(notes.map((note) => normalise(note.textContent)), 'a note of its own, after the hint').to.deep.equal(adapter.note ? [adapter.note] : []);
      expect(describedBy(described)).to.deep.equal([hint, ...notes]);
      expect(root.querySelector('[part="error"]')).to.equal(null);
      expect(innerControls(element).every((control) => control.getAttribute('aria-invalid') !== 'true')).to.equal(true);
      await expectNoAxeViolations(form);

      element.error = 'Enter an answer you can stand by';
      await element.updateComplete;
      const error = root.querySelector<HTMLElement>('[part="error"]')!;
      expect(normalise(error.textContent)).to.equal('Error: Enter an answer you can stand by');
      expect(normalise(error.querySelector('.visually-hidden')?.textContent)).to.equal('Error:');
      expect(describedBy(described), 'the hint, then the error (GOV.UK)').to.deep.equal([hint, ...notes, error]);
      if (described.localName !== 'fieldset') expect(described.getAttribute('aria-invalid')).to.equal('true');
      await expectNoAxeViolations(form);

      element.error = '';
      await element.updateComplete;
      expect(describedBy(described)).to.deep.equal([hint, ...notes]);
    });

    it('goes back to its default (the value it was created with) when its form is reset', async () => {
      const withDefault = await inForm({ value: other.value });
      await adapter.give(withDefault.element, answer.value);
      withDefault.form.reset();
      await withDefault.element.updateComplete;
      expect([withDefault.element.value, adapter.shown(withDefault.element), entries(withDefault.form)]).to.deep.equal([other.value, other.value, [...other.entries]]);

      const empty = await inForm();
      await adapter.give(empty.element, answer.value);
      empty.form.reset();
      await empty.element.updateComplete;
      expect([empty.element.value, adapter.shown(empty.element), entries(empty.form)]).to.deep.equal(['', '', []]);
      expect(empty.element.validity.valueMissing).to.equal(true);
    });

    it('takes a value the browser fills in (formStateRestoreCallback with "autocomplete")', async () => {
      const { form, element } = await inForm();
      element.formStateRestoreCallback(answer.value, 'autocomplete');
      await element.updateComplete;
      expect([element.value, adapter.shown(element), entries(form)]).to.deep.equal([answer.value, answer.value, [...answer.entries]]);
    });

    it('shows and submits its answer again after the person goes to another page and comes back (back/forward restore)', async () => {
      const page = await HistoryFrame.open(`${QUESTION_PAGE}?tag=${adapter.tag}&item=${encodeURIComponent(JSON.stringify(adapter.item))}`);
      try {
        await adapter.give(await questionIn(page), answer.value);
        await page.awayAndBack();
        const restored = await questionIn(page);
        expect([restored.value, adapter.shown(restored), entries(restored.form!)]).to.deep.equal([answer.value, answer.value, [...answer.entries]]);
        expect(restored.validity.valid).to.equal(true);
      } finally {
        page.remove();
      }
    });

    if (adapter.notAssessed) {
      const notAssessed = adapter.notAssessed;
      it('"Not assessed" is valid with no value; it is reset, and it comes back after back/forward navigation', async () => {
        const { form, element } = await inForm();
        const answered = oneEvent(element, 'ot-answer') as Promise<OtAnswerEvent>;
        await notAssessed.choose(element);
        expect((await answered).detail, 'a deliberate answer, with no input').to.deep.equal({ itemId: adapter.item.id, input: '', notAssessed: true });
        await element.updateComplete;
        expect([element.notAssessed, notAssessed.shown(element), element.value, entries(form), element.checkValidity()]).to.deep.equal([true, true, '', [], true]);
        form.reset();
        await element.updateComplete;
        expect([element.notAssessed, notAssessed.shown(element), element.validity.valueMissing]).to.deep.equal([false, false, true]);

        const page = await HistoryFrame.open(`${QUESTION_PAGE}?tag=${adapter.tag}&item=${encodeURIComponent(JSON.stringify(adapter.item))}`);
        try {
          await notAssessed.choose(await questionIn(page));
          await page.awayAndBack();
          const restored = await questionIn(page);
          expect([restored.notAssessed, notAssessed.shown(restored), restored.value, restored.checkValidity()]).to.deep.equal([true, true, '', true]);
        } finally {
          page.remove();
        }
      });
    }

    it('follows a disabled fieldset both ways: not answerable, not submitted, not validated; its own `disabled` reflects', async () => {
      const { form, element, fieldset } = await inForm({ value: answer.value });
      const state = () => ({
        disabled: element.disabled,
        matches: element.matches(':disabled'),
        attribute: element.hasAttribute('disabled'),
        inner: innerControls(element).map((control) => control.matches(':disabled')),
        entries: entries(form),
        willValidate: element.willValidate,
      });
      const inner = (disabled: boolean) => innerControls(element).map(() => disabled);
      const enabled = { disabled: false, matches: false, attribute: false, inner: inner(false), entries: [...answer.entries], willValidate: true };

      fieldset.disabled = true;
      await element.updateComplete;
      expect(state(), 'in a disabled fieldset').to.deep.equal({ disabled: true, matches: true, attribute: false, inner: inner(true), entries: [], willValidate: false });
      await expectNoAxeViolations(form);
      fieldset.disabled = false;
      await element.updateComplete;
      expect(state(), 'when the fieldset is enabled again').to.deep.equal(enabled);

      element.disabled = true;
      await element.updateComplete;
      expect(state(), 'disabled by the host').to.deep.equal({ disabled: true, matches: true, attribute: true, inner: inner(true), entries: [], willValidate: false });
      element.disabled = false;
      await element.updateComplete;
      expect(state(), 'enabled by the host').to.deep.equal(enabled);
    });
  });
}

/** The question in the page of a HistoryFrame, once it has rendered. */
async function questionIn(page: HistoryFrame): Promise<QuestionElement> {
  const question = page.document.querySelector<QuestionElement>(`[name="${NAME}"]`)!;
  await question.updateComplete;
  return question;
}

/** The elements an element's `aria-describedby` points at, in order. */
function describedBy(element: HTMLElement): Element[] {
  const root = element.getRootNode() as ShadowRoot;
  return (element.getAttribute('aria-describedby') ?? '')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => root.getElementById(id)!);
}

const normalise = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
