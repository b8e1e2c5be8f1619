import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { fixturePhoto, homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { buildHomeVisitRecord } from './build-home-visit-record.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { migrateOutcomeRecord } from './migrate-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const definition = parseDefinition(homeVisitDefinition);
const times = { startedAt: '2026-11-10T10:00:00.000Z', completedAt: '2026-11-10T11:00:00.000Z' };
const assessment = (recordId: string) =>
  buildOutcomeRecord(
    definition,
    { answers: { steps: 'yes', stepHeight: 180, accessPhotos: ['p1'], matters: 'My garden' }, invalidInputs: {}, notAssessed: [], attachments: { p1: fixturePhoto('p1') } },
    { recordId, subjectReference: 'Person/42', ...times },
  );
const homeVisit = buildHomeVisitRecord({
  recordId: '5e000000-0000-4000-8000-000000000001',
  subjectReference: 'Person/42',
  visitedOn: '2026-11-10',
  ...times,
  assessments: [assessment('5e000000-0000-4000-8000-000000000002')],
  recommendations: [],
  suggestionDecisions: [],
});
const goalPlan = {
  schemaVersion: 6,
  kind: 'goal-plan',
  recordId: '5e000000-0000-4000-8000-000000000003',
  subject: { reference: 'Person/42' },
  ...times,
  goalPlan: { weighting: 'unweighted', rho: 0.3, goals: [{ id: 'garden', statement: 'To sit in my garden', baseline: -1, levels: { expected: 'Sits out daily' }, dueDate: '2026-12-01', reviews: [], lifecycleStatus: 'active' }] },
  gas: { method: 'kiresuk-sherman', rho: 0.3, weighting: 'unweighted', tScoreBaseline: 38.3, reviews: [] },
  provenance: homeVisit.provenance,
} as const;
const episode = buildEpisodeRecord({
  recordId: '5e000000-0000-4000-8000-000000000004',
  subjectReference: 'Person/42',
  ...times,
  episode: { request: { date: '2026-11-02' }, startedOn: '2026-11-03', plannedHoursPerWeek: {} },
  assessments: [{ timepoint: 'baseline', record: assessment('5e000000-0000-4000-8000-000000000005') }],
  goalPlan: goalPlan as never,
  homeVisit,
});

/** A record as version 4 wrote it: the same, version 4 throughout. */
function asVersion4<T>(record: T): T {
  const copy = structuredClone(record) as Record<string, unknown>;
  const mark = (part: unknown) => {
    if (typeof part === 'object' && part !== null && 'schemaVersion' in part) (part as { schemaVersion: number }).schemaVersion = 4;
  };
  mark(copy);
  const episodic = copy as { assessments?: unknown[]; goalPlan?: unknown; homeVisit?: { assessments: unknown[] } };
  episodic.assessments?.forEach((entry) => mark(typeof entry === 'object' && entry !== null && 'record' in entry ? entry.record : entry));
  mark(episodic.goalPlan);
  mark(episodic.homeVisit);
  episodic.homeVisit?.assessments.forEach(mark);
  return copy as T;
}

describe('migrating version 4 records', () => {
  it('brings each kind forward to version 6 with its content unchanged', () => {
    for (const record of [assessment('5e000000-0000-4000-8000-000000000006'), goalPlan, homeVisit, episode]) {
      const v4 = asVersion4(record);
      const current = validateOutcomeRecord(record);
      expect(current.success, record.kind).toBe(true);
      expect(validateOutcomeRecord(v4), record.kind).toEqual({ ...current, migratedFrom: 4 });
      expect(migrateOutcomeRecord(v4).record, record.kind).toEqual(record);
    }
  });

  it('brings every record inside an episode forward, the home visit’s assessments too', () => {
    const migrated = migrateOutcomeRecord(asVersion4(episode)).record as typeof episode;
    const versions = [migrated, migrated.assessments[0]!.record, migrated.goalPlan!, migrated.homeVisit!, migrated.homeVisit!.assessments[0]!].map((part) => part.schemaVersion);
    expect(versions).toEqual([6, 6, 6, 6, 6]);
  });

  it('names a broken version 4 record’s problems as version 4, where answers had no audit', () => {
    const v4 = asVersion4(assessment('5e000000-0000-4000-8000-000000000007'));
    const audited = { ...v4, answerAudit: { steps: { firstAt: times.startedAt, lastAt: times.startedAt } } };
    expect(validateOutcomeRecord(audited)).toEqual({ success: false, issues: [{ path: '', message: 'Unknown field: answerAudit' }] });
    const visit = asVersion4(homeVisit);
    expect(validateOutcomeRecord({ ...visit, assessments: [audited] })).toMatchObject({ success: false, issues: [{ path: 'assessments[0]' }] });
  });
});
