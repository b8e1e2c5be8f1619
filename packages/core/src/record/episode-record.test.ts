import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import type { ReablementEpisodeInput } from '../episode/episode-schema.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const definition = parseDefinition(sampleDefinition);
const assessment = (recordId: string, subjectReference = 'Person/42') =>
  buildOutcomeRecord(definition, { answers: { walk: 'alone', stairs: 'alone' }, invalidInputs: {}, notAssessed: [] }, {
    recordId,
    startedAt: '2026-11-03T10:00:00.000Z',
    completedAt: '2026-11-03T10:30:00.000Z',
    subjectReference,
  });

const episode: ReablementEpisodeInput = {
  request: { date: '2026-11-02', routeOfAccess: 'Discharge from Hospital', dischargePathway: '1' },
  startedOn: '2026-11-03',
  endedOn: '2026-12-01',
  endOutcome: 'NFA: Support ended as planned',
  plannedHoursPerWeek: { atStart: 7, atEnd: 0 },
};

const build = (patch: Partial<Parameters<typeof buildEpisodeRecord>[0]> = {}) =>
  buildEpisodeRecord({
    recordId: '0f7c2a9e-4c1b-4e0a-9d2f-5b8e6a1c3d40',
    startedAt: '2026-11-02T09:00:00.000Z',
    completedAt: '2026-12-01T15:00:00.000Z',
    subjectReference: 'Person/42',
    episode,
    assessments: [{ timepoint: 'baseline', record: assessment('1a2b3c4d-0000-4000-8000-000000000001') }],
    ...patch,
  });

const pathsOf = (input: unknown) => {
  const result = validateOutcomeRecord(input);
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
};

describe('episode record', () => {
  it('carries the episode, its assessments with their timepoints, and validates by zod and by the committed JSON Schema', () => {
    const record = build();
    expect(record).toMatchObject({ schemaVersion: 6, kind: 'episode', subject: { reference: 'Person/42' }, episode: { serviceType: 'Short term support: ST-Max' } });
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    addFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/outcome-record.v6.json', import.meta.url), 'utf8')));
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, episode: { ...record.episode, endOutcome: 'Service ended as planned' } })).toBe(false);
  });

  it('names the policy rules of the episode inside the record by their paths', () => {
    const record = build();
    const { endOutcome: _dropped, ...withoutOutcome } = record.episode;
    expect(pathsOf({ ...record, episode: withoutOutcome })).toEqual([['episode.endOutcome', 'An episode that has ended needs its end outcome']]);
    expect(pathsOf({ ...record, episode: { ...record.episode, minorAdaptations: [{ description: 'Ramp', cost: 1200 }] } })).toEqual([
      ['episode.minorAdaptations[0].cost', 'A minor adaptation costs £1,000 or less; record this one as a major adaptation'],
    ]);
    expect(pathsOf({ ...record, episode: { ...record.episode, endedOn: '2026-11-01' } })).toEqual([['episode.endedOn', 'The episode must end on or after the day it started']]);
  });

  it('refuses records inside it about someone else, or with a repeated id', () => {
    const record = build();
    const twin = { timepoint: 'discharge', record: assessment('1a2b3c4d-0000-4000-8000-000000000001', 'Person/43') };
    expect(pathsOf({ ...record, assessments: [...record.assessments, twin] })).toEqual([
      ['assessments[1].record.subject.reference', 'A record inside an episode must be about the episode’s subject'],
      ['assessments[1].record.recordId', 'Each record inside an episode needs its own recordId'],
    ]);
    expect(() => build({ assessments: [...record.assessments, twin] as never })).toThrow(/own recordId/);
    const sameAsEpisode = { ...record.assessments[0]!, record: { ...record.assessments[0]!.record, recordId: record.recordId } };
    expect(pathsOf({ ...record, assessments: [sameAsEpisode] })).toEqual([['assessments[0].record.recordId', 'Each record inside an episode needs its own recordId']]);
  });
});
