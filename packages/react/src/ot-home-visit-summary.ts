import '@otforms/elements/define/ot-home-visit-summary';
import { OtHomeVisitSummary as OtHomeVisitSummaryElement } from '@otforms/elements';
import { wrapElement } from './wrapper.js';

/** `<ot-home-visit-summary>`: a home visit's summary for the person or the housing authority (`audience`, `record`, `definitions`, `contact`, `equipmentReturn`, `nextReview`). Fires no events. */
export const OtHomeVisitSummary = wrapElement('ot-home-visit-summary', OtHomeVisitSummaryElement);
