// Only this entry: it registers <ot-home-visit-summary> (which fires no events) and must bring its tag and its properties into a host's types.
import '@otforms/elements/define/ot-home-visit-summary';

const summary = document.createElement('ot-home-visit-summary');
summary.audience = 'housing';
summary.contact = { name: 'Reablement team', phone: '0300 123 4567' };
console.info(summary.record?.recordId, summary.definitions.length, summary.nextReview);
// @ts-expect-error the audience is the person or the housing authority
summary.audience = 'council';
