import { describe, expect, it } from 'vitest';
import { ReablementEpisodeSchema } from '@otforms/core';
import { addRow, emptyDraft, setField, setRow, type EpisodeDraft } from './episode-draft.js';
import { episodeErrorKey, episodeErrors, episodeRules, type EpisodeError } from './episode-errors.js';
import { EpisodeContextSchema } from './episode-snapshot.js';

/**
 * Every error names what is wrong as a code as well as in English, so that
 * an interface in another language shows its own words: `missing` or
 * `invalid` for a field, or the id of the episode rule it breaks.
 */

const referral = (fields: Partial<Record<'request.date' | 'startedOn' | 'hoursAtStart', string>>): EpisodeDraft =>
  Object.entries(fields).reduce((draft, [field, value]) => setField(draft, field as 'startedOn', value), emptyDraft());
const started = referral({ 'request.date': '2026-11-01', startedOn: '2026-11-02' });
const codes = (errors: readonly EpisodeError[]) => errors.map(({ field, code }) => `${field}: ${code}`);

describe('episode error codes', () => {
  it('says a field is missing, or holds what cannot be used', () => {
    expect(codes(episodeErrors(emptyDraft(), 'referral'))).toEqual(['request.date: missing', 'startedOn: missing']);
    const wrong = referral({ 'request.date': '2026-02-30', startedOn: '2026-11-02', hoursAtStart: 'ten' });
    expect(episodeErrors(wrong, 'referral')).toEqual([
      { field: 'request.date', code: 'invalid', message: 'The date of the request must be a real date, like 2026-11-22' },
      { field: 'hoursAtStart', code: 'invalid', message: 'Enter the planned care hours a week at the start as a number, like 10 or 10.5' },
    ]);
  });

  it('names the rule of a date out of order, on the referral page and at closing', () => {
    const early = referral({ 'request.date': '2026-11-10', startedOn: '2026-11-01' });
    expect(codes(episodeErrors(early, 'referral'))).toEqual(['startedOn: episode-started-before-request']);
    const endedEarly = setField(setField(started, 'endedOn', '2026-10-01'), 'endOutcome', 'NFA: Support ended as planned');
    expect(codes(episodeErrors(endedEarly, 'closure'))).toEqual(['endedOn: episode-ended-before-start']);
    // The same rule said of the start date, on the referral's page.
    expect(codes(episodeErrors(endedEarly, 'referral'))).toEqual(['startedOn: episode-started-after-end']);
  });

  it('names the closing fields missing, and the end outcome an ended episode needs', () => {
    expect(codes(episodeErrors(started, 'closure'))).toEqual(['endedOn: missing', 'endOutcome: missing']);
    const ended = setField(started, 'endedOn', '2026-12-01');
    expect(codes(episodeErrors(ended, 'closure'))).toEqual(['endOutcome: episode-ended-without-outcome']);
  });

  it('names the row rules, with what their words need', () => {
    let draft = addRow(addRow(addRow(started, 'equipment'), 'minorAdaptations'), 'majorAdaptations');
    draft = setRow(setRow(setRow(draft, 'equipment', 0, 'item', 'Perching stool'), 'equipment', 0, 'issuedOn', '2026-11-05'), 'equipment', 0, 'returnedOn', '2026-11-04');
    draft = setRow(setRow(draft, 'minorAdaptations', 0, 'description', 'Stair rail'), 'minorAdaptations', 0, 'cost', '1500');
    draft = setRow(setRow(draft, 'majorAdaptations', 0, 'description', 'Stairlift'), 'majorAdaptations', 0, 'recommendedOn', '2026-11-10');
    draft = setRow(draft, 'majorAdaptations', 0, 'appliedOn', '2026-11-09');
    const errors = episodeErrors(draft, 'intervention');
    expect(codes(errors)).toEqual([
      'equipment[0].returnedOn: equipment-returned-before-issued',
      'minorAdaptations[0].cost: minor-adaptation-over-limit',
      'majorAdaptations[0].appliedOn: major-adaptation-steps-in-order',
    ]);
    expect(errors[2]!.values).toEqual({ before: 'recommendedOn' });
    expect(errors[1]!.message).toContain('£1,000');
  });

  it('knows every rule the episode schema reports', () => {
    const issues = ReablementEpisodeSchema.safeParse({
      request: { date: '2026-11-10' },
      startedOn: '2026-11-01',
      endedOn: '2026-10-01',
      plannedHoursPerWeek: {},
      equipment: [{ item: 'Commode', issuedOn: '2026-11-05', returnedOn: '2026-11-01' }],
      minorAdaptations: [{ description: 'Half step', cost: 2000 }],
      majorAdaptations: [{ description: 'Ramp', decidedOn: '2026-11-05', appliedOn: '2026-11-06' }],
    }).error!.issues;
    const rules = issues.filter((issue) => issue.code === 'custom').map((issue) => (issue as { params?: { rule?: unknown } }).params?.rule);
    expect(rules.length).toBeGreaterThanOrEqual(6);
    for (const rule of rules) expect(episodeRules).toContain(rule);
  });

  it('still reads the errors of a draft saved before they had codes', () => {
    const errors = EpisodeContextSchema.shape.errors;
    expect(errors.safeParse([{ field: 'startedOn', message: 'Enter the date reablement started' }]).success).toBe(true);
    expect(errors.safeParse([{ field: 'startedOn', code: 'no-such-code', message: 'Enter the date reablement started' }]).success).toBe(false);
  });

  it('keys a row field without its index', () => {
    expect(episodeErrorKey('followUp[12].status')).toBe('followUp[].status');
    expect(episodeErrorKey('request.date')).toBe('request.date');
  });
});
