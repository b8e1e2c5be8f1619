import { expect, oneEvent } from '@open-wc/testing';
import {
  MemoryDraftStorage,
  OUTCOME_RECORD_VERSION,
  Outbox,
  exportKeptAsideDraft,
  listKeptAsideDrafts,
  validateOutcomeRecord,
  type DraftStorage,
  type KeptAsideSummary,
  type OutcomeRecord,
} from '@otforms/core';
import type { OtOutcomeEvent } from '../events/ot-outcome-event.js';
import { LocalStorageDraftStorage } from '../storage/local-storage-draft-storage.js';
import { validateAgainstJsonSchema } from '../../../../tests/browser/support/validate-json-schema.js';
import { expectNoAxeViolations } from './axe.js';
import { runAdoptionSuite } from './form-element-adoption-suite.js';
import {
  DRAFT_KEY,
  FORM_NAME,
  deepQueryAll,
  mount,
  normalise,
  progressedDraft,
  type AdoptingElement,
  type FormElement,
  type FormElementAdapter,
} from './form-element-adapter.js';
import { HistoryFrame } from './history-frame.js';
import { deepActiveElement } from './keyboard.js';
import { settle } from './settle.js';

const FORM_PAGE = '/packages/elements/src/test-support/pages/form-page.html';
/** Longer than the form waits before it keeps its progress as form state (forms/record-form-value.ts). */
const STATE_SETTLES_MS = 300;

/**
 * The behaviour every whole form shares: it is a form-associated element whose value is its outcome
 * record (form association, required, reset, back/forward restore, disabled), it keeps and resumes
 * drafts, it can be completed by keyboard alone, it passes axe, and (for the forms an episode nests)
 * it shows and drives an actor its owner started. Each form runs it from its `*.behaviour.test.ts`.
 */
/** Waits until `check` holds (the store and the lock answer asynchronously), failing with `what` after a few seconds. */
export async function until(check: () => boolean | Promise<boolean>, what: string, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

export function runFormElementSuite<E extends FormElement>(adapter: FormElementAdapter<E>): void {
  const outcomes = adapter.outcomesOnCompletion ?? 1;
  const completing = () => (adapter.nearlyComplete ? { draft: adapter.nearlyComplete() } : {});

  describe(`${adapter.title}: the shared whole-form behaviour`, () => {
    describe('in a native form', () => {
      it('has no value until complete; then its record is its value, its ot-outcome and its form entry, sent by a native submission', async () => {
        const { form, element, outcomes: seen } = await mount(adapter, completing());
        expect(element.form).to.equal(form);
        expect([element.value, new FormData(form).has(FORM_NAME)]).to.deep.equal([null, false]);

        await adapter.complete(element);
        expect(seen).to.have.length(outcomes);
        const record = seen.at(-1)!;
        expect(element.value).to.equal(record);
        expect(validateOutcomeRecord(record).success).to.equal(true);
        await adapter.checkRecord?.(record);
        expect(JSON.parse(new FormData(form).get(FORM_NAME) as string)).to.deep.equal(record);

        const frame = document.createElement('iframe');
        frame.name = 'echo-frame';
        frame.title = 'What the form sent';
        document.body.append(frame);
        try {
          const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
          form.submit();
          await loaded;
          const sent = new URLSearchParams(frame.contentDocument!.querySelector('#echo')!.textContent!);
          expect(sent.get('caseId')).to.equal('case-17');
          expect(JSON.parse(sent.get(FORM_NAME)!)).to.deep.equal(record);
        } finally {
          frame.remove();
        }
      });

      it('when required, blocks its form (valueMissing) until complete; when not, never does', async () => {
        const optional = await mount(adapter);
        expect([optional.element.required, optional.form.checkValidity()]).to.deep.equal([false, true]);
        optional.element.remove();

        const { form, element } = await mount(adapter, { ...completing(), required: true });
        const invalid = oneEvent(element, 'invalid');
        expect(form.checkValidity()).to.equal(false);
        await invalid;
        expect(element.matches(':invalid')).to.equal(true);
        await adapter.complete(element);
        expect([form.checkValidity(), element.matches(':valid')]).to.deep.equal([true, true]);
      });

      it('starts again, with no draft left, when its form is reset', async () => {
        const { form, element, storage } = await mount(adapter);
        await adapter.makeProgress(element);
        expect(adapter.savedProgress(await storage.read(element.draftKey))).to.equal(true);
        form.reset();
        await settle(element);
        expect(await storage.read(element.draftKey)).to.equal(null);
        expect([adapter.showsProgress(element), adapter.atStart(element), element.value]).to.deep.equal([false, true, null]);
      });

      it('takes its record out of the form at once when the form is reset after completion', async () => {
        const { form, element } = await mount(adapter, completing());
        await adapter.complete(element);
        expect(new FormData(form).has(FORM_NAME)).to.equal(true);
        form.reset();
        await settle(element);
        expect([element.value, new FormData(form).has(FORM_NAME), adapter.atStart(element)]).to.deep.equal([null, false, true]);
      });

      it('shows its progress again when the person goes to another page and comes back (back/forward restore), with drafts kept only in memory', async () => {
        const page = await HistoryFrame.open(`${FORM_PAGE}?tag=${adapter.tag}`);
        try {
          const inPage = () => page.document.querySelector<E>(`[name="${FORM_NAME}"]`)!;
          await settle(inPage());
          expect(adapter.atStart(inPage())).to.equal(true);
          await adapter.makeProgress(inPage());
          await new Promise((resolve) => setTimeout(resolve, STATE_SETTLES_MS));
          await page.awayAndBack();
          await settle(inPage());
          expect(adapter.showsProgress(inPage()), 'the progress came back from the form state').to.equal(true);
        } finally {
          page.remove();
        }
      });

      it('ignores a restored state that is not its own, and reports nothing', async () => {
        const { element, errors } = await mount(adapter);
        for (const state of ['not JSON', '{"status":"active"}', JSON.stringify(adapter.unusableDraft), null]) {
          element.formStateRestoreCallback(state, 'restore');
          await settle(element);
        }
        expect([adapter.atStart(element), errors]).to.deep.equal([true, []]);
      });

      it('follows a disabled fieldset both ways; disabled, it cannot be changed and does not block its form; its own `disabled` reflects', async () => {
        const { form, fieldset, element } = await mount(adapter, { required: true });
        await adapter.makeProgress(element);
        const controls = () => deepQueryAll<HTMLElement>(element, 'button, input, textarea, select');
        expect(controls().length, 'controls to disable').to.be.greaterThan(0);
        const state = () => ({
          disabled: element.disabled,
          matches: element.matches(':disabled'),
          attribute: element.hasAttribute('disabled'),
          enabledControls: controls().filter((control) => !control.matches(':disabled')).map((control) => control.outerHTML.slice(0, 60)),
          formValid: form.checkValidity(),
        });

        fieldset.disabled = true;
        await settle(element);
        expect(state(), 'in a disabled fieldset').to.deep.equal({ disabled: true, matches: true, attribute: false, enabledControls: [], formValid: true });
        await expectNoAxeViolations(element);
        fieldset.disabled = false;
        await settle(element);
        const enabled = state();
        expect([enabled.disabled, enabled.matches, enabled.attribute, enabled.formValid], 'when the fieldset is enabled again').to.deep.equal([false, false, false, false]);
        expect(enabled.enabledControls.length).to.be.greaterThan(0);

        element.disabled = true;
        await settle(element);
        expect(state(), 'disabled by the host').to.deep.equal({ disabled: true, matches: true, attribute: true, enabledControls: [], formValid: true });
        element.disabled = false;
        await settle(element);
        expect([element.hasAttribute('disabled'), state().enabledControls.length > 0], 'enabled by the host').to.deep.equal([false, true]);
        expect(adapter.showsProgress(element), 'nothing was lost').to.equal(true);
      });
    });

    describe('drafts', () => {
      it('saves nothing until something changes, then after each change; a new element resumes from the draft', async () => {
        const storage = new MemoryDraftStorage();
        const first = await mount(adapter, { storage });
        expect(await storage.read(DRAFT_KEY), 'nothing saved before the person does anything').to.equal(null);
        await adapter.makeProgress(first.element);
        expect(adapter.savedProgress(await storage.read(DRAFT_KEY))).to.equal(true);
        first.element.remove();

        const second = await mount(adapter, { storage });
        expect(adapter.showsProgress(second.element)).to.equal(true);
        expect(second.errors).to.deep.equal([]);
      });

      it('removes its draft once complete', async () => {
        const { element, storage } = await mount(adapter, completing());
        if (!adapter.nearlyComplete) await adapter.makeProgress(element);
        expect(await storage.read(DRAFT_KEY), 'a draft to remove').to.not.equal(null);
        await adapter.complete(element);
        expect(await storage.read(DRAFT_KEY)).to.equal(null);
      });

      it('starts afresh at its first page, and says so with ot-error "draft", when a draft cannot be resumed', async () => {
        const { element, errors } = await mount(adapter, { draft: adapter.unusableDraft });
        expect(errors.map((error) => error.kind)).to.deep.equal(['draft']);
        expect(adapter.atStart(element)).to.equal(true);
      });

      for (const [what, reason, stored] of [
        ['a draft it cannot resume', 'malformed', { value: adapter.unusableDraft }],
        ['text that is not JSON (truncated)', 'not-json', { text: '{"status":"active","value":"draf' }],
      ] as const) {
        it(`keeps ${what} aside before anything is saved over it, says so in the page and with ot-draft-kept-aside, and the next save leaves it as it was`, async () => {
          const key = `${DRAFT_KEY}:kept-aside`;
          localStorage.removeItem(key);
          const storage = 'text' in stored ? new LocalStorageDraftStorage() : new MemoryDraftStorage();
          if ('text' in stored) localStorage.setItem(key, stored.text);
          else await storage.write(key, stored.value);
          try {
            const kept: KeptAsideSummary[] = [];
            const { element, errors } = await mount(adapter, {
              storage,
              before: (element) => {
                element.storageKey = key;
                element.addEventListener('ot-draft-kept-aside', (event) => kept.push(event.detail));
              },
            });
            expect(kept.map((entry) => [entry.draftKey, entry.reason]), 'kept aside once').to.deep.equal([[key, reason === 'malformed' && adapter.unusableReason ? adapter.unusableReason : reason]]);
            expect(errors.map((error) => error.kind)).to.deep.equal(['draft']);
            expect(errors[0]!.message).to.contain(kept[0]!.id);
            expect(adapter.atStart(element), 'a fresh start shows').to.equal(true);
            expect(deepQueryAll(element, '[data-notice="kept-aside"]'), 'the page says so').to.have.length(1);
            // What the store holds: JSON drops keys whose value is undefined.
            const original = 'text' in stored ? stored.text : JSON.parse(JSON.stringify(stored.value));
            expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft).to.deep.equal(original);

            await adapter.makeProgress(element);
            await until(async () => adapter.savedProgress(await storage.read(key)), 'the fresh start is saved under the key');
            expect(await listKeptAsideDrafts(storage)).to.deep.equal(kept);
            expect((await exportKeptAsideDraft(storage, kept[0]!.id))?.draft, 'the copy is as it was').to.deep.equal(original);
          } finally {
            for (const entry of await listKeptAsideDrafts(storage)) await storage.remove(`otforms:kept-aside:${entry.id}`);
            await storage.remove('otforms:kept-aside');
            localStorage.removeItem(key);
          }
        });
      }

      it('reports a store that fails once per episode as ot-error "storage", warns in the page (role alert) until a write succeeds, and the person carries on', async () => {
        const memory = new MemoryDraftStorage();
        let failing = true;
        const store: DraftStorage = {
          read: (key) => memory.read(key),
          write: (key, value) => {
            if (failing) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
            memory.write(key, value);
          },
          remove: (key) => memory.remove(key),
        };
        const { form, element, errors } = await mount(adapter, { storage: store });
        const warnings = () => deepQueryAll(element, '.warning-text[role="alert"]');
        await adapter.makeProgress(element);
        await until(() => errors.length > 0 && warnings().length === 1, 'the warning');
        expect(errors.map((error) => error.kind)).to.deep.equal(['storage']);
        expect(adapter.showsProgress(element), 'the person carries on').to.equal(true);

        // The store works again: the next change is saved (a reset removes the draft), and the warning goes.
        failing = false;
        form.reset();
        await until(() => warnings().length === 0, 'the warning gone');
        failing = true;
        await adapter.makeProgress(element);
        await until(() => errors.length === 2 && warnings().length === 1, 'a new episode reported');
        expect(errors.map((error) => error.kind)).to.deep.equal(['storage', 'storage']);
      });

      it('waits for an asynchronous store before it starts', async () => {
        const memory = new MemoryDraftStorage();
        memory.write(DRAFT_KEY, await progressedDraft(adapter));
        const slow: DraftStorage = {
          read: (key) => new Promise((resolve) => setTimeout(() => resolve(memory.read(key)), 30)),
          write: async (key, value) => memory.write(key, value),
          remove: async (key) => memory.remove(key),
        };
        const { element, errors } = await mount(adapter, { storage: slow });
        await new Promise((resolve) => setTimeout(resolve, 60));
        await settle(element);
        expect([adapter.showsProgress(element), errors]).to.deep.equal([true, []]);
      });
    });

    describe('the outbox', () => {
      it('keeps its record until the host acknowledges it: shown as not sent, announced again by the next element on the draft until ack()', async () => {
        const storage = new MemoryDraftStorage();
        const announced: OtOutcomeEvent[] = [];
        const listen = (element: E) => element.addEventListener('ot-outcome', (event) => announced.push(event));
        const first = await mount(adapter, { ...completing(), storage, before: listen });
        await adapter.complete(first.element);
        await settle(first.element);
        const record = announced.at(-1)!.detail;
        const pending = async () => (await new Outbox(storage, DRAFT_KEY).pending()).map((entry) => entry.record);
        expect((await pending()).at(-1)).to.deep.equal(record);
        expect(await storage.read(DRAFT_KEY), 'the draft goes once the record is in the outbox').to.equal(null);
        expect(deepQueryAll(first.element, '[data-notice="unsent"]'), 'shown as not sent').to.have.length(1);
        first.element.remove();

        announced.length = 0;
        const second = await mount(adapter, { storage, before: listen });
        expect(announced.map((event) => event.detail).at(-1), 'announced again').to.deep.equal(record);
        expect(deepQueryAll(second.element, '[data-notice="unsent"]')).to.have.length(1);
        expect(adapter.atStart(second.element)).to.equal(true);
        await Promise.all(announced.map((event) => event.ack()));
        await settle(second.element);
        expect([await pending(), deepQueryAll(second.element, '[data-notice="unsent"]').length]).to.deep.equal([[], 0]);
        second.element.remove();

        announced.length = 0;
        await mount(adapter, { storage, before: listen });
        expect(announced, 'acknowledged: not announced again').to.deep.equal([]);
      });
    });

    describe('one editor per draft', () => {
      it('a second element on the draft shows it is open elsewhere, with "Take over here"; taking over shows the progress; the first can take it back', async () => {
        const storage = new MemoryDraftStorage();
        const first = await mount(adapter, { storage });
        await adapter.makeProgress(first.element);
        const second = await mount(adapter, { storage });
        const takeOver = (element: E) => deepQueryAll<HTMLButtonElement>(element, '[data-notice="open-elsewhere"] button')[0];
        await until(() => takeOver(second.element) !== undefined, 'open elsewhere in the second');
        expect(adapter.showsProgress(second.element) || adapter.atStart(second.element), 'no form while open elsewhere').to.equal(false);
        await expectNoAxeViolations(second.element);

        takeOver(second.element)!.click();
        await until(() => adapter.showsProgress(second.element), 'the progress in the second');
        await until(() => takeOver(first.element) !== undefined, 'open elsewhere in the first');
        takeOver(first.element)!.click();
        await until(() => adapter.showsProgress(first.element), 'the progress back in the first');
        await until(() => takeOver(second.element) !== undefined, 'open elsewhere in the second again');
        expect([first.errors, second.errors]).to.deep.equal([[], []]);
      });
    });

    describe('by keyboard, and axe', () => {
      it('is completed with the keyboard alone; its record passes zod and the committed JSON Schema; focus ends on the confirmation', async () => {
        const { element, outcomes: seen } = await mount(adapter);
        await adapter.completeByKeyboard(element);
        await settle(element);
        expect(seen).to.have.length(outcomes);
        const record = seen.at(-1) as OutcomeRecord;
        expect(element.value).to.equal(record);
        expect(validateOutcomeRecord(record).success).to.equal(true);
        const jsonSchema = await validateAgainstJsonSchema(`packages/core/schemas/outcome-record.v${OUTCOME_RECORD_VERSION}.json`, record);
        expect(jsonSchema.errors).to.deep.equal([]);
        expect(jsonSchema.valid).to.equal(true);
        await adapter.checkKeyboardRecord?.(record);
        expect(normalise(deepActiveElement()?.textContent)).to.equal(adapter.completedHeading);
      });

      it('passes axe at the start, with its error summary (which takes focus), and once complete', async () => {
        const fresh = await mount(adapter);
        await expectNoAxeViolations(fresh.element);
        await adapter.attempt(fresh.element);
        const summary = deepQueryAll<HTMLElement>(fresh.element, '.error-summary')[0];
        expect(summary, 'an error summary').to.not.equal(undefined);
        expect(deepActiveElement()).to.equal(summary);
        await expectNoAxeViolations(fresh.element);
        fresh.element.remove();

        const { element } = await mount(adapter, completing());
        await adapter.complete(element);
        await expectNoAxeViolations(element);
      });
    });

    if (adapter.adoption) runAdoptionSuite(adapter as unknown as FormElementAdapter<AdoptingElement>, adapter.adoption);
  });
}
