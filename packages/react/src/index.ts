/**
 * React components for the otforms elements, made with @lit/react: an
 * element's properties are props, and its `ot-*` events are `onOt…` props
 * whose handlers receive our typed event classes. Each component registers
 * its tag (and the tags it renders inside) when its module is evaluated, so a
 * bundler keeps only the elements a host uses.
 */
export { OtAssessment } from './ot-assessment.js';
export { OtGoalPlan } from './ot-goal-plan.js';
export { OtGasChart } from './ot-gas-chart.js';
export { OtEpisode } from './ot-episode.js';
export { OtEpisodeSummary } from './ot-episode-summary.js';
export { OtHomeVisit } from './ot-home-visit.js';
export { OtHomeVisitSummary } from './ot-home-visit-summary.js';
export { OtOutcomeReport } from './ot-outcome-report.js';
export { OtChoiceQuestion } from './ot-choice-question.js';
export { OtInputQuestion } from './ot-input-question.js';
export { OtCheckboxesQuestion } from './ot-checkboxes-question.js';
export { OtPhotoQuestion } from './ot-photo-question.js';
