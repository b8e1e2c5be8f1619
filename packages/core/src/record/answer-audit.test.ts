import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type { ResponseStateInput } from '../answers/answers.js';
import { parseDefinition } from '../definition/parse-definition.js';
import { sampleDefinition } from '../test-support/sample-definitions.js';
import type { AnswerAuditEntry } from './answer-audit.js';
import { buildOutcomeRecord } from './build-outcome-record.js';
import { validateOutcomeRecord } from './validate-outcome-record.js';

const times = { recordId: '3d000000-0000-4000-8000-000000000001', startedAt: '2026-11-22T10:00:00.000Z', completedAt: '2026-11-22T10:40:00.000Z' };
const given = (by: string | undefined, at: string, lastBy = by, lastAt = at): AnswerAuditEntry => ({
  ...(by ? { firstBy: by } : {}),
  firstAt: at,
  ...(lastBy ? { lastBy } : {}),
  lastAt,
});

const sample = parseDefinition(sampleDefinition);
/** A definition with a repeating group, so entry keys ("aids/0/aidName") can be tried. */
const withGroup = parseDefinition({
  ...sampleDefinition,
  id: 'sample-group',
  scoring: undefined,
  sections: [
    {
      id: 'only',
      title: 'Only section',
      items: [
        { id: 'walk', type: 'yes-no', label: 'Walks alone' },
        {
          id: 'aids',
          type: 'group',
          label: 'Walking aids',
          entryLabel: 'Aid',
          required: false,
          items: [
            { id: 'aidName', type: 'text', label: 'Name of aid' },
            { id: 'aidUse', type: 'integer', label: 'Days used a week', min: 0, max: 7, required: false },
          ],
        },
      ],
    },
  ],
});

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats.default(ajv);
const validateByJsonSchema = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/outcome-record.v6.json', import.meta.url), 'utf8')));

const issuesOf = (input: unknown) => {
  const result = validateOutcomeRecord(input);
  return result.success ? [] : result.issues;
};

describe('the audit of answers in an assessment record', () => {
  it('keeps who gave each answer and when, for the answers the record holds only', () => {
    const record = buildOutcomeRecord(
      sample,
      { answers: { walk: 'alone', visits: 2 }, invalidInputs: {}, notAssessed: ['stairs'] },
      {
        ...times,
        answerAudit: {
          walk: given('Practitioner/ot-1', '2026-11-22T10:01:00.000Z', 'Practitioner/ot-2', '2026-11-22T10:30:00.000Z'),
          stairs: given('Practitioner/ot-1', '2026-11-22T10:02:00.000Z'),
          visits: given(undefined, '2026-11-22T10:03:00.000Z'),
          // Cleared before the end: no longer an answer, so no longer audited.
          seenOn: given('Practitioner/ot-1', '2026-11-22T10:04:00.000Z'),
        },
      },
    );
    expect(record.answerAudit).toEqual({
      walk: { firstBy: 'Practitioner/ot-1', firstAt: '2026-11-22T10:01:00.000Z', lastBy: 'Practitioner/ot-2', lastAt: '2026-11-22T10:30:00.000Z' },
      stairs: { firstBy: 'Practitioner/ot-1', firstAt: '2026-11-22T10:02:00.000Z', lastBy: 'Practitioner/ot-1', lastAt: '2026-11-22T10:02:00.000Z' },
      visits: { firstAt: '2026-11-22T10:03:00.000Z', lastAt: '2026-11-22T10:03:00.000Z' },
    });
    expect(validateOutcomeRecord(record)).toEqual({ success: true, record, migratedFrom: null });
    expect(validateByJsonSchema(record), JSON.stringify(validateByJsonSchema.errors)).toBe(true);
  });

  it('is left out when there is none to keep, and a record without it is still valid', () => {
    const answers = { answers: { walk: 'alone' }, invalidInputs: {}, notAssessed: [] };
    expect(buildOutcomeRecord(sample, answers, times)).not.toHaveProperty('answerAudit');
    expect(buildOutcomeRecord(sample, answers, { ...times, answerAudit: { visits: given('Practitioner/ot-1', '2026-11-22T10:03:00.000Z') } })).not.toHaveProperty('answerAudit');
  });

  it('names the answers in a repeating group by group, entry and question, and refuses a key that names none', () => {
    const responses: ResponseStateInput = { answers: { walk: 'yes', aids: [{ aidName: 'Stick' }, { aidName: 'Frame', aidUse: 7 }] }, invalidInputs: {}, notAssessed: [] };
    const record = buildOutcomeRecord(withGroup, responses, {
      ...times,
      answerAudit: {
        'aids/0/aidName': given('Practitioner/ot-1', '2026-11-22T10:05:00.000Z'),
        'aids/1/aidUse': given('Practitioner/ot-1', '2026-11-22T10:06:00.000Z'),
        'aids/0/aidUse': given('Practitioner/ot-1', '2026-11-22T10:07:00.000Z'),
        'aids/2/aidName': given('Practitioner/ot-1', '2026-11-22T10:08:00.000Z'),
      },
    });
    expect(Object.keys(record.answerAudit ?? {})).toEqual(['aids/0/aidName', 'aids/1/aidUse']);
    expect(validateOutcomeRecord(record).success).toBe(true);
    const at = '2026-11-22T10:09:00.000Z';
    for (const key of ['aids/1/aidName/x', 'aids/01/aidName', 'aids/-1/aidName', 'aids/2/aidName', 'aids/0/aidUse', 'nothing', 'walk/0/x', 'aids']) {
      expect(issuesOf({ ...record, answerAudit: { [key]: given(undefined, at) } }), key).toEqual([
        { path: `answerAudit.${key}`, message: `The audit names "${key}", which is not an answer in this record` },
      ]);
    }
  });

  it('refuses times out of order, with the full history or without', () => {
    const record = buildOutcomeRecord(sample, { answers: { walk: 'alone' }, invalidInputs: {}, notAssessed: [] }, times);
    const at = (minute: number) => `2026-11-22T10:${String(minute).padStart(2, '0')}:00.000Z`;
    const history = {
      firstBy: 'Practitioner/ot-1',
      firstAt: at(1),
      lastBy: 'Practitioner/ot-2',
      lastAt: at(9),
      changes: [
        { by: 'Practitioner/ot-1', at: at(1), value: 'with-help' },
        { by: 'Practitioner/ot-1', at: at(3), notAssessed: true },
        { by: 'Practitioner/ot-2', at: at(9), value: 'alone' },
      ],
    } as const;
    expect(validateOutcomeRecord({ ...record, answerAudit: { walk: history } }).success).toBe(true);
    expect(validateByJsonSchema({ ...record, answerAudit: { walk: history } })).toBe(true);
    expect(issuesOf({ ...record, answerAudit: { walk: { ...history, lastAt: at(0), changes: undefined } } }).map((issue) => issue.message)).toEqual(['lastAt must not be before firstAt']);
    const swapped = { ...history, changes: [history.changes[2], history.changes[0]] };
    expect(issuesOf({ ...record, answerAudit: { walk: swapped } })).toEqual([{ path: 'answerAudit.walk.changes[1].at', message: 'Changes must be in time order, between firstAt and lastAt' }]);
    expect(issuesOf({ ...record, answerAudit: { walk: { ...history, firstBy: '' } } }).map((issue) => issue.path)).toEqual(['answerAudit.walk.firstBy']);
    expect(issuesOf({ ...record, answerAudit: { walk: { ...history, lastAt: 'later' } } }).map((issue) => issue.path)).toEqual(['answerAudit.walk.lastAt']);
    expect(validateByJsonSchema({ ...record, answerAudit: { walk: { ...history, who: 'x' } } })).toBe(false);
  });
});
