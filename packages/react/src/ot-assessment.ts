import '@otforms/elements/define/ot-assessment';
import { OtAssessment as OtAssessmentElement } from '@otforms/elements';
import { formEvents, wrapElement } from './wrapper.js';

/** `<ot-assessment>`: runs an instrument definition (`definition`) as an assessment; `onOtOutcome` receives the assessment record. */
export const OtAssessment = wrapElement('ot-assessment', OtAssessmentElement, formEvents);
