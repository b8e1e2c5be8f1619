import { describe, expect, it } from 'vitest';
import { RunningStats } from './running-stats.js';
import { tInterval95 } from './t-interval.js';

/*
 * A fictional paired data set: Barthel Index totals (0–20) of eight people
 * before and after reablement.
 *
 *   before  10   8  14  11  12   7  15   9
 *   after   13  13  15  15  14  13  18  13
 *   d        3   5   1   4   2   6   3   4     (after − before)
 *
 * n = 8, Σd = 28, mean d̄ = 3.5
 * deviations −0.5 1.5 −2.5 0.5 −1.5 2.5 −0.5 0.5, squares add to
 *   0.25 + 2.25 + 6.25 + 0.25 + 2.25 + 6.25 + 0.25 + 0.25 = 18
 * s² = 18/7 = 2.571429; standard error √(s²/n) = √(18/56) = √(9/28) = 0.566947
 * t(0.975, 7) = 2.3646 (table)
 * half-width 2.3646 × 0.566947 = 1.3406
 * 95% interval 3.5 ± 1.3406 = (2.1594, 4.8406)
 */
const before = [10, 8, 14, 11, 12, 7, 15, 9];
const after = [13, 13, 15, 15, 14, 13, 18, 13];

describe('tInterval95', () => {
  it('gives the paired t-interval of the worked example: (2.1594, 4.8406)', () => {
    const differences = new RunningStats();
    before.forEach((score, index) => differences.add(after[index]! - score));
    const interval = tInterval95(differences);
    expect(interval).not.toBeNull();
    expect(interval!.lower).toBeCloseTo(2.1594, 4);
    expect(interval!.upper).toBeCloseTo(4.8406, 4);
  });

  it('takes a plain summary too: n = 2, mean 2, variance 2 → 2 ± 12.7062·1 = (−10.7062, 14.7062)', () => {
    // Two values 1 and 3: standard error √(2/2) = 1; t(0.975, 1) = 12.7062.
    const interval = tInterval95({ n: 2, mean: 2, variance: 2 });
    expect(interval!.lower).toBeCloseTo(-10.7062, 4);
    expect(interval!.upper).toBeCloseTo(14.7062, 4);
  });

  it('is a single point when every difference is the same', () => {
    expect(tInterval95({ n: 5, mean: 4, variance: 0 })).toEqual({ lower: 4, upper: 4 });
  });

  it('is null below two values or without a mean or variance', () => {
    expect(tInterval95(new RunningStats())).toBeNull();
    const one = new RunningStats();
    one.add(5);
    expect(tInterval95(one)).toBeNull();
    expect(tInterval95({ n: 3, mean: null, variance: 1 })).toBeNull();
    expect(tInterval95({ n: 3, mean: 1, variance: null })).toBeNull();
  });

  it('refuses a summary that cannot be one', () => {
    expect(() => tInterval95({ n: 3, mean: 1, variance: -1 })).toThrow(RangeError);
    expect(() => tInterval95({ n: 2.5, mean: 1, variance: 1 })).toThrow(RangeError);
    expect(() => tInterval95({ n: 3, mean: Number.NaN, variance: 1 })).toThrow(RangeError);
  });
});
