import '@otforms/elements/define/ot-goal-plan';
import { OtGoalPlan as OtGoalPlanElement } from '@otforms/elements';
import { formEvents, wrapElement } from './wrapper.js';

/** `<ot-goal-plan>`: goal setting and review with goal attainment scaling; `onOtOutcome` receives the goal-plan record when the plan is closed. */
export const OtGoalPlan = wrapElement('ot-goal-plan', OtGoalPlanElement, formEvents);
