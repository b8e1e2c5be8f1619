import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RunningStats } from './running-stats.js';

function statsOf(values: readonly number[]): RunningStats {
  const stats = new RunningStats();
  for (const value of values) stats.add(value);
  return stats;
}

/** The two-pass textbook formulas, for comparison. */
function twoPass(values: readonly number[]): { mean: number; variance: number } {
  const mean = values.reduce((sum, value) => sum + value, 0) / values.length;
  const squares = values.reduce((sum, value) => sum + (value - mean) ** 2, 0);
  return { mean, variance: squares / (values.length - 1) };
}

/** Equal to within a relative 10⁻⁹ (absolute for values below 1). */
function expectNear(actual: number | null, expected: number): void {
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

const value = fc.double({ min: -1e6, max: 1e6, noNaN: true });

describe('RunningStats', () => {
  it('has no mean and no variance before any value, and no variance with one', () => {
    const stats = new RunningStats();
    expect([stats.n, stats.sum, stats.mean, stats.variance]).toEqual([0, 0, null, null]);
    stats.add(7);
    expect([stats.n, stats.sum, stats.mean, stats.variance]).toEqual([1, 7, 7, null]);
  });

  it('gives the sample variance (n − 1): 2, 4, 4, 4, 5, 5, 7, 9 → mean 5, variance 32/7', () => {
    // Deviations from 5: −3, −1, −1, −1, 0, 0, 2, 4; their squares add to 9 + 1 + 1 + 1 + 0 + 0 + 4 + 16 = 32.
    const stats = statsOf([2, 4, 4, 4, 5, 5, 7, 9]);
    expect(stats.n).toBe(8);
    expect(stats.sum).toBe(40);
    expect(stats.mean).toBe(5);
    expect(stats.variance).toBeCloseTo(32 / 7, 14);
  });

  it('stays accurate for large values close together, where Σx² − n·x̄² loses every digit', () => {
    // 10⁹ + 4, 7, 13, 16: mean 10⁹ + 10, squared deviations 36 + 9 + 9 + 36 = 90, variance 90/3 = 30.
    const stats = statsOf([4, 7, 13, 16].map((offset) => 1e9 + offset));
    expect(stats.mean).toBe(1e9 + 10);
    expect(stats.variance).toBeCloseTo(30, 6);
  });

  it('agrees with the two-pass formulas', () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 2, maxLength: 60 }), (values) => {
        const stats = statsOf(values);
        const expected = twoPass(values);
        expectNear(stats.mean, expected.mean);
        expectNear(stats.variance, expected.variance);
      }),
    );
  });

  it('merging the summaries of two halves equals adding every value to one', () => {
    fc.assert(
      fc.property(fc.array(value, { maxLength: 60 }), fc.nat(), (values, cut) => {
        const at = values.length === 0 ? 0 : cut % (values.length + 1);
        const merged = statsOf(values.slice(0, at)).merge(statsOf(values.slice(at)));
        const whole = statsOf(values);
        expect(merged.n).toBe(whole.n);
        expectNear(merged.sum, whole.sum);
        if (whole.mean === null) expect(merged.mean).toBeNull();
        else expectNear(merged.mean, whole.mean);
        if (whole.variance === null) expect(merged.variance).toBeNull();
        else expectNear(merged.variance, whole.variance);
      }),
    );
  });

  it('merges a worked example exactly: {1, 2, 3} with {10, 20}', () => {
    // All five: mean 36/5 = 7.2; squared deviations 38.44 + 27.04 + 17.64 + 7.84 + 163.84 = 254.8; variance 254.8/4 = 63.7.
    const merged = statsOf([1, 2, 3]).merge(statsOf([10, 20]));
    expect(merged.n).toBe(5);
    expect(merged.sum).toBe(36);
    expect(merged.mean).toBeCloseTo(7.2, 12);
    expect(merged.variance).toBeCloseTo(63.7, 12);
  });

  it('merges with an empty summary either way, and with itself', () => {
    expect(statsOf([1, 2, 3]).merge(new RunningStats()).toState()).toEqual(statsOf([1, 2, 3]).toState());
    expect(new RunningStats().merge(statsOf([1, 2, 3])).toState()).toEqual(statsOf([1, 2, 3]).toState());
    const doubled = statsOf([1, 2, 3]);
    doubled.merge(doubled);
    const expected = statsOf([1, 2, 3, 1, 2, 3]);
    expect(doubled.n).toBe(6);
    expect(doubled.mean).toBeCloseTo(expected.mean!, 12);
    expect(doubled.variance).toBeCloseTo(expected.variance!, 12);
  });

  it('travels as plain data, as a worker would post it back, and refuses data that cannot be a summary', () => {
    const original = statsOf([3, 1, 4, 1, 5]);
    const copy = RunningStats.fromState(structuredClone(original.toState()));
    expect(copy.toState()).toEqual(original.toState());
    expect(copy.variance).toBe(original.variance);
    expect(() => RunningStats.fromState({ n: 1.5, sum: 0, mean: 0, m2: 0 })).toThrow(RangeError);
    expect(() => RunningStats.fromState({ n: 2, sum: 0, mean: 0, m2: -1 })).toThrow(RangeError);
    expect(() => RunningStats.fromState({ n: 2, sum: Number.NaN, mean: 0, m2: 0 })).toThrow(RangeError);
    expect(() => RunningStats.fromState({ n: 0, sum: 3, mean: 0, m2: 0 })).toThrow(RangeError);
  });

  it('refuses NaN and infinities, which would poison every later result', () => {
    const stats = statsOf([1, 2]);
    expect(() => stats.add(Number.NaN)).toThrow(RangeError);
    expect(() => stats.add(Infinity)).toThrow(RangeError);
    expect(stats.n).toBe(2);
    expect(stats.mean).toBe(1.5);
  });
});
