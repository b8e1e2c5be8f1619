import '@otforms/elements/define/ot-assessment';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtAssessment as OtAssessmentElement, type OtOutcomeEvent, type OtErrorEvent } from '@otforms/elements';

/** `<ot-assessment>`: runs an instrument definition (`definition`) as an assessment; `onOtOutcome` receives the assessment record. */
export const OtAssessment = createComponent({
  react: React,
  tagName: 'ot-assessment',
  elementClass: OtAssessmentElement,
  events: {
    onOtOutcome: 'ot-outcome' as EventName<OtOutcomeEvent>,
    onOtError: 'ot-error' as EventName<OtErrorEvent>,
  },
  displayName: 'OtAssessment',
});
