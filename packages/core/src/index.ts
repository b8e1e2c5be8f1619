export {
  InstrumentDefinitionSchema,
  SectionSchema,
  ItemSchema,
  ChoiceOptionSchema,
  ScoringSchema,
  BandSetSchema,
  LicenceSchema,
  AdministrationModeSchema,
  MEASUREMENT_UNITS,
  MeasurementItemSchema,
  PhotoItemSchema,
  OwnWordsItemSchema,
  type InstrumentDefinition,
  type InstrumentDefinitionInput,
  type Section,
  type Item,
  type QuestionItem,
  type ItemType,
  type SingleChoiceItem,
  type MultipleChoiceItem,
  type YesNoItem,
  type IntegerItem,
  type DecimalItem,
  type DurationItem,
  type TextItem,
  type DateItem,
  type MeasurementItem,
  type PhotoItem,
  type OwnWordsItem,
  type GroupItem,
  type ChoiceOption,
  type Condition,
  type Scoring,
  type BandSet,
  type Band,
  type BetterWhen,
  type Licence,
  type AdministrationMode,
} from './definition/definition-schema.js';
export { parseDefinition } from './definition/parse-definition.js';
export {
  compileDefinition,
  loadDefinition,
  COMPILED_DEFINITION_FORMAT,
  COMPILED_DEFINITION_FORMAT_VERSION,
  type CompiledDefinition,
} from './definition/compile-definition.js';
export { localiseDefinition, type LocalisedDefinition } from './definition/localise-definition.js';
export { untranslatedText } from './definition/translation-coverage.js';
export {
  DefinitionTranslationSchema,
  type DefinitionTranslation,
  type ItemTranslation,
  type SectionTranslation,
  type ScoringTranslation,
} from './definition/definition-schema.js';
export { DefinitionError, type DefinitionIssue } from './definition/definition-error.js';
export { formatPath } from './definition/rule-support.js';
export {
  AnswerSchema,
  AnswersSchema,
  ResponseStateSchema,
  emptyResponseState,
  entryInputKey,
  groupEntries,
  type Answer,
  type Answers,
  type QuestionAnswer,
  type GroupEntry,
  type ResponseState,
  type ResponseStateInput,
} from './answers/answers.js';
export * from './attachments/index.js';
export * from './recommendations/index.js';
export { isConditionMet, areConditionsMet, enabledItemIds, hiddenItemIds, effectiveAnswers } from './conditions/enable-when.js';
export { dependantsIndex, type DependantsIndex } from './conditions/dependants-index.js';
export { updateHiddenItems, type VisitItem } from './conditions/update-hidden-items.js';
export { indexDefinition, type DefinitionIndex } from './definition/definition-index.js';
export { readInput, isRealIsoDate, type ReadInput } from './answers/read-input.js';
export { ownWordsText, ownWordsAnswers, type OwnWordsAnswer } from './answers/own-words.js';
export { englandDate, englandToday } from './dates/england-date.js';
export { validateAnswers, validateShownItems, validateItem, checkItem, outOfRangeProblem, type AnswerError, type ItemProblem } from './answers/validate-answers.js';
export { AnswerProblemSchema, describeAnswerProblem, describeEntryProblem, type AnswerProblem, type AnswerProblemKind } from './answers/answer-problem.js';
export { photosCounted, photoSizeProblem } from './answers/validate-photos.js';
export { photoItems } from './answers/photo-answers.js';
export { inSentence } from './answers/in-sentence.js';
export { scoreInstrument, itemScore, type ScoreResult, type ScoreOptions, type BandResult } from './scoring/score-instrument.js';
export { trackScore, updateScore, type ScoreTracker } from './scoring/score-tracker.js';
export { trackedTotals, trackedScore } from './scoring/tracked-totals.js';
export { allItems, scoredItemIds, scaleRange } from './scoring/scored-items.js';
export {
  OUTCOME_RECORD_VERSION,
  OutcomeRecordSchema,
  OutcomeRecordV1Schema,
  OutcomeRecordV2Schema,
  OutcomeRecordV3Schema,
  OutcomeRecordV4Schema,
  OutcomeRecordV5Schema,
  AssessmentRecordSchema,
  AnswerAuditSchema,
  AnswerAuditEntrySchema,
  AnswerChangeSchema,
  answerAuditFor,
  HomeVisitRecordSchema,
  GoalPlanRecordSchema,
  EpisodeRecordSchema,
  EpisodeAssessmentSchema,
  ASSESSMENT_TIMEPOINTS,
  GasSummarySchema,
  BandResultSchema,
  type OutcomeRecord,
  type OutcomeRecordInput,
  type OutcomeRecordV1,
  type OutcomeRecordV2,
  type OutcomeRecordV3,
  type OutcomeRecordV4,
  type OutcomeRecordV5,
  type AssessmentRecord,
  type AnswerAudit,
  type AnswerAuditEntry,
  type AnswerChange,
  type HomeVisitRecord,
  type HomeVisitRecordInput,
  type GoalPlanRecord,
  type EpisodeRecord,
  type EpisodeAssessment,
  type AssessmentTimepoint,
} from './record/outcome-record-schema.js';
export * from './episode/index.js';
export { migrateOutcomeRecord } from './record/migrate-outcome-record.js';
export { gasTScore, DEFAULT_RHO, type GasEntry, type GasOptions } from './goals/gas-t-score.js';
export { newGoalId } from './goals/goal-id.js';
export { defaultGasLightRatings, levelFromGasLight, type GasLightRating } from './goals/gas-light.js';
export { goalLevelOn, goalWeight, summariseGoalPlan, type GasSummary } from './goals/goal-plan-scores.js';
export {
  GoalPlanSchema,
  GoalSchema,
  GoalV3Schema,
  GoalPlanV3Schema,
  GoalReviewSchema,
  GasLevelSchema,
  GoalLifecycleStatusSchema,
  GoalAchievementStatusSchema,
  defaultGoalDomains,
  type Goal,
  type GoalInput,
  type GoalSeededFrom,
  type GoalPlan,
  type GoalPlanInput,
  type GoalReview,
  type GoalLifecycleStatus,
  type GoalAchievementStatus,
} from './goals/goal-plan-schema.js';
export { validateOutcomeRecord, type OutcomeRecordValidation } from './record/validate-outcome-record.js';
export { buildOutcomeRecord, type OutcomeRecordContext } from './record/build-outcome-record.js';
export { buildEpisodeRecord, type EpisodeRecordContext } from './record/build-episode-record.js';
export { buildHomeVisitRecord, type HomeVisitRecordContext } from './record/build-home-visit-record.js';
export { MemoryDraftStorage, type DraftStorage } from './storage/draft-storage.js';
export { noteCopy, copiedSince } from './copies/noted-copies.js';
export { asBuckets, bucketEntries, bucketValue, hasBucketValue, isBucketedRecord, toBuckets, withBucketValue, withoutBucketValue, type BucketedRecord } from './copies/bucketed-record.js';
export { applyDraftChange, applyKeptChanges, draftChange, draftFingerprint, DraftChangeMismatchError, type DraftChange, type DraftChangeStep } from './storage/draft-change.js';
export { UnreadableDraftError, type UnreadableDraftReason } from './storage/unreadable-draft-error.js';
export {
  keepDraftAside,
  listKeptAsideDrafts,
  exportKeptAsideDraft,
  removeKeptAsideDraft,
  KEPT_ASIDE_PREFIX,
  KEPT_ASIDE_INDEX_KEY,
  type KeptAsideReason,
  type KeptAsideSummary,
  type KeptAsideDraft,
} from './storage/kept-aside-drafts.js';
export { Outbox, outboxKey, type OutboxEntry } from './storage/outbox.js';
export { OTFORMS_VERSION } from './version.js';
