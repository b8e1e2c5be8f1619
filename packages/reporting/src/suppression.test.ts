import { describe, expect, it } from 'vitest';
import { suppressFigures } from './suppression.js';
import { summariseOutcomes } from './summarise/outcome-summariser.js';
import { episodeVariant } from './test-support/episode-variants.js';

describe('suppressFigures', () => {
  // Three episodes: every count is 0 or from 1 to 4, so every non-zero count is hidden.
  const small = summariseOutcomes([episodeVariant(), episodeVariant({ barthel: { baseline: 8, discharge: 15 } }), episodeVariant({ hours: { atStart: 5, atEnd: 0 } })]);

  it('shows counts from 1 to 4 as "fewer than 5", and 0 as 0', () => {
    const shown = suppressFigures(small);
    expect(shown.counts).toEqual({ recordsRead: 'fewer than 5', episodes: 'fewer than 5', episodesEnded: 'fewer than 5', unreadable: 0 });
    expect(shown.careHours.maintained).toBe(0);
    expect(shown.ascof2a.numerator).toBe('fewer than 5');
  });

  it('hides every figure worked out from a hidden count', () => {
    const shown = suppressFigures(small);
    expect(shown.instruments['barthel-cw20']).toMatchObject({ n: 'fewer than 5', baselineMean: 'fewer than 5', meanChange: 'fewer than 5', changeCi95: 'fewer than 5' });
    expect(shown.goals.meanLatestTScore).toBe('fewer than 5');
    expect(shown.careHours.hoursPerWeekAtStart).toBe('fewer than 5');
    expect(shown.ascof2a.proportion).toBe('fewer than 5');
  });

  it('leaves figures from 5 or more people alone, and the raw summary unchanged', () => {
    const five = summariseOutcomes(Array.from({ length: 5 }, () => episodeVariant()));
    const before = structuredClone(five);
    const shown = suppressFigures(five);
    expect(shown.counts.episodes).toBe(5);
    expect(shown.instruments['barthel-cw20']!.meanChange).toBe(five.instruments['barthel-cw20']!.meanChange);
    expect(shown.ascof2a.proportion).toBe(1);
    expect(five).toEqual(before);
  });

  it('takes the threshold and the words of the page', () => {
    const shown = suppressFigures(small, { threshold: 3, label: 'llai na 3' });
    expect(shown.counts.episodes).toBe(3);
    expect(shown.ascof2a.excluded).toBe(0);
    expect(shown.careHours.removed).toBe('llai na 3');
    expect(() => suppressFigures(small, { threshold: 0 })).toThrow(RangeError);
    expect(() => suppressFigures(small, { threshold: 2.5 })).toThrow(RangeError);
    expect(() => suppressFigures(small, { label: ' ' })).toThrow(TypeError);
  });
});
