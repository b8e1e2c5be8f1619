/**
 * cdn/otforms.js: the one ES module a form page without a bundler loads. It
 * registers every ot-* element but `<ot-outcome-report>` (cdn/reporting.js
 * adds that one), and exports the elements' classes and events with all of
 * @otforms/core, so a page can also parse definitions and validate records.
 * Its types are cdn/otforms.d.ts, which says the same thing.
 *
 * The classes come from their own modules in ../dist, not through the
 * package's index, which also re-exports the report: vite.cdn.config.ts puts
 * in this file every module this one imports, so it must not reach the report.
 */
import './zod-jitless.js';
import '@otforms/elements/define/ot-assessment';
// Static here, so the photo question an assessment loads on demand is in this one file, not a chunk beside it.
import '@otforms/elements/define/ot-photo-question';
import '@otforms/elements/define/ot-gas-chart';
import '@otforms/elements/define/ot-goal-plan';
import '@otforms/elements/define/ot-episode-summary';
import '@otforms/elements/define/ot-episode';
import '@otforms/elements/define/ot-home-visit';
import '@otforms/elements/define/ot-home-visit-summary';
// Welsh in this file, registered at once: cdn/ is a fixed set of files that import nothing, so a lazy chunk is not an option.
import '@otforms/elements/locales/cy.js';

export { OtAssessment } from '../dist/assessment/ot-assessment.js';
export { OtGasChart } from '../dist/goals/ot-gas-chart.js';
export { OtGoalPlan } from '../dist/goals/ot-goal-plan.js';
export { OtEpisodeSummary } from '../dist/episode/ot-episode-summary.js';
export { OtEpisode } from '../dist/episode/ot-episode.js';
export { OtHomeVisit } from '../dist/home-visit/ot-home-visit.js';
export { OtHomeVisitSummary } from '../dist/home-visit/ot-home-visit-summary.js';
export { OtChoiceQuestion } from '../dist/questions/ot-choice-question.js';
export { OtInputQuestion } from '../dist/questions/ot-input-question.js';
export { OtCheckboxesQuestion } from '../dist/questions/ot-checkboxes-question.js';
export { QuestionElement } from '../dist/questions/question-element.js';
export { ActorController } from '../dist/controllers/actor-controller.js';
export { LocalStorageDraftStorage } from '../dist/storage/local-storage-draft-storage.js';
export { draftStorageContext } from '../dist/storage/draft-storage-context.js';
export * from '../dist/events/index.js';
// The words: lang, overrideMessages, registerLocale… (docs/languages.md), so a page without a bundler can change them too.
export * from '../dist/i18n/index.js';
export * from '@otforms/core';
