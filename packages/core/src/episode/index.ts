/** The reablement episode and England's CLD value lists. */
export {
  ReablementEpisodeSchema,
  EquipmentSchema,
  MinorAdaptationSchema,
  MajorAdaptationSchema,
  MINOR_ADAPTATION_LIMIT,
  FOLLOW_UP_KINDS,
  FOLLOW_UP_STATUSES,
  type FollowUpKind,
  type FollowUpStatus,
  type ReablementEpisode,
  type ReablementEpisodeInput,
} from './episode-schema.js';
export { isEquipmentHeldOn } from './equipment-held.js';
export {
  cldEventOutcomes,
  cldServiceTypes,
  cldServiceComponents,
  cldRoutesOfAccessR1,
  type CldEventOutcome,
  type CldServiceType,
  type CldServiceComponent,
} from './cld-values.js';
export {
  englandCldVocabulary,
  parseEpisodeVocabulary,
  EpisodeVocabularySchema,
  VocabularyError,
  ENGLAND_CLD_SYSTEM,
  isEnglandCldSystem,
  vocabularyEntry,
  type VocabularyEntry,
  type EpisodeVocabulary,
  type VocabularyIssue,
} from './vocabulary.js';
export { LocalCodingSchema, type LocalCoding } from './local-coding.js';
