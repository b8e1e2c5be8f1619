import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { validateAnswers } from '../answers/validate-answers.js';
import { evaluateSuggestions } from '../recommendations/evaluate-suggestions.js';
import { emptyResponseState } from '../answers/answers.js';
import { scoreInstrument } from '../scoring/score-instrument.js';
import { allDefinitionMessageTemplates } from '../test-support/definition-messages.js';
import { parseDefinition } from './parse-definition.js';
import { attachmentBudgetMessage } from '../attachments/attachment-budget.js';

/** docs/writing-a-definition.md: its worked example must stay valid, and its table must list every message. */
const guide = readFileSync(new URL('../../../../docs/writing-a-definition.md', import.meta.url), 'utf8');
const example = /```json\n([\s\S]*?)\n```/.exec(guide)?.[1];
const homeVisitExample = /<!-- home-visit-example -->\s*```json\n([\s\S]*?)\n```/.exec(guide)?.[1];

describe('docs/writing-a-definition.md', () => {
  it('has a worked example that parseDefinition accepts', () => {
    expect(example).toBeDefined();
    const definition = parseDefinition(example);
    expect(definition.id).toBe('example-home-environment-check');
  });

  it('has a worked example that the published JSON Schema accepts', () => {
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/instrument-definition.v1.json', import.meta.url), 'utf8')));
    expect(validate(JSON.parse(example!)), JSON.stringify(validate.errors)).toBe(true);
  });

  it('describes what the example does', () => {
    const definition = parseDefinition(example);
    const answers = { entranceSteps: 'four-or-more', stairsInside: 'no', stairRails: 'none', bathing: 'unable', visitDate: '2026-03-14' };
    // stairRails is hidden by the "no", so it adds nothing: 2 + 0 + 2.
    expect(scoreInstrument(definition, answers)).toMatchObject({ total: 4, band: { label: 'Some need' }, flags: { referForAdaptation: false } });
    const revealed = scoreInstrument(definition, { ...answers, stairsInside: 'yes', hazards: [{ hazardPlace: 'Hall', hazardRisk: 'high' }, { hazardPlace: 'Kitchen', hazardRisk: 'low' }] });
    expect(revealed).toMatchObject({ total: 7, band: { label: 'High need' }, flags: { referForAdaptation: true }, scores: { hazardRiskTotal: 4 } });
    const state = { ...emptyResponseState(), answers: { ...answers, hazards: [{ hazardRisk: 'low' }, { hazardRisk: 'low' }] } };
    expect(validateAnswers(definition, state, ['hazards'])).toEqual([
      { itemId: 'hazards', entry: 0, childId: 'hazardPlace', message: 'Hazard 1: Enter where it is', problem: { kind: 'missing', answer: 'value' } },
      { itemId: 'hazards', entry: 1, childId: 'hazardPlace', message: 'Hazard 2: Enter where it is', problem: { kind: 'missing', answer: 'value' } },
    ]);
  });

  it('has a home-visit example that parses, passes the JSON Schema and suggests as the guide says', () => {
    expect(homeVisitExample).toBeDefined();
    const definition = parseDefinition(homeVisitExample);
    const ajv = new Ajv2020({ allErrors: true, strict: false });
    const validate = ajv.compile(JSON.parse(readFileSync(new URL('../../schemas/instrument-definition.v1.json', import.meta.url), 'utf8')));
    expect(validate(JSON.parse(homeVisitExample!)), JSON.stringify(validate.errors)).toBe(true);
    expect(guide).toContain('With a step of 180 mm and no rail, this definition suggests the grab rail');
    expect(evaluateSuggestions(definition, { stepHeight: 180, rail: 'no' }).map((suggestion) => [suggestion.what, suggestion.reason])).toEqual([
      ['Grab rail beside the front step', 'The step is higher than 150 mm and there is nothing to hold.'],
    ]);
    expect(evaluateSuggestions(definition, { stepHeight: 180, rail: 'yes' })).toEqual([]);
    expect(evaluateSuggestions(definition, { stepHeight: 150, rail: 'no' })).toEqual([]);
  });

  it('says the budget message the photo questions show', () => {
    expect(guide).toContain('“The photos are too large to keep with this record (2.7 MB of 2.5 MB). Remove a photo.”');
    expect(attachmentBudgetMessage(2_700_000, 2_500_000)).toBe('The photos are too large to keep with this record (2.7 MB of 2.5 MB). Remove a photo.');
  });

  it('lists every message parseDefinition can give', () => {
    const missing = allDefinitionMessageTemplates.filter((template) => !guide.includes(`| \`${template}\` |`));
    expect(missing).toEqual([]);
  });
});
