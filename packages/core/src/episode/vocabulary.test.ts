import { describe, expect, it } from 'vitest';
import { cldEventOutcomes, cldRoutesOfAccessR1 } from './cld-values.js';
import { ENGLAND_CLD_SYSTEM, VocabularyError, englandCldVocabulary, parseEpisodeVocabulary } from './vocabulary.js';

const scottish = {
  system: 'urn:example:scotland:episode',
  cld: false,
  routesOfAccess: [{ code: 'hospital', label: 'From hospital' }, { code: 'community' }],
  eventOutcomes: [{ code: 'met', label: 'Outcomes met' }, { code: 'partly-met', label: 'Outcomes partly met' }],
};

function issuesOf(input: unknown) {
  try {
    parseEpisodeVocabulary(input);
  } catch (error) {
    expect(error).toBeInstanceOf(VocabularyError);
    return (error as VocabularyError).issues;
  }
  throw new Error('expected a VocabularyError');
}

describe('englandCldVocabulary', () => {
  it('lists CLD strings exactly, with no labels, under the CLD system', () => {
    expect(englandCldVocabulary.cld).toBe(true);
    expect(englandCldVocabulary.system).toBe(ENGLAND_CLD_SYSTEM);
    expect(englandCldVocabulary.routesOfAccess).toEqual(cldRoutesOfAccessR1.map((code) => ({ code })));
    expect(englandCldVocabulary.eventOutcomes).toEqual(cldEventOutcomes.map((code) => ({ code })));
    expect(Object.isFrozen(englandCldVocabulary.eventOutcomes[0])).toBe(true);
  });

  it('passes its own check', () => {
    expect(parseEpisodeVocabulary(englandCldVocabulary)).toEqual(englandCldVocabulary);
  });
});

describe('parseEpisodeVocabulary', () => {
  it('accepts a local vocabulary and returns it frozen', () => {
    const vocabulary = parseEpisodeVocabulary(scottish);
    expect(vocabulary).toEqual(scottish);
    expect(Object.isFrozen(vocabulary.routesOfAccess)).toBe(true);
  });

  it('refuses empty lists', () => {
    expect(issuesOf({ ...scottish, routesOfAccess: [], eventOutcomes: [] })).toEqual([
      { path: 'routesOfAccess', message: 'Give at least one entry' },
      { path: 'eventOutcomes', message: 'Give at least one entry' },
    ]);
  });

  it('names a code listed twice', () => {
    expect(issuesOf({ ...scottish, eventOutcomes: [{ code: 'met' }, { code: 'met', label: 'Again' }] })).toEqual([
      { path: 'eventOutcomes[1].code', message: 'The code "met" is listed twice' },
    ]);
  });

  it('refuses a CLD vocabulary whose codes are not CLD strings', () => {
    const issues = issuesOf({ ...englandCldVocabulary, eventOutcomes: [{ code: cldEventOutcomes[0] }, { code: 'Outcomes met' }] });
    expect(issues).toEqual([{ path: 'eventOutcomes[1].code', message: expect.stringContaining('"Outcomes met" is not a CLD value') }]);
  });

  it("keeps CLD's system for England's CLD alone", () => {
    expect(issuesOf({ ...scottish, system: ENGLAND_CLD_SYSTEM })).toEqual([{ path: 'system', message: expect.stringContaining('Only England') }]);
    expect(issuesOf({ ...scottish, system: `${ENGLAND_CLD_SYSTEM}:event-outcome` })).toHaveLength(1);
    expect(issuesOf({ ...englandCldVocabulary, system: 'urn:example:england' })).toEqual([{ path: 'system', message: expect.stringContaining('urn:otforms:cld') }]);
  });

  it('names missing and unknown fields and a system that is not a URI', () => {
    const issues = issuesOf({ system: 'Scotland', routesOfAccess: [{ code: ' ' }], eventOutcomes: [{ code: 'a', name: 'b' }] });
    expect(issues.map((issue) => issue.path)).toEqual(['system', 'cld', 'routesOfAccess[0].code', 'eventOutcomes[0]']);
    expect(issues[0]!.message).toContain('URI');
    expect(issues[3]!.message).toBe('Unknown field: name');
  });

  it('says it all in one error message', () => {
    expect(() => parseEpisodeVocabulary({ ...scottish, eventOutcomes: [] })).toThrow(/episode vocabulary is not valid:\n- eventOutcomes: Give at least one entry/);
  });
});
