/**
 * cdn/reporting.js: `<ot-outcome-report>` and the @otforms/reporting
 * functions a plain page needs to make and share outcome evidence, for the
 * pages that show it. Built in the same run as otforms.js, which holds
 * everything the two share (Lit, core, zod, the shared styles), so this file
 * imports that one and a page loads each module once. Apache Parquet
 * (toOutcomeParquet) is left out: it would add about 18 KB gzipped, and a
 * page that needs it bundles @otforms/reporting. Its types are cdn/reporting.d.ts.
 */
import '@otforms/elements/define/ot-outcome-report';

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
} from '@otforms/reporting';
