// A council back end receiving the example episode record, in the words of
// docs/council-back-end.md: each block under a "docs/council-back-end.md"
// comment is that guide's code, character for character (a test in
// tests/node/council-back-end-hosts.test.ts keeps them the same). Around them
// is what the guide leaves to you, and checks that each step gave what the
// guide says. Compiled by tsc (nodenext, strict); any failure ends the
// process with a non-zero code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { OutcomeRecord } from '@otforms/core';

// Yours: where the record comes from, and where records and problems go.
const request = { body: { episode: readFileSync('episode-record.json', 'utf8') } };
const stored: OutcomeRecord[] = [];
const store = (outcomeRecord: OutcomeRecord) => stored.push(outcomeRecord);
const keepAndReport = (received: string, issues: readonly { path: string; message: string }[]) =>
  assert.fail(`${received.length} characters refused: ${JSON.stringify(issues)}`);
const flagged: string[] = [];
const rejectOrFlag = (recordId: string) => flagged.push(recordId);

// docs/council-back-end.md, "Validating in Node"
import { validateOutcomeRecord } from '@otforms/core';

const result = validateOutcomeRecord(JSON.parse(request.body.episode));
if (!result.success) {
  // result.issues: [{ path: 'episode.endOutcome', message: 'An episode that has ended needs its end outcome' }, …]
  keepAndReport(request.body.episode, result.issues);
} else {
  store(result.record); // always version 6; result.migratedFrom is 1, 2, 3, 4, 5 or null
}

assert.ok(result.success);
assert.equal(result.migratedFrom, null);
const record = stored[0];
assert.ok(record?.kind === 'episode', 'the example is an episode record');
// Every assessment's instrument is held, so the re-score below skips none.
for (const { record: assessment } of record.assessments) assert.equal(getInstrument(assessment.instrument.id)?.version, assessment.instrument.version);

// docs/council-back-end.md, "Re-score from the answers"
import { scoreInstrument, summariseGoalPlan } from '@otforms/core';
import { getInstrument } from '@otforms/instruments';

for (const { record: assessment } of record.assessments) {
  const definition = getInstrument(assessment.instrument.id);
  if (!definition || definition.version !== assessment.instrument.version) {
    // You do not hold this version of the instrument: keep the record and report it.
    continue;
  }
  const { total } = scoreInstrument(definition, assessment.answers);
  if (total !== assessment.total) rejectOrFlag(assessment.recordId);
}
// Goal attainment T-scores: compare with record.goalPlan.gas
const gas = record.goalPlan && summariseGoalPlan(record.goalPlan.goalPlan);

assert.deepEqual(flagged, []);
assert.deepEqual(gas, record.goalPlan?.gas);

// docs/council-back-end.md, "Converting to FHIR R4"
import { catalogue } from '@otforms/instruments';
import { toFhirBundle } from '@otforms/interop';

const bundle = toFhirBundle(record, { definitions: catalogue.map((entry) => entry.definition) });

assert.equal(bundle.resourceType, 'Bundle');
assert.equal(bundle.identifier?.value, `urn:uuid:${record.recordId}`);
assert.equal(bundle.entry?.length, 18); // "The example episode gives 18 entries"

const episodeRecord = record;
// docs/council-back-end.md, "Converting to CLD"
import { toCldRows, toCsv, toReleaseOneRows, CLD_COLUMNS } from '@otforms/interop';

const rows = toCldRows(episodeRecord, {
  laPersonId: 'LA-000123', // required → LA_Person_Unique_Identifier
  nhsNumber: '9434765919', // → NHS_Number
  laCode: 'E10000000', // → LA_Code
  reportingPeriod: { start: '2026-10-01', end: '2026-12-31' },
  clientType: 'Service user', // → Client_Type (Release 2 strings)
  // equipmentServiceType: 'Short term support: Ongoing low level', // the default: read "Equipment and ASCOF 2A" below
  // describeEquipment: (item) => `Equipment: ${item}`, // only if you want item names in the return
});
const csv = toCsv(rows, CLD_COLUMNS);
const { rows: releaseOneRows, unmapped } = toReleaseOneRows(rows);

assert.equal(rows.length, 7); // "The example episode gives seven rows"
assert.equal(csv.split('\r\n')[0], CLD_COLUMNS.join(','));
assert.equal(releaseOneRows.length, rows.length);
assert.deepEqual(
  unmapped.map(({ field, value }) => `${field} ${value}`),
  ['Assessment_Type Short term assessment', 'Review_Reason Review of short term support', 'Service_Component Home support or domiciliary care'],
);

console.log(`record ${record.recordId}: valid, re-scored, ${bundle.entry?.length} FHIR entries, ${rows.length} CLD rows`);
