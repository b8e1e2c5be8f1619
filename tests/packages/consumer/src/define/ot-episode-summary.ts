// Only this entry: it registers <ot-episode-summary> (which fires no events) and must bring its tag into a host's types.
import '@otforms/elements/define/ot-episode-summary';

const summary = document.createElement('ot-episode-summary');
console.info(summary.record?.recordId);
