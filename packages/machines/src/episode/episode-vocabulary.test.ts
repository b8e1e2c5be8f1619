import { describe, expect, it } from 'vitest';
import { englandCldVocabulary, parseEpisodeVocabulary, ReablementEpisodeSchema } from '@otforms/core';
import { emptyDraft, setField, toEpisodeInput, type EpisodeDraft } from './episode-draft.js';
import { choicesOutsideVocabulary, placeChoice } from './episode-vocabulary.js';

/** A fictional Scottish council's lists. */
const scottish = parseEpisodeVocabulary({
  system: 'urn:example:scotland:reablement',
  cld: false,
  routesOfAccess: [{ code: 'hospital', label: 'From hospital' }, { code: 'community' }],
  eventOutcomes: [{ code: 'met', label: 'Personal outcomes met' }, { code: 'partly-met' }],
});

const draftWith = (route: string, outcome: string): EpisodeDraft => {
  let draft = emptyDraft();
  for (const [field, value] of [
    ['request.date', '2026-11-02'],
    ['request.routeOfAccess', route],
    ['startedOn', '2026-11-03'],
    ['endedOn', '2026-12-01'],
    ['endOutcome', outcome],
  ] as const) {
    draft = setField(draft, field, value);
  }
  return draft;
};

describe('the episode vocabulary in the draft', () => {
  it("puts England's CLD choices in the CLD fields, as before, with or without the vocabulary named", () => {
    const draft = draftWith('Discharge from Hospital', 'NFA: Support ended as planned');
    const input = toEpisodeInput(draft);
    expect(toEpisodeInput(draft, englandCldVocabulary)).toEqual(input);
    expect(input.request).toEqual({ date: '2026-11-02', routeOfAccess: 'Discharge from Hospital' });
    expect(input.endOutcome).toBe('NFA: Support ended as planned');
    expect(input).not.toHaveProperty('endOutcomeCoding');
    expect(ReablementEpisodeSchema.safeParse(input).success).toBe(true);
  });

  it("puts another vocabulary's choices in the codings, with its system and the entry's label, and leaves the CLD fields empty", () => {
    const input = toEpisodeInput(draftWith('hospital', 'met'), scottish);
    expect(input.request).toEqual({ date: '2026-11-02', routeOfAccessCoding: { system: scottish.system, code: 'hospital', display: 'From hospital' } });
    expect(input.endOutcomeCoding).toEqual({ system: scottish.system, code: 'met', display: 'Personal outcomes met' });
    expect(input).not.toHaveProperty('endOutcome');
    expect(ReablementEpisodeSchema.safeParse(input).success).toBe(true);
    // An entry with no label of its own has no display: the view shows its catalogue's words, or the code.
    expect(toEpisodeInput(draftWith('community', 'partly-met'), scottish).endOutcomeCoding).toEqual({ system: scottish.system, code: 'partly-met' });
  });

  it('leaves a blank choice out whichever the vocabulary', () => {
    expect(placeChoice(undefined, 'endOutcome', scottish)).toEqual({});
    expect(toEpisodeInput(emptyDraft(), scottish).request).toEqual({});
  });

  it('names the choices that are not in the vocabulary, a council’s shorter CLD list too', () => {
    expect(choicesOutsideVocabulary(draftWith('hospital', 'met'), scottish)).toEqual([]);
    expect(choicesOutsideVocabulary(draftWith('Discharge from Hospital', 'met'), scottish)).toEqual(['request.routeOfAccess']);
    expect(choicesOutsideVocabulary(draftWith('hospital', 'met'))).toEqual(['request.routeOfAccess', 'endOutcome']);
    expect(choicesOutsideVocabulary(draftWith('', ''), scottish)).toEqual([]);
    const shorter = parseEpisodeVocabulary({ ...englandCldVocabulary, eventOutcomes: [{ code: 'NFA: Support ended as planned' }] });
    expect(choicesOutsideVocabulary(draftWith('Prison', 'NFA: Deceased'), shorter)).toEqual(['endOutcome']);
  });
});
