import { createBench, type BenchAdapter } from '../driver.js';
import { pageDefinition } from '../page-definition.js';
import { mountVanillaForm } from './vanilla-form.js';

const host = document.querySelector<HTMLElement>('#form')!;

const adapter: BenchAdapter = {
  mount: (definition) => mountVanillaForm(host, definition),
  question(itemId) {
    const element = document.getElementById(`q-${itemId}`);
    if (!element) return null;
    const radios = [...element.querySelectorAll<HTMLInputElement>('input[type=radio]')];
    if (radios.length) return { kind: 'choice', radios };
    const input = element.querySelector<HTMLInputElement>('input');
    return input ? { kind: 'number', input } : null;
  },
  continueButton: () => document.getElementById('continue'),
  isReview: () => document.getElementById('review') !== null,
  displayedTotal() {
    // Read from the text on screen ("Total so far: N out of M"), as with otforms.
    const match = /(\d+) out of/.exec(document.getElementById('total')?.textContent ?? '');
    return match ? Number(match[1]) : null;
  },
};

// The size comes from the URL (?items=N); without it, the 300-item form.
window.otformsBench = createBench(adapter, await pageDefinition(location.search));
