// Only the element this page uses: each tag can be registered on its own.
import '@otforms/elements/define/ot-assessment';
import { barthelDefinition } from '@otforms/instruments';

const assessment = document.querySelector('ot-assessment')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const recordView = document.querySelector<HTMLElement>('#record')!;
const form = document.querySelector<HTMLFormElement>('#host-form')!;

// Only the instrument this page uses, so the page does not carry the whole catalogue.
assessment.definition = barthelDefinition;

assessment.addEventListener('ot-outcome', (event) => {
  // textContent, never innerHTML: the record holds text typed by people.
  recordView.textContent = JSON.stringify(event.detail, null, 2);
  outcome.hidden = false;
});

assessment.addEventListener('ot-error', (event) => {
  recordView.textContent = `${event.detail.kind}: ${event.detail.message}`;
  outcome.hidden = false;
});

document.querySelector('#restart')!.addEventListener('click', () => {
  form.reset();
  outcome.hidden = true;
  assessment.focus();
});
