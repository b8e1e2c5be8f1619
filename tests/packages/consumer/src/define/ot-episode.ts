// Only this entry: it registers <ot-episode> and must bring its tag and its events into a host's types.
import '@otforms/elements/define/ot-episode';

const form = document.createElement('ot-episode');
form.addEventListener('ot-outcome', (event) => console.info(event.detail.recordId, event.detail.kind));
form.addEventListener('ot-error', (event) => console.error(event.detail.kind, event.detail.message));
// @ts-expect-error an outcome record has no itemId
form.addEventListener('ot-outcome', (event) => event.detail.itemId);
