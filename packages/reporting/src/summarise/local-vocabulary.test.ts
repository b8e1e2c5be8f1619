import { describe, expect, it } from 'vitest';
import { episodeOutcomeRow } from '../episode-outcome-row.js';
import { suppressFigures } from '../suppression.js';
import { episodeVariant } from '../test-support/episode-variants.js';
import { summariseOutcomes } from './outcome-summariser.js';

/** A (fictional) Scottish council's episode: route and outcome from its own lists, so no CLD value; equipment still held. */
const scottish = () =>
  episodeVariant({
    episode: {
      request: { date: '2026-11-02', routeOfAccessCoding: { system: 'urn:example:scotland:route-of-access', code: 'hospital' } },
      endOutcomeCoding: { system: 'urn:example:scotland:outcome', code: 'met', display: 'Personal outcomes met' },
    },
    without: ['endOutcome', 'nextService'],
  });

describe('an end outcome from a vocabulary that is not CLD', () => {
  it('is not known in the person-level row: no CLD route or outcome, and ASCOF 2A says why it is unclassified', () => {
    const row = episodeOutcomeRow(scottish());
    expect([row.routeOfAccess, row.endOutcome]).toEqual([null, null]);
    expect([row.ascof2aPlacement, row.ascof2aSequel, row.ascof2aDecidedBy]).toEqual(['unclassified', null, 'end-outcome-not-cld']);
  });

  it('is counted apart in the ASCOF 2A figures: unclassified, and said to be for that reason', () => {
    const { ascof2a } = summariseOutcomes([scottish(), scottish(), episodeVariant({ episode: { endOutcome: 'NFA: Support ended as planned' }, without: ['nextService'] })]);
    expect(ascof2a).toMatchObject({ numerator: 1, denominator: 1, unclassified: 2, endOutcomeNotCld: 2, excluded: 0 });
    expect(ascof2a.sequels).toEqual({ '': 2, 'NFA: Support ended as planned': 1 });
    const english = summariseOutcomes([episodeVariant()]).ascof2a;
    expect(english.endOutcomeNotCld).toBe(0);
  });

  it('is suppressed like every other small count', () => {
    const summary = summariseOutcomes([scottish(), scottish()]);
    expect(suppressFigures(summary, { threshold: 5 }).ascof2a.endOutcomeNotCld).not.toBe(2);
    expect(suppressFigures(summary, { threshold: 1 }).ascof2a.endOutcomeNotCld).toBe(2);
  });
});
