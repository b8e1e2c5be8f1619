// The types of cdn/otforms.js. Written by hand because Vite, not tsc, makes
// that file; they say what cdn-src/otforms.ts says: every tag but
// ot-outcome-report registered (each define module declares its tag in
// HTMLElementTagNameMap), the elements' classes and events, and @otforms/core.
// cdn/reporting.d.ts adds <ot-outcome-report>.
import '../dist/assessment/ot-assessment.define.js';
import '../dist/goals/ot-gas-chart.define.js';
import '../dist/goals/ot-goal-plan.define.js';
import '../dist/episode/ot-episode-summary.define.js';
import '../dist/episode/ot-episode.define.js';
import '../dist/home-visit/ot-home-visit.define.js';
import '../dist/home-visit/ot-home-visit-summary.define.js';
// Welsh, registered at once (it adds no types).
import '../dist/locales/cy.js';

export { OtAssessment } from '../dist/assessment/ot-assessment.js';
export { OtGasChart } from '../dist/goals/ot-gas-chart.js';
export { OtGoalPlan } from '../dist/goals/ot-goal-plan.js';
export { OtEpisodeSummary } from '../dist/episode/ot-episode-summary.js';
export { OtEpisode } from '../dist/episode/ot-episode.js';
export { OtHomeVisit } from '../dist/home-visit/ot-home-visit.js';
export { OtHomeVisitSummary, type SummaryAudience, type SummaryContact } from '../dist/home-visit/ot-home-visit-summary.js';
export { OtChoiceQuestion } from '../dist/questions/ot-choice-question.js';
export { OtInputQuestion } from '../dist/questions/ot-input-question.js';
export { OtCheckboxesQuestion } from '../dist/questions/ot-checkboxes-question.js';
export { QuestionElement } from '../dist/questions/question-element.js';
export { ActorController, type ActorControllerCallbacks, type DraftStart } from '../dist/controllers/actor-controller.js';
export { LocalStorageDraftStorage } from '../dist/storage/local-storage-draft-storage.js';
export { draftStorageContext } from '../dist/storage/draft-storage-context.js';
export * from '../dist/events/index.js';
// The words: lang, overrideMessages, registerLocale… (docs/languages.md), so a page without a bundler can change them too.
export * from '../dist/i18n/index.js';
export * from '@otforms/core';
