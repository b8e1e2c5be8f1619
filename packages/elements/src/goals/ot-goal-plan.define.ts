import { OtGoalPlan } from './ot-goal-plan.js';
import '../questions/ot-choice-question.define.js';
import '../questions/ot-input-question.define.js';
import './ot-gas-chart.define.js';

if (!customElements.get('ot-goal-plan')) customElements.define('ot-goal-plan', OtGoalPlan);

declare global {
  interface HTMLElementTagNameMap {
    'ot-goal-plan': OtGoalPlan;
  }
}
