// Only this entry: it registers <ot-home-visit> and must bring its tag and its events into a host's types.
import '@otforms/elements/define/ot-home-visit';

const form = document.createElement('ot-home-visit');
form.addEventListener('ot-outcome', (event) => console.info(event.detail.recordId, event.detail.kind));
form.addEventListener('ot-error', (event) => console.error(event.detail.kind, event.detail.message));
// @ts-expect-error an outcome record has no itemId
form.addEventListener('ot-outcome', (event) => event.detail.itemId);
