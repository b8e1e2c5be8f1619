/**
 * The reablement episode and England's CLD Release 2 values: a separate
 * entry (`@otforms/core/episode`) until the outcome record carries episodes,
 * so pages that do not use it do not carry it.
 */
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
