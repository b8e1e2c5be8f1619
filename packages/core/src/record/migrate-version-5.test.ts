import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { fixturePhoto, homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { buildHomeVisitRecord } from './build-home-visit-record.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { migrateOutcomeRecord } from './migrate-outcome-record.js';
import { OUTCOME_RECORD_VERSION } from './record-parts.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const definition = parseDefinition(homeVisitDefinition);
const times = { startedAt: '2026-11-10T10:00:00.000Z', completedAt: '2026-11-10T11:00:00.000Z' };
const assessment = (recordId: string) =>
  buildOutcomeRecord(
    definition,
    { answers: { steps: 'yes', stepHeight: 180, accessPhotos: ['p1'], matters: 'My garden' }, invalidInputs: {}, notAssessed: [], attachments: { p1: fixturePhoto('p1') } },
    {
      recordId,
      subjectReference: 'Person/42',
      ...times,
      answerAudit: { steps: { firstBy: 'Practitioner/ot-1', firstAt: times.startedAt, lastBy: 'Practitioner/ot-1', lastAt: times.startedAt } },
    },
  );
const homeVisit = buildHomeVisitRecord({
  recordId: '5f000000-0000-4000-8000-000000000001',
  subjectReference: 'Person/42',
  visitedOn: '2026-11-10',
  ...times,
  assessments: [assessment('5f000000-0000-4000-8000-000000000002')],
  recommendations: [],
  suggestionDecisions: [],
});
const goalPlan = {
  schemaVersion: OUTCOME_RECORD_VERSION,
  kind: 'goal-plan',
  recordId: '5f000000-0000-4000-8000-000000000003',
  subject: { reference: 'Person/42' },
  ...times,
  goalPlan: { weighting: 'unweighted', rho: 0.3, goals: [{ id: 'garden', statement: 'To sit in my garden', baseline: -1, levels: { expected: 'Sits out daily' }, dueDate: '2026-12-01', reviews: [], lifecycleStatus: 'active' }] },
  gas: { method: 'kiresuk-sherman', rho: 0.3, weighting: 'unweighted', tScoreBaseline: 38.3, reviews: [] },
  provenance: homeVisit.provenance,
} as const;
// England's CLD values, as every version 5 episode had them.
const episode = buildEpisodeRecord({
  recordId: '5f000000-0000-4000-8000-000000000004',
  subjectReference: 'Person/42',
  ...times,
  episode: {
    request: { date: '2026-11-02', routeOfAccess: 'Discharge from Hospital' },
    startedOn: '2026-11-03',
    endedOn: '2026-11-10',
    endOutcome: 'NFA: Support ended as planned',
    plannedHoursPerWeek: {},
  },
  assessments: [{ timepoint: 'baseline', record: assessment('5f000000-0000-4000-8000-000000000005') }],
  goalPlan: goalPlan as never,
  homeVisit,
});

/** A record as version 5 wrote it: the same, version 5 throughout. */
function asVersion5<T>(record: T): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const mark = (part: unknown) => {
    if (typeof part === 'object' && part !== null && 'schemaVersion' in part) (part as { schemaVersion: number }).schemaVersion = 5;
  };
  mark(copy);
  const episodic = copy as { assessments?: unknown[]; goalPlan?: unknown; homeVisit?: { assessments: unknown[] } };
  episodic.assessments?.forEach((entry) => mark(typeof entry === 'object' && entry !== null && 'record' in entry ? entry.record : entry));
  mark(episodic.goalPlan);
  mark(episodic.homeVisit);
  episodic.homeVisit?.assessments.forEach(mark);
  return copy as T;
}

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateV5 = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/outcome-record.v5.json', import.meta.url), 'utf8')));

describe('migrating version 5 records', () => {
  it('brings each kind forward to version 6 with its content unchanged', () => {
    expect(OUTCOME_RECORD_VERSION).toBe(6);
    for (const record of [assessment('5f000000-0000-4000-8000-000000000006'), goalPlan, homeVisit, episode]) {
      const v5 = asVersion5(record);
      expect(validateV5(v5), `${record.kind}: ${JSON.stringify(validateV5.errors)}`).toBe(true);
      const current = validateOutcomeRecord(record);
      expect(current.success, record.kind).toBe(true);
      expect(validateOutcomeRecord(v5), record.kind).toEqual({ ...current, migratedFrom: 5 });
      expect(migrateOutcomeRecord(v5).record, record.kind).toEqual(record);
    }
  });

  it('keeps the audit of answers and the CLD values as they were', () => {
    const migrated = migrateOutcomeRecord(asVersion5(episode)).record as typeof episode;
    expect(migrated.assessments[0]!.record.answerAudit).toEqual(episode.assessments[0]!.record.answerAudit);
    expect(migrated.assessments[0]!.record.answerAudit).toBeDefined();
    expect([migrated.episode.request.routeOfAccess, migrated.episode.endOutcome]).toEqual(['Discharge from Hospital', 'NFA: Support ended as planned']);
    const versions = [migrated, migrated.assessments[0]!.record, migrated.goalPlan!, migrated.homeVisit!, migrated.homeVisit!.assessments[0]!].map((part) => part.schemaVersion);
    expect(versions).toEqual([6, 6, 6, 6, 6]);
  });
});
