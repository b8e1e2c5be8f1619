import { OtGoalPlan } from './ot-goal-plan.js';
import '../questions/ot-choice-question.define.js';
import '../questions/ot-input-question.define.js';
import './ot-gas-chart.define.js';
// Brings the `ot-outcome` and `ot-error` entries of HTMLElementEventMap into a
// host's types when it imports only this file (the class's .d.ts never names
// the events). At run time it adds nothing: the element loads these classes anyway.
import '../events/ot-outcome-event.js';
import '../events/ot-error-event.js';

if (!customElements.get('ot-goal-plan')) customElements.define('ot-goal-plan', OtGoalPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ot-goal-plan': OtGoalPlan;
  }
}
