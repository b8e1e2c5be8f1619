// Only the elements this page uses: each tag can be registered on its own.
import '@otforms/elements/define/ot-home-visit';
import '@otforms/elements/define/ot-home-visit-summary';
import { fallsRiskChecklistDefinition, homeEnvironmentDefinition, whatMattersConversationDefinition } from '@otforms/instruments';
import { parseDefinition } from '@otforms/core';

const visit = document.querySelector('ot-home-visit')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const recordView = document.querySelector<HTMLElement>('#record')!;
const form = document.querySelector<HTMLFormElement>('#host-form')!;
const summaries = [...document.querySelectorAll('ot-home-visit-summary')];

// The visit's three definitions, in the order an OT works through them; the summaries read the same ones.
const definitions = [homeEnvironmentDefinition, fallsRiskChecklistDefinition, whatMattersConversationDefinition].map((definition) => parseDefinition(definition));
visit.definitions = definitions;
const contact = { name: 'Occupational therapy team, Exampleton Council', phone: '01632 960 000', hours: 'Monday to Friday, 9am to 5pm' };

visit.addEventListener('ot-outcome', (event) => {
  // textContent, never innerHTML: the record holds the person's own words.
  recordView.textContent = JSON.stringify(event.detail, (key, value) => (key === 'data' ? '(photo data left out here)' : value), 2);
  for (const summary of summaries) {
    summary.definitions = definitions;
    summary.contact = contact;
    summary.record = event.detail as typeof summary.record;
  }
  outcome.hidden = false;
  document.querySelector<HTMLElement>('#outcome-title')!.focus();
});

visit.addEventListener('ot-error', (event) => {
  recordView.textContent = `${event.detail.kind}: ${event.detail.message}`;
  outcome.hidden = false;
});

for (const button of document.querySelectorAll<HTMLButtonElement>('[data-print]')) {
  button.addEventListener('click', () => {
    document.body.dataset.printing = button.dataset.print;
    window.print();
  });
}
window.addEventListener('afterprint', () => delete document.body.dataset.printing);

document.querySelector('#restart')!.addEventListener('click', () => {
  form.reset();
  outcome.hidden = true;
  visit.focus();
});
