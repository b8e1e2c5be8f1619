export { OtAssessment } from './assessment/ot-assessment.js';
export { OtGasChart } from './goals/ot-gas-chart.js';
export { OtGoalPlan } from './goals/ot-goal-plan.js';
export { OtEpisodeSummary } from './episode/ot-episode-summary.js';
export { OtEpisode } from './episode/ot-episode.js';
export { OtHomeVisitSummary, type SummaryAudience, type SummaryContact } from './home-visit/ot-home-visit-summary.js';
export { OtHomeVisit } from './home-visit/ot-home-visit.js';
export { OtOutcomeReport } from './reporting/ot-outcome-report.js';
export { OtChoiceQuestion } from './questions/ot-choice-question.js';
export { OtInputQuestion } from './questions/ot-input-question.js';
export { OtCheckboxesQuestion } from './questions/ot-checkboxes-question.js';
export { OtPhotoQuestion } from './questions/ot-photo-question.js';
export { QuestionElement } from './questions/question-element.js';
export { ActorController, type ActorControllerCallbacks, type DraftStart } from './controllers/actor-controller.js';
export { LocalStorageDraftStorage } from './storage/local-storage-draft-storage.js';
export {
  IndexedDbDraftStorage,
  DRAFT_DATABASE_NAME,
  DRAFT_STORE_NAME,
  type IndexedDbDraftStorageOptions,
} from './storage/indexed-db-draft-storage.js';
export { EncryptedDraftStorage, type DraftEncryptionKey, type EncryptedDraftEnvelope } from './storage/encrypted-draft-storage.js';
export { defaultDraftStorage } from './storage/default-draft-storage.js';
export { draftStorageContext } from './storage/draft-storage-context.js';
export * from './events/index.js';
export * from './i18n/index.js';
