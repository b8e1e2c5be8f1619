import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { parseDefinition } from '../definition/parse-definition.js';
import type { ReablementEpisodeInput } from '../episode/episode-schema.js';
import { fixturePhoto, homeVisitDefinition } from '../test-support/home-visit-definition.js';
import { buildEpisodeRecord } from './build-episode-record.js';
import { buildHomeVisitRecord } from './build-home-visit-record.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const definition = parseDefinition(homeVisitDefinition);
const photos = { p1: fixturePhoto('p1'), p2: fixturePhoto('p2'), stale: fixturePhoto('stale') };
const times = { startedAt: '2026-11-10T10:00:00.000Z', completedAt: '2026-11-10T11:00:00.000Z' };

const assessment = (recordId: string, subjectReference = 'Person/42') =>
  buildOutcomeRecord(
    definition,
    { answers: { steps: 'yes', stepHeight: 180, rail: 'no', accessPhotos: ['p2', 'p1'], matters: ' My garden ' }, invalidInputs: {}, notAssessed: [], attachments: photos },
    { recordId, subjectReference, ...times },
  );

const visit = (patch: Partial<Parameters<typeof buildHomeVisitRecord>[0]> = {}) =>
  buildHomeVisitRecord({
    recordId: '5b000000-0000-4000-8000-000000000001',
    subjectReference: 'Person/42',
    assessor: { role: 'Occupational therapist' },
    visitedOn: '2026-11-10',
    ...times,
    assessments: [assessment('5b000000-0000-4000-8000-000000000002')],
    recommendations: [
      {
        id: 'rec-1',
        kind: 'minor-adaptation',
        what: { text: 'Grab rail beside the front steps' },
        reason: { text: 'A 180 mm step with nothing to hold.', needs: [{ instrumentId: 'home-sample', itemId: 'stepHeight' }] },
        priority: 'high',
        route: 'minor-adaptations-service',
        status: [{ status: 'recommended', on: '2026-11-10' }],
        fromSuggestion: 'step-rail',
      },
    ],
    suggestionDecisions: [{ ruleId: 'step-rail', instrumentId: 'home-sample', decision: 'accepted', reason: 'Agreed with Ms Example.', decidedOn: '2026-11-10', recommendationId: 'rec-1' }],
    ...patch,
  });

const pathsOf = (input: unknown) => {
  const result = validateOutcomeRecord(input);
  return result.success ? [] : result.issues.map((issue) => [issue.path, issue.message]);
};

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateByJsonSchema = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/outcome-record.v6.json', import.meta.url), 'utf8')));

describe('an assessment record with photos', () => {
  it('carries exactly the photos its answers refer to, in answer order, and the own words as typed', () => {
    const record = assessment('5b000000-0000-4000-8000-000000000002');
    expect(record.attachments.map((attachment) => attachment.id)).toEqual(['p2', 'p1']);
    expect(record.answers.matters).toBe(' My garden ');
    expect(validateByJsonSchema(record), JSON.stringify(validateByJsonSchema.errors)).toBe(true);
  });

  it('leaves out the photos of a question now hidden', () => {
    const hidden = parseDefinition({
      ...homeVisitDefinition,
      sections: homeVisitDefinition.sections.map((section) => ({
        ...section,
        items: section.items.map((item) => (item.id === 'accessPhotos' ? { ...item, enableWhen: [{ item: 'steps', operator: 'equals', value: 'yes' }] } : item)),
      })),
    });
    const record = buildOutcomeRecord(hidden, { answers: { steps: 'no', accessPhotos: ['p1'], matters: 'x' }, invalidInputs: {}, notAssessed: [], attachments: photos }, {
      recordId: '5b000000-0000-4000-8000-000000000009',
      ...times,
    });
    expect(record.attachments).toEqual([]);
    expect(record.answers).not.toHaveProperty('accessPhotos');
  });

  it('refuses to build over the budget, or with a photo it does not have, saying why', () => {
    const large = { p1: fixturePhoto('p1', 'accessPhotos', 700), p2: fixturePhoto('p2', 'accessPhotos', 400) };
    const context = { recordId: '5b000000-0000-4000-8000-000000000009', ...times };
    const answers = { steps: 'no', accessPhotos: ['p1', 'p2'], matters: 'x' };
    expect(() => buildOutcomeRecord(definition, { answers, invalidInputs: {}, notAssessed: [], attachments: large }, context)).toThrow(
      'Cannot build the record of "home-sample": The photos are too large to keep with this record (1.1 kB of 1 kB). Remove a photo.',
    );
    expect(() => buildOutcomeRecord(definition, { answers, invalidInputs: {}, notAssessed: [] }, context)).toThrow(
      'Cannot build the record of "home-sample": photo "p1" of question "accessPhotos" is not among the responses\' attachments',
    );
  });

  it('refuses two attachments with one id', () => {
    const record = assessment('5b000000-0000-4000-8000-000000000002');
    expect(pathsOf({ ...record, attachments: [record.attachments[0], record.attachments[0]] })).toEqual([['attachments[1].id', 'Attachment id "p2" is used more than once']]);
  });
});

describe('home visit record', () => {
  it('carries the assessments, recommendations and decisions, and validates by zod and by the committed JSON Schema', () => {
    const record = visit();
    expect(record).toMatchObject({ schemaVersion: 6, kind: 'home-visit', visitedOn: '2026-11-10', subject: { reference: 'Person/42' } });
    expect(record.recommendations[0]!.reason.goals).toEqual([]);
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    expect(validateByJsonSchema(record), JSON.stringify(validateByJsonSchema.errors)).toBe(true);
    expect(validateByJsonSchema({ ...record, recommendations: [{ ...record.recommendations[0], route: 'shop' }] })).toBe(false);
  });

  it('refuses repeated recommendation ids, a decision naming a recommendation that is not there, and a suggestion decided twice', () => {
    const record = visit();
    const [recommendation] = record.recommendations;
    const [decision] = record.suggestionDecisions;
    expect(pathsOf({ ...record, recommendations: [recommendation, recommendation] })).toEqual([['recommendations[1].id', 'Recommendation id "rec-1" is used more than once']]);
    expect(pathsOf({ ...record, recommendations: [] })).toEqual([['suggestionDecisions[0].recommendationId', 'There is no recommendation "rec-1" in this home visit']]);
    expect(pathsOf({ ...record, suggestionDecisions: [decision, decision] })).toEqual([
      ['suggestionDecisions[1].ruleId', 'Suggestion "step-rail" of "home-sample" is decided more than once'],
    ]);
  });

  it('refuses assessments about someone else, or sharing an id', () => {
    const record = visit();
    const other = assessment('5b000000-0000-4000-8000-000000000002', 'Person/43');
    expect(pathsOf({ ...record, assessments: [...record.assessments, other] })).toEqual([
      ['assessments[1].subject.reference', 'A record inside a home visit must be about the home visit’s subject'],
      ['assessments[1].recordId', 'Each record inside a home visit needs its own recordId'],
    ]);
    expect(() => visit({ assessments: [...record.assessments, other] })).toThrow(/own recordId/);
  });
});

describe('an episode with a home visit', () => {
  const episode: ReablementEpisodeInput = { request: { date: '2026-11-02' }, startedOn: '2026-11-03', plannedHoursPerWeek: {} };
  const build = (homeVisit = visit()) =>
    buildEpisodeRecord({ recordId: '5b000000-0000-4000-8000-000000000010', subjectReference: 'Person/42', ...times, episode, assessments: [], homeVisit });

  it('carries the home visit and validates by zod and by the committed JSON Schema', () => {
    const record = build();
    expect(record.homeVisit?.kind).toBe('home-visit');
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    expect(validateByJsonSchema(record), JSON.stringify(validateByJsonSchema.errors)).toBe(true);
  });

  it('refuses a home visit about someone else, and ids shared with the records inside the home visit', () => {
    const record = build();
    expect(pathsOf({ ...record, homeVisit: { ...record.homeVisit, subject: { reference: 'Person/43' } } })).toEqual([
      ['homeVisit.assessments[0].subject.reference', 'A record inside a home visit must be about the home visit’s subject'],
      ['homeVisit.subject.reference', 'A record inside an episode must be about the episode’s subject'],
    ]);
    expect(pathsOf({ ...record, recordId: record.homeVisit!.assessments[0]!.recordId })).toEqual([
      ['homeVisit.assessments[0].recordId', 'Each record inside an episode needs its own recordId'],
    ]);
  });
});
