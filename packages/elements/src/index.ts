export { OtAssessment } from './assessment/ot-assessment.js';
export { OtChoiceQuestion } from './questions/ot-choice-question.js';
export { OtInputQuestion } from './questions/ot-input-question.js';
export { QuestionElement } from './questions/question-element.js';
export { ActorController, type ActorControllerCallbacks } from './controllers/actor-controller.js';
export { LocalStorageDraftStorage } from './storage/local-storage-draft-storage.js';
export { draftStorageContext } from './storage/draft-storage-context.js';
export * from './events/index.js';
