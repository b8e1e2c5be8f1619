import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getShortestPaths } from 'xstate/graph';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { OUTCOME_RECORD_VERSION, OutcomeRecordSchema } from '@otforms/core';
import { createAssessmentMachine } from './assessment-machine.js';
import { definition, events } from './assessment-walk.test-support.js';

/**
 * Walks every state the machine can reach with a small but complete set of
 * events and checks that every final output is a valid record: by zod and,
 * independently, by Ajv against the committed JSON Schema file.
 */
describe('assessment machine: every path', () => {
  const paths = getShortestPaths(createAssessmentMachine(definition), {
    events,
    input: { startedAt: '2026-11-22T09:00:00.000Z' },
  });
  const finals = paths.filter((path) => path.state.status === 'done');
  const ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats.default(ajv);
  const schemaUrl = new URL(`../../../core/schemas/outcome-record.v${OUTCOME_RECORD_VERSION}.json`, import.meta.url);
  const validateJson = ajv.compile(JSON.parse(readFileSync(schemaUrl, 'utf8')));

  it('reaches many states, and submission in every combination of answers', () => {
    expect(paths.length).toBeGreaterThan(100);
    const kinds = new Set(finals.map((path) => `${path.state.output?.status}:${path.state.output?.total}`));
    expect(kinds).toEqual(new Set(['complete:0', 'complete:1', 'incomplete:null']));
  });

  it('gives a valid outcome record at every reachable final state', () => {
    for (const path of finals) {
      const record = path.state.output;
      expect(OutcomeRecordSchema.safeParse(record).success).toBe(true);
      expect(validateJson(record), JSON.stringify(validateJson.errors)).toBe(true);
    }
  });

  it('never records the answer of a question hidden by its condition', () => {
    const hidden = finals.filter((path) => path.state.output?.answers.choice !== 'high');
    expect(hidden.length).toBeGreaterThan(0);
    for (const path of hidden) expect(path.state.output?.answers).not.toHaveProperty('note');
    expect(finals.some((path) => path.state.output?.answers.note === 'Uses a frame')).toBe(true);
  });

  it('never submits with an invalid answer', () => {
    for (const path of finals) {
      const count = path.state.output?.answers.count;
      expect(typeof count === 'number' && count >= 0 && count <= 10).toBe(true);
    }
  });

  it('never shows an error before an attempt to continue or submit', () => {
    for (const path of paths) {
      const attempted = path.steps.some((step) => step.event.type === 'CONTINUE' || step.event.type === 'SUBMIT');
      if (!attempted) expect(path.state.context.errors).toEqual([]);
    }
  });
});
