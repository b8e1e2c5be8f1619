import '@otforms/elements/define/ot-goal-plan';
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { OtGoalPlan as OtGoalPlanElement, type OtOutcomeEvent, type OtErrorEvent } from '@otforms/elements';

/** `<ot-goal-plan>`: goal setting and review with goal attainment scaling; `onOtOutcome` receives the goal-plan record when the plan is closed. */
export const OtGoalPlan = createComponent({
  react: React,
  tagName: 'ot-goal-plan',
  elementClass: OtGoalPlanElement,
  events: {
    onOtOutcome: 'ot-outcome' as EventName<OtOutcomeEvent>,
    onOtError: 'ot-error' as EventName<OtErrorEvent>,
  },
  displayName: 'OtGoalPlan',
});
