import "@otforms/elements/define/ot-assessment"; // registers <ot-assessment>
import { getInstrument } from "@otforms/instruments";

const assessment = document.querySelector("ot-assessment");
const outcome = document.querySelector("#outcome");

assessment.addEventListener("ot-outcome", (event) => {
    // event.detail is the validated record; the form also submits it as "record".
    outcome.textContent = `Outcome received: ${event.detail.recordId}`;
    // The page has it: it leaves the form's outbox, so it is not announced again.
    event.ack();
});

assessment.definition = getInstrument("barthel-cw20");
