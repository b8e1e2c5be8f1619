// The types of cdn/reporting.js, written by hand as cdn/otforms.d.ts is: it
// registers <ot-outcome-report> (its define module declares the tag in
// HTMLElementTagNameMap and the ot-report-export event), and exports the
// element's class with what a page needs of @otforms/reporting (a dependency
// of this package, so its types are re-exported, not restated). Parquet is
// not in the file, so not here either.
import '../dist/reporting/ot-outcome-report.define.js';

export { OtOutcomeReport } from '../dist/reporting/ot-outcome-report.js';
export {
  summariseOutcomes,
  createOutcomeSummariser,
  suppressFigures,
  DEFAULT_SUPPRESSION_THRESHOLD,
  outcomeSummaryCsv,
  outcomeExtract,
  outcomeExtractCsv,
  EXTRACT_COLUMNS,
  type SummaryOptions,
  type OutcomeSummariser,
  type BetterWhenByInstrument,
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
  type SuppressionOptions,
  type SuppressedFigures,
  type Shown,
  type ReportingPeriod,
  type OutcomeExtract,
  type ExtractColumn,
  type ExtractColumnType,
  type ExtractValue,
  type EpisodeOutcomeRow,
  type EpisodeInstrumentTotals,
  type CareHoursChange,
  type BetterWhen,
} from '@otforms/reporting';
