import '@otforms/elements/define/ot-goal-plan';

const plan = document.querySelector('ot-goal-plan')!;
const outcome = document.querySelector<HTMLElement>('#outcome')!;
const recordView = document.querySelector<HTMLElement>('#record')!;
const form = document.querySelector<HTMLFormElement>('#host-form')!;

plan.addEventListener('ot-outcome', (event) => {
  // textContent, never innerHTML: the record holds the person's own words.
  recordView.textContent = JSON.stringify(event.detail, null, 2);
  outcome.hidden = false;
});

plan.addEventListener('ot-error', (event) => {
  recordView.textContent = `${event.detail.kind}: ${event.detail.message}`;
  outcome.hidden = false;
});

document.querySelector('#restart')!.addEventListener('click', () => {
  form.reset();
  outcome.hidden = true;
  plan.focus();
});
