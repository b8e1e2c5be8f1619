export { summariseOutcomes, createOutcomeSummariser, type SummaryOptions, type OutcomeSummariser } from './summarise/outcome-summariser.js';
export type { BetterWhenByInstrument } from './summarise/figures-accumulator.js';
export {
  OUTCOME_SUMMARY_VERSION,
  OutcomeSummarySchema,
  OutcomeFiguresSchema,
  OutcomeGroupSchema,
  InstrumentOutcomeSchema,
  GoalOutcomeSchema,
  CareHoursOutcomeSchema,
  Ascof2aSummarySchema,
  FollowUpSummarySchema,
  AdaptationSummarySchema,
  SummaryCountsSchema,
  UnreadableRecordSchema,
  ConfidenceIntervalSchema,
  TScoreBinSchema,
  T_SCORE_BINS,
  type OutcomeSummary,
  type OutcomeFigures,
  type OutcomeGroup,
  type InstrumentOutcome,
  type GoalOutcome,
  type CareHoursOutcome,
  type Ascof2aSummary,
  type FollowUpSummary,
  type AdaptationSummary,
  type UnreadableRecord,
  type ConfidenceInterval,
} from './outcome-summary-schema.js';
export { suppressFigures, DEFAULT_SUPPRESSION_THRESHOLD, type SuppressionOptions, type SuppressedFigures, type Shown } from './suppression.js';
export { periodOf, NOT_ENDED, type ReportingPeriod } from './period.js';
export { episodeOutcomeRow, type EpisodeOutcomeRow, type EpisodeInstrumentTotals, type CareHoursChange, type BetterWhen } from './episode-outcome-row.js';
export { outcomeExtract, createOutcomeExtractor, type OutcomeExtract, type OutcomeExtractor } from './extract/outcome-extract.js';
export { EXTRACT_COLUMNS, type ExtractColumn, type FixedExtractColumnName, type ExtractColumnType, type ExtractValue } from './extract/extract-columns.js';
export { outcomeExtractCsv, type ExtractCsvOptions } from './csv/extract-csv.js';
export { outcomeSummaryCsv, SUMMARY_CSV_COLUMNS, type SummaryCsvColumn, type SummaryCsvOptions } from './csv/summary-csv.js';
export { toOutcomeParquet, type OutcomeParquet } from './parquet/to-outcome-parquet.js';
export { outcomeExtractParquet, PARQUET_COLUMN_TYPES } from './parquet/extract-parquet.js';
