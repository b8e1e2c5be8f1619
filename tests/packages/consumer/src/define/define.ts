// Only the entry that registers every tag: each tag and each of our events must be in a host's types.
import '@otforms/elements/define';

document.createElement('ot-assessment').addEventListener('ot-outcome', (event) => console.info(event.detail.recordId));
document.createElement('ot-episode').addEventListener('ot-error', (event) => console.error(event.detail.message));
document.createElement('ot-input-question').addEventListener('ot-answer', (event) => console.info(event.detail.itemId));
console.info(document.createElement('ot-gas-chart').plan, document.createElement('ot-episode-summary').record);
