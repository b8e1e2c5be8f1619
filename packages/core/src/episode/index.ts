/** The reablement episode and England's CLD value lists. */
export {
  ReablementEpisodeSchema,
  EquipmentSchema,
  MinorAdaptationSchema,
  MajorAdaptationSchema,
  MINOR_ADAPTATION_LIMIT,
  type ReablementEpisode,
  type ReablementEpisodeInput,
} from './episode-schema.js';
export {
  cldEventOutcomes,
  cldServiceTypes,
  cldServiceComponents,
  cldRoutesOfAccessR1,
  type CldEventOutcome,
  type CldServiceType,
  type CldServiceComponent,
} from './cld-values.js';
