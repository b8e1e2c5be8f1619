import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { migrateOutcomeRecord } from './migrate-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const definition = parseDefinition(sampleDefinition);
const times = { startedAt: '2026-11-03T10:00:00.000Z', completedAt: '2026-11-03T10:30:00.000Z' };
const assessment = buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, {
  recordId: '3c000000-0000-4000-8000-000000000001',
  ...times,
});
const goal = { id: 'shower', statement: 'To shower on my own', baseline: -1, levels: { expected: 'Showers alone with a seat' }, dueDate: '2026-12-01', reviews: [], lifecycleStatus: 'active' };
const goalPlan = {
  schemaVersion: 6,
  kind: 'goal-plan',
  recordId: '3c000000-0000-4000-8000-000000000002',
  ...times,
  goalPlan: { weighting: 'unweighted', rho: 0.3, goals: [goal] },
  gas: { method: 'kiresuk-sherman', rho: 0.3, weighting: 'unweighted', tScoreBaseline: 38.3, reviews: [] },
  provenance: assessment.provenance,
} as const;
const episode = buildEpisodeRecord({
  recordId: '3c000000-0000-4000-8000-000000000003',
  ...times,
  episode: { request: { date: '2026-11-02' }, startedOn: '2026-11-03', plannedHoursPerWeek: {} },
  assessments: [{ timepoint: 'baseline', record: assessment }],
  goalPlan: goalPlan as never,
});

/** The record as version 3 wrote it: no attachments, version 3 throughout. */
function asVersion3(record: Record<string, unknown>): Record<string, unknown> {
  const { attachments: _none, ...rest } = record;
  const v3: Record<string, unknown> = { ...rest, schemaVersion: 3 };
  if (Array.isArray(v3.assessments)) v3.assessments = (v3.assessments as { record: Record<string, unknown> }[]).map((entry) => ({ ...entry, record: asVersion3(entry.record) }));
  if (v3.goalPlan && typeof v3.goalPlan === 'object' && 'kind' in v3.goalPlan) v3.goalPlan = asVersion3(v3.goalPlan as Record<string, unknown>);
  return v3;
}

describe('migrating version 3 records', () => {
  it('brings an assessment forward with no photos', () => {
    const v3 = asVersion3(assessment);
    expect(migrateOutcomeRecord(v3)).toEqual({ record: { ...v3, schemaVersion: 6, attachments: [] }, migratedFrom: 3 });
    expect(validateOutcomeRecord(v3)).toEqual({ success: true, record: assessment, migratedFrom: 3 });
  });

  it('brings an episode forward with every record inside it', () => {
    const v3 = asVersion3(episode);
    expect(validateOutcomeRecord(v3)).toEqual({ success: true, record: episode, migratedFrom: 3 });
    const migrated = migrateOutcomeRecord(v3).record as typeof episode;
    expect([migrated.schemaVersion, migrated.assessments[0]!.record.schemaVersion, migrated.goalPlan!.schemaVersion]).toEqual([6, 6, 6]);
  });

  it('names a broken version 3 record’s problems as version 3, where photos, home visits and seeded goals did not exist', () => {
    const v3 = asVersion3(assessment);
    expect(validateOutcomeRecord({ ...v3, attachments: [] })).toEqual({ success: false, issues: [{ path: '', message: 'Unknown field: attachments' }] });
    expect(validateOutcomeRecord({ ...v3, kind: 'home-visit' })).toMatchObject({ success: false, issues: [{ path: 'kind' }] });
    const seeded = asVersion3(episode) as { goalPlan: { goalPlan: { goals: Record<string, unknown>[] } } };
    seeded.goalPlan.goalPlan.goals[0]!.seededFrom = { instrumentId: 'what-matters', itemId: 'matters' };
    expect(validateOutcomeRecord(seeded)).toEqual({ success: false, issues: [{ path: 'goalPlan.goalPlan.goals[0]', message: 'Unknown field: seededFrom' }] });
  });

  it('lets a version 4 or later goal say which answer it was started from', () => {
    const seeded = structuredClone(episode);
    seeded.goalPlan!.goalPlan.goals[0]!.seededFrom = { instrumentId: 'what-matters', itemId: 'matters' };
    expect(validateOutcomeRecord(seeded)).toMatchObject({ success: true, migratedFrom: null });
  });
});
