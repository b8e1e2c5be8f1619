// Only the element this page uses: each tag can be registered on its own.
import '@otforms/elements/define/ot-episode';
import { parseDefinition, type OutcomeRecord } from '@otforms/core';
import { barthelDefinition } from '@otforms/instruments';

const episode = document.querySelector('ot-episode')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const form = document.querySelector<HTMLFormElement>('#host-form')!;
const views = {
  record: document.querySelector<HTMLElement>('#record')!,
  fhir: document.querySelector<HTMLElement>('#fhir')!,
  cld: document.querySelector<HTMLElement>('#cld')!,
};

// Only the instrument this episode uses, so the page does not carry the whole catalogue.
const instruments = [parseDefinition(barthelDefinition)];
episode.instruments = instruments;

/** Shows a text and offers it for download; textContent, never innerHTML: the record holds text typed by people. */
function show(view: keyof typeof views, text: string, type: string): void {
  views[view].textContent = text;
  const link = document.querySelector<HTMLAnchorElement>(`#${view}-download`)!;
  if (link.href.startsWith('blob:')) URL.revokeObjectURL(link.href);
  link.href = URL.createObjectURL(new Blob([text], { type }));
}

async function convert(record: OutcomeRecord): Promise<void> {
  show('record', JSON.stringify(record, null, 2), 'application/json');
  outcome.hidden = false;
  // Loaded when a record exists: a page that only collects records does not carry the converters.
  const { toFhirBundle, toCldRows, toCsv } = await import('@otforms/interop');
  show('fhir', JSON.stringify(toFhirBundle(record, { definitions: instruments }), null, 2), 'application/fhir+json');
  show('cld', toCsv(toCldRows(record, { laPersonId: 'DEMO-0001' })), 'text/csv');
}

episode.addEventListener('ot-outcome', (event) => void convert(event.detail));

episode.addEventListener('ot-error', (event) => {
  views.record.textContent = `${event.detail.kind}: ${event.detail.message}`;
  outcome.hidden = false;
});

document.querySelector('#restart')!.addEventListener('click', () => {
  form.reset();
  outcome.hidden = true;
  episode.focus();
});
