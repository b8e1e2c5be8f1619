// The page's own script. It is a file, not an inline <script>, so it runs
// under `script-src 'self'`.
import './otforms.js'; // registers every ot-* element but <ot-outcome-report>
import { getInstrument } from './catalogue.js';

const assessment = document.querySelector('ot-assessment');
const outcome = document.querySelector('#outcome');

assessment.addEventListener('ot-outcome', (event) => {
  // event.detail is the validated record; the form also submits it as "record".
  outcome.textContent = `Outcome received: ${event.detail.recordId}`;
  // The page has it: it leaves the form's outbox, so it is not announced again.
  event.ack();
});
assessment.addEventListener('ot-error', (event) => {
  // English whatever the page's language, for your logs: the form shows the OT its own words.
  console.warn(event.detail.kind, event.detail.message);
});

assessment.definition = getInstrument('barthel-cw20');
