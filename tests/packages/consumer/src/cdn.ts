// The CDN files' hand-written types (cdn/otforms.d.ts, cdn/catalogue.d.ts),
// as a TypeScript page that loads them writes, and catalogue.d.ts checked
// against the types of @otforms/instruments, which it restates.
import { OtAssessment, validateOutcomeRecord, type OutcomeRecord } from '@otforms/elements/cdn/otforms.js';
import { catalogue, getInstrument } from '@otforms/elements/cdn/catalogue.js';
import type * as cdnCatalogue from '@otforms/elements/cdn/catalogue.js';
import type * as instruments from '@otforms/instruments';

const assessment: OtAssessment = document.createElement('ot-assessment');
const definition = getInstrument('barthel-cw20');
if (definition) assessment.definition = definition;
assessment.addEventListener('ot-outcome', (event) => {
  const record: OutcomeRecord = event.detail;
  const result = validateOutcomeRecord(record);
  if (result.success) console.info(result.record.recordId, catalogue.length);
});

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
