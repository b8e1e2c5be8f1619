import '@otforms/elements/define/ot-assessment';
import { loadDefinition, MemoryDraftStorage } from '@otforms/core';
import type { ReactiveElement } from 'lit';
import { createBench, type BenchAdapter } from '../driver.js';
import { pageForm } from '../page-definition.js';

/** `<ot-assessment>` as a host page would use it; the adapter only finds its controls. */

const host = document.querySelector('ot-assessment')!;
// In memory: storage I/O is not what the main comparison measures (the floor keeps no draft).
// ?store=default keeps the browser default (IndexedDB), as a host that gives no store has it:
// scripts/bench.mjs reports that as a row of its own. Each bench page opens in a browser
// context of its own (open-page.mjs), so its database is new each time, as on a first visit,
// and no draft of an earlier run can resume mid-way.
if (new URLSearchParams(location.search).get('store') !== 'default') host.storage = new MemoryDraftStorage();
// The assessor's running score (an option of the element) is what shows the
// total as answers are given, as the vanilla form's running total does.
host.toggleAttribute('running-score', true);

type QuestionElement = ReactiveElement & { item?: { id: string } };
const root = () => host.shadowRoot;

// The size comes from the URL (?items=N); without it, the 300-item form. It is
// compiled ahead of time, as a vendor ships a catalogue form, and the page (which trusts its own
// build's file) gives the element loadDefinition of it; ?raw=1: as written, checked by the element.
const form = await pageForm(location.search);

const adapter: BenchAdapter = {
  // The driver reads the form's sections from `definition`. Loaded here, in the timed mount, as a vendor's page would.
  mount() {
    host.definition = form.raw ? form.given : loadDefinition(form.given);
  },
  question(itemId) {
    const element = root()?.querySelector<QuestionElement>(`#question-${itemId}`);
    // Lit reuses the question elements from one section to the next, so an
    // element only counts once it shows this item and has finished rendering.
    if (!element?.shadowRoot || element.item?.id !== itemId || element.isUpdatePending || !element.hasUpdated) return null;
    const radios = [...element.shadowRoot.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    if (radios.length) return { kind: 'choice', radios };
    const input = element.shadowRoot.querySelector<HTMLInputElement>('input');
    return input ? { kind: 'number', input } : null;
  },
  continueButton: () => (host.isUpdatePending ? null : (root()?.querySelector<HTMLElement>('button[part=button]') ?? null)),
  // The score is shown only on "Check your answers".
  isReview: () => !host.isUpdatePending && root()?.querySelector('[part=score]') != null,
  displayedTotal() {
    // "Score so far: N out of M" under the questions, or the first row of the
    // review page's score, "N out of M".
    // otforms writes numbers as en-GB does, so a total of a thousand or more has a comma ("1,234").
    const running = root()?.querySelector('[part=running-score]')?.textContent?.match(/(\d[\d,]*) out of/);
    const review = root()?.querySelector('[part=score] dd')?.textContent?.match(/^\s*(\d[\d,]*)/);
    const shown = running ?? review;
    return shown ? Number(shown[1]!.replaceAll(',', '')) : null;
  },
};

window.otformsBench = createBench(adapter, form.definition);
