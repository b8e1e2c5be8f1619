import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { OTFORMS_VERSION } from '../version.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';
import packageJson from '../../package.json' with { type: 'json' };

const definition = parseDefinition(sampleDefinition);
const context = {
  recordId: '3b241101-e2bb-4255-8caf-4136c566a962',
  startedAt: '2026-11-22T10:00:00.000Z',
  completedAt: '2026-11-22T10:20:00.000Z',
};

describe('outcome record', () => {
  it('is built from responses, scored, and carries licence, citation and provenance', () => {
    const record = buildOutcomeRecord(
      definition,
      { answers: { walk: 'alone', visits: 2, stranger: 'dropped' }, invalidInputs: {}, notAssessed: ['stairs'] },
      { ...context, subjectReference: 'Person/42', assessor: { role: 'Occupational therapist' }, administrationMode: 'observed' },
    );
    expect(record).toMatchObject({
      schemaVersion: 6,
      kind: 'assessment',
      instrument: { id: 'sample', version: '1.0.0', title: 'Sample assessment' },
      subject: { reference: 'Person/42' },
      assessor: { role: 'Occupational therapist' },
      answers: { walk: 'alone', visits: 2 },
      notAssessed: ['stairs'],
      total: null,
      status: 'incomplete',
      missingItems: ['stairs'],
      licence: { holder: 'otforms', attribution: 'otforms test fixture' },
      provenance: { generator: 'otforms', version: OTFORMS_VERSION },
    });
    expect(record.answers).not.toHaveProperty('stranger');
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
  });

  it('reports every problem of a record it cannot read, with paths', () => {
    const record = buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, context);
    const broken = { ...record, recordId: 'not-a-uuid', completedAt: 'yesterday', total: '4' };
    const result = validateOutcomeRecord(broken);
    expect(result.success).toBe(false);
    expect(!result.success && result.issues.map((issue) => issue.path)).toEqual(['recordId', 'completedAt', 'total']);
  });

  it('rejects a record that ends before it starts, or whose status contradicts its missing items', () => {
    const record = buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, context);
    const result = validateOutcomeRecord({ ...record, completedAt: '2026-11-22T09:00:00.000Z', status: 'incomplete' });
    expect(!result.success && result.issues).toEqual([
      { path: 'status', message: 'status must be "complete" exactly when no item is missing' },
      { path: 'completedAt', message: 'completedAt must not be before startedAt' },
    ]);
  });

  it('migrates a version 1 record to version 6, and names a broken one’s problems as written', () => {
    const record = buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, context);
    // Version 3 added totalRange and version 4 attachments; an older record migrates with no photos.
    const { kind: _kind, totalRange: _added, attachments: _photos, ...fields } = record;
    const v1 = { ...fields, schemaVersion: 1 };
    expect(validateOutcomeRecord(v1)).toEqual({ success: true, record: { ...fields, kind: 'assessment', schemaVersion: 6, attachments: [] }, migratedFrom: 1 });
    const broken = validateOutcomeRecord({ ...v1, total: 'four' });
    expect(!broken.success && broken.issues).toEqual([{ path: 'total', message: 'Expected number, but found "four"' }]);
    expect(validateOutcomeRecord({ ...record, schemaVersion: 7 }).success).toBe(false);
  });

  it('migrates a version 2 record of either kind to version 6, and checks a broken one as version 2', () => {
    const record = buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, context);
    const { totalRange: _added, attachments: _photos, ...v2 } = { ...record, schemaVersion: 2 };
    expect(validateOutcomeRecord(v2)).toEqual({ success: true, record: { ...v2, schemaVersion: 6, attachments: [] }, migratedFrom: 2 });
    expect(record.totalRange).toEqual({ min: 0, max: 4 });
    // An episode did not exist in version 2, so a version 2 "episode" is refused rather than migrated into one.
    const episode = validateOutcomeRecord({ ...v2, kind: 'episode' });
    expect(!episode.success && episode.issues.map((issue) => issue.path)).toEqual(['kind']);
  });

  it('carries which way the total improves when the definition says so, and validates with or without it', () => {
    const responses = { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] };
    const lower = parseDefinition({ ...sampleDefinition, scoring: { ...sampleDefinition.scoring, betterWhen: 'lower' } });
    const record = buildOutcomeRecord(lower, responses, context);
    expect(record.totalBetterWhen).toBe('lower');
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    const without = buildOutcomeRecord(definition, responses, context);
    expect(without).not.toHaveProperty('totalBetterWhen');
    expect(validateOutcomeRecord(without)).toEqual({ success: true, record: without, migratedFrom: null });
    const wrong = validateOutcomeRecord({ ...record, totalBetterWhen: 'up' });
    expect(!wrong.success && wrong.issues.map((issue) => issue.path)).toEqual(['totalBetterWhen']);
    // Versions 1 and 2 are frozen: only version 3 and later can carry it.
    const { totalRange: _range, attachments: _photos, ...v2 } = { ...record, schemaVersion: 2 };
    expect(validateOutcomeRecord(v2).success).toBe(false);
  });

  it('records the package version as provenance', () => {
    expect(OTFORMS_VERSION).toBe(packageJson.version);
  });
});
