import '@otforms/elements/define/ot-home-visit';
import { OtHomeVisit as OtHomeVisitElement } from '@otforms/elements';
import { formEvents, wrapElement } from './wrapper.js';

/** `<ot-home-visit>`: a home visit's assessments, recommendations and check (`definitions` in order); `onOtOutcome` receives the home-visit record. */
export const OtHomeVisit = wrapElement('ot-home-visit', OtHomeVisitElement, formEvents);
