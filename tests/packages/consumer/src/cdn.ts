// The CDN files' hand-written types (cdn/otforms.d.ts, cdn/catalogue.d.ts,
// cdn/reporting.d.ts), as a TypeScript page that loads them writes;
// catalogue.d.ts checked against the types of @otforms/instruments, which it
// restates, and otforms.d.ts and reporting.d.ts against what their files export.
import { OtAssessment, validateOutcomeRecord, type OutcomeRecord } from '@otforms/elements/cdn/otforms.js';
import type * as cdnOtforms from '@otforms/elements/cdn/otforms.js';
import { catalogue, getInstrument } from '@otforms/elements/cdn/catalogue.js';
import type * as cdnCatalogue from '@otforms/elements/cdn/catalogue.js';
import {
  OtOutcomeReport,
  outcomeExtract,
  outcomeExtractCsv,
  outcomeSummaryCsv,
  summariseOutcomes,
  suppressFigures,
  type OutcomeSummary,
  type SuppressedFigures,
} from '@otforms/elements/cdn/reporting.js';
import type * as cdnReporting from '@otforms/elements/cdn/reporting.js';
import type * as instruments from '@otforms/instruments';

const assessment: OtAssessment = document.createElement('ot-assessment');
const definition = getInstrument('barthel-cw20');
if (definition) assessment.definition = definition;
assessment.addEventListener('ot-outcome', (event) => {
  const record: OutcomeRecord = event.detail;
  const result = validateOutcomeRecord(record);
  if (result.success) console.info(result.record.recordId, catalogue.length);
});

// <ot-outcome-report> is registered by reporting.js, whose types say so.
const report: OtOutcomeReport = document.createElement('ot-outcome-report');
const records: unknown[] = [];
report.records = records;
report.period = 'quarter';
report.suppression = { threshold: 5, label: 'fewer than 5' };
report.addEventListener('ot-report-export', (event) => {
  const file: string = `${event.detail.filename}: ${event.detail.kind}`;
  console.info(file, event.detail.csv.length);
});
const summary: OutcomeSummary = summariseOutcomes(records, { groupBy: (record) => record.assessor?.reference ?? null, period: 'month' });
const shown: SuppressedFigures = suppressFigures(summary, { threshold: 10 });
report.summary = summary;
console.info(shown.counts, outcomeSummaryCsv(summary, { threshold: 10 }), outcomeExtractCsv(outcomeExtract(records)));

/** True only when A and B are the same type (not merely assignable either way). */
type Same<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const same = <Check extends true>(): Check | undefined => undefined;
const extendsType = <Narrow extends Wide, Wide>(): void => undefined;

same<Same<cdnCatalogue.CatalogueEntry, instruments.CatalogueEntry>>();
same<Same<cdnCatalogue.ReferenceCase, instruments.ReferenceCase>>();
same<Same<typeof cdnCatalogue.catalogue, typeof instruments.catalogue>>();
same<Same<typeof cdnCatalogue.getInstrument, typeof instruments.getInstrument>>();
same<Same<keyof typeof cdnCatalogue, keyof typeof instruments>>();
extendsType<typeof instruments.barthelDefinition, typeof cdnCatalogue.barthelDefinition>();
extendsType<typeof instruments.lawtonDefinition, typeof cdnCatalogue.lawtonDefinition>();
extendsType<typeof instruments.fesIDefinition, typeof cdnCatalogue.fesIDefinition>();
extendsType<typeof instruments.shortFesIDefinition, typeof cdnCatalogue.shortFesIDefinition>();
extendsType<typeof instruments.tugDefinition, typeof cdnCatalogue.tugDefinition>();
extendsType<typeof instruments.personRatedPerformanceDefinition, typeof cdnCatalogue.personRatedPerformanceDefinition>();
extendsType<typeof instruments.homeEnvironmentDefinition, typeof cdnCatalogue.homeEnvironmentDefinition>();
extendsType<typeof instruments.fallsRiskChecklistDefinition, typeof cdnCatalogue.fallsRiskChecklistDefinition>();
extendsType<typeof instruments.whatMattersConversationDefinition, typeof cdnCatalogue.whatMattersConversationDefinition>();

// reporting.js exports exactly these values (tests/packages/tarball-contents.mjs
// checks the built file against the same list), and otforms.js not the report.
same<
  Same<
    keyof typeof cdnReporting,
    | 'OtOutcomeReport'
    | 'summariseOutcomes'
    | 'createOutcomeSummariser'
    | 'suppressFigures'
    | 'DEFAULT_SUPPRESSION_THRESHOLD'
    | 'outcomeSummaryCsv'
    | 'outcomeExtract'
    | 'outcomeExtractCsv'
    | 'EXTRACT_COLUMNS'
  >
>();
same<Same<Extract<keyof typeof cdnOtforms, 'OtOutcomeReport'>, never>>();
