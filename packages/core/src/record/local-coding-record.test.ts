import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ReablementEpisodeInput } from '../episode/episode-schema.js';
import { ENGLAND_CLD_SYSTEM } from '../episode/vocabulary.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { OutcomeRecordV5Schema } from './outcome-record-v5.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

/** A Scottish council's episode (fictional codes): its route of access and end outcome are not CLD's. */
const route = { system: 'urn:example:scotland:route-of-access', code: 'hospital', display: 'From hospital' };
const outcome = { system: 'urn:example:scotland:outcome', code: 'met', display: 'Outcomes met' };
const scottish: ReablementEpisodeInput = {
  request: { date: '2026-11-02', routeOfAccessCoding: route },
  startedOn: '2026-11-03',
  endedOn: '2026-12-01',
  endOutcomeCoding: outcome,
  plannedHoursPerWeek: {},
};

const build = (episode: ReablementEpisodeInput) =>
  buildEpisodeRecord({
    recordId: '6c000000-0000-4000-8000-000000000001',
    startedAt: '2026-11-02T09:00:00.000Z',
    completedAt: '2026-12-01T15:00:00.000Z',
    episode,
    assessments: [],
  });

const problems = (input: unknown) => {
  const result = validateOutcomeRecord(input);
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const schema = (version: number) => ajv.compile(JSON.parse(readFileSync(new URL(`../../schemas/outcome-record.v${version}.json`, import.meta.url), 'utf8')));

describe('an episode coded from a vocabulary that is not CLD (version 6)', () => {
  it('keeps the codings beside empty CLD fields, and validates by zod and by the JSON Schema', () => {
    const record = build(scottish);
    expect(record.episode.request).toEqual({ date: '2026-11-02', routeOfAccessCoding: route });
    expect(record.episode.endOutcomeCoding).toEqual(outcome);
    expect(record.episode.endOutcome).toBeUndefined();
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    const validate = schema(6);
    expect(validate(record), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...record, episode: { ...record.episode, endOutcomeCoding: { system: outcome.system } } })).toBe(false);
  });

  it('takes an ended episode with either its CLD end outcome or a local one, not neither and not both', () => {
    const record = build(scottish);
    const { endOutcomeCoding: _dropped, ...noOutcome } = record.episode;
    expect(problems({ ...record, episode: noOutcome })).toEqual([['episode.endOutcome', 'An episode that has ended needs its end outcome']]);
    expect(problems({ ...record, episode: { ...record.episode, endOutcome: 'NFA: Support ended as planned' } })).toEqual([
      ['episode.endOutcomeCoding', 'Give the end outcome as a CLD value or as a local coding, not both'],
    ]);
    expect(problems({ ...record, episode: { ...record.episode, request: { ...record.episode.request, routeOfAccess: 'Discharge from Hospital' } } })).toEqual([
      ['episode.request.routeOfAccessCoding', 'Give the route of access as a CLD value or as a local coding, not both'],
    ]);
  });

  it('refuses a local coding that claims to be CLD, a code that is empty and a system that is not a URI', () => {
    const record = build(scottish);
    const withOutcome = (endOutcomeCoding: unknown) => problems({ ...record, episode: { ...record.episode, endOutcomeCoding } });
    expect(withOutcome({ system: ENGLAND_CLD_SYSTEM, code: 'NFA: Support ended as planned' })).toEqual([
      ['episode.endOutcomeCoding.system', expect.stringContaining('A CLD value goes in the CLD field')],
    ]);
    expect(withOutcome({ system: `${ENGLAND_CLD_SYSTEM}:event-outcome`, code: 'x' }).map(([path]) => path)).toEqual(['episode.endOutcomeCoding.system']);
    expect(withOutcome({ system: 'Scotland', code: ' ' }).map(([path]) => path)).toEqual(['episode.endOutcomeCoding.system', 'episode.endOutcomeCoding.code']);
    expect(withOutcome({ ...outcome, label: 'Met' })).toEqual([['episode.endOutcomeCoding', 'Unknown field: label']]);
  });

  it('trims what it keeps, as it does every text', () => {
    const record = build({ ...scottish, endOutcomeCoding: { system: ` ${outcome.system} `, code: ' met ', display: ' Outcomes met ' } });
    expect(record.episode.endOutcomeCoding).toEqual(outcome);
  });
});

describe('version 5 stays as published', () => {
  it('has no codings: a version 5 record carrying them is named as version 5 would, ended with no end outcome', () => {
    const v5 = { ...build(scottish), schemaVersion: 5 };
    expect(OutcomeRecordV5Schema.safeParse(v5).success).toBe(false);
    expect(problems(v5)).toEqual([
      ['episode.request', 'Unknown field: routeOfAccessCoding'],
      ['episode', 'Unknown field: endOutcomeCoding'],
      ['episode.endOutcome', 'An episode that has ended needs its end outcome'],
    ]);
    expect(schema(5)(v5)).toBe(false);
  });
});
