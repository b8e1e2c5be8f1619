export { createAssessmentMachine, type AssessmentMachine } from './assessment/assessment-machine.js';
export type { AssessmentContext, AssessmentEmitted, AssessmentEvent, AssessmentInput } from './assessment/assessment-types.js';
export { readAssessmentDraft, AssessmentSnapshotSchema, AssessmentContextSchema, type AssessmentSnapshot } from './assessment/assessment-snapshot.js';
export type { HostDetails } from './assessment/assessment-sequence.js';
export { auditEntries, auditEntryOf, type AnswerAuditTrail } from './assessment/answer-audit.js';
export { heldAnswer, heldAnswersOf, flatAnswers, flatResponses, photoResponses, type HeldAnswers, type HeldResponses } from './assessment/held-answers.js';
export type { DraftReading, DraftRefusalReason } from './drafts/draft-reading.js';
export { fieldMessage, type VisibleErrors } from './errors/visible-errors.js';
export {
  progressOf,
  currentSection,
  scoreOf,
  runningScoreOf,
  type RunningScore,
  describeAnswer,
  describeEntries,
  describeQuestionAnswer,
  shownItemIds,
  shownItems,
  formatDate,
  answerFieldKey,
  visibleAnswerErrors,
  type AssessmentView,
  type Progress,
} from './assessment/assessment-selectors.js';
export { goalPlanMachine, toGoalPlan, type GoalPlanMachine } from './goal-plan/goal-plan-machine.js';
export { planErrors, achievementOf } from './goal-plan/draft-goals.js';
export { visiblePlanErrors, goalFieldKey, availableSeeds, type VisiblePlanErrors } from './goal-plan/goal-plan-selectors.js';
export type { DraftGoal, GoalField, GoalPlanContext, GoalPlanEmitted, GoalPlanEvent, GoalPlanInput, GoalSeed, PlanError, PlanErrorCode, PlanErrorValues } from './goal-plan/goal-plan-types.js';
export { readGoalPlanDraft, GoalPlanSnapshotSchema, GoalPlanContextSchema, GoalSeedSchema, type GoalPlanSnapshot } from './goal-plan/goal-plan-snapshot.js';
export { createEpisodeMachine, type EpisodeMachine, type EpisodeOptions } from './episode/episode-machine.js';
export {
  EPISODE_TASKS,
  EPISODE_TASKS_WITH_HOME_VISIT,
  episodeTasks,
  homeVisitChild,
  currentTask,
  taskStatuses,
  currentAssessment,
  assessmentChild,
  goalPlanChild,
  reviewStage,
  visibleEpisodeErrors,
  type EpisodeTask,
  type EpisodeTaskStatus,
} from './episode/episode-selectors.js';
export { episodeErrors, episodeErrorKey, episodeRules, type EpisodeError, type EpisodeErrorCode, type EpisodeRule, type EpisodeStep } from './episode/episode-errors.js';
export { emptyDraft, episodeRowFields, toEpisodeInput, type EpisodeDraft, type EpisodeField, type EpisodeList, type EpisodeRows } from './episode/episode-draft.js';
export { vocabularyFields, placeChoice, choicesOutsideVocabulary, type VocabularyField } from './episode/episode-vocabulary.js';
export type { EpisodeContext, EpisodeEmitted, EpisodeEvent, EpisodeInput, GoalPlanProgress, RevisitableTask } from './episode/episode-types.js';
export { readEpisodeDraft, EpisodeSnapshotSchema, EpisodeContextSchema, type EpisodeSnapshot } from './episode/episode-snapshot.js';
export { recommendationsMachine, type RecommendationsMachine } from './recommendations/recommendations-machine.js';
export { pendingSuggestions, decisionReasonOf, nextStatusesOf, visibleRecommendationErrors } from './recommendations/recommendations-selectors.js';
export { recommendationsErrors, recommendationFieldKey, suggestionFieldKey } from './recommendations/recommendations-errors.js';
export { RECOMMENDATION_FIELDS, suggestionKey } from './recommendations/draft-recommendations.js';
export type {
  DraftRecommendation,
  RecommendationError,
  RecommendationErrorCode,
  KeptRecommendationError,
  RecommendationField,
  RecommendationProblem,
  RecommendationNeed,
  RecommendationsContext,
  RecommendationsEmitted,
  RecommendationsEvent,
  RecommendationsInput,
  RecommendationsOutput,
  SuggestionRef,
} from './recommendations/recommendations-types.js';
export { readRecommendationsDraft, RecommendationsSnapshotSchema, RecommendationsContextSchema, type RecommendationsSnapshot } from './recommendations/recommendations-snapshot.js';
export { createHomeVisitMachine, type HomeVisitMachine } from './home-visit/home-visit-machine.js';
export {
  HOME_VISIT_STEPS,
  homeVisitStep,
  homeVisitInstrumentIndex,
  homeVisitAssessmentChild,
  homeVisitRecommendationsChild,
  type HomeVisitStep,
} from './home-visit/home-visit-selectors.js';
export { conversationSeeds, suggestionsFor, needsFor } from './home-visit/visit-parts.js';
export type { HomeVisitContext, HomeVisitEvent, HomeVisitInput } from './home-visit/home-visit-types.js';
export { readHomeVisitDraft, HomeVisitSnapshotSchema, HomeVisitContextSchema, type HomeVisitSnapshot, type HomeVisitDraftRule } from './home-visit/home-visit-snapshot.js';
