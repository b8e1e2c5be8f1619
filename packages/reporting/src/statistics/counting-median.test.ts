import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CountingMedian } from './counting-median.js';

function medianOf(values: readonly number[]): CountingMedian {
  const median = new CountingMedian();
  for (const value of values) median.add(value);
  return median;
}

/** The median by sorting every value, for comparison. */
function sortedMedian(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

describe('CountingMedian', () => {
  it('is null when empty', () => {
    expect(new CountingMedian().median()).toBeNull();
    expect(new CountingMedian().n).toBe(0);
  });

  it('takes the middle value of an odd count: 5, 1, 3 → 3', () => {
    const median = medianOf([5, 1, 3]);
    expect(median.n).toBe(3);
    expect(median.median()).toBe(3);
  });

  it('takes the mean of the two middle values of an even count: 4, 1, 3, 2 → 2.5; −7, 10 → 1.5', () => {
    expect(medianOf([4, 1, 3, 2]).median()).toBe(2.5);
    expect(medianOf([-7, 10]).median()).toBe(1.5);
  });

  it('counts repeats: 2, 2, 2, 9 → 2; 1, 1, 5, 5 → 3; 0, 0, 0, 20, 20 → 0', () => {
    expect(medianOf([2, 2, 2, 9]).median()).toBe(2);
    expect(medianOf([1, 1, 5, 5]).median()).toBe(3);
    expect(medianOf([0, 0, 0, 20, 20]).median()).toBe(0);
  });

  it('agrees with sorting every value', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -20, max: 20 }), { maxLength: 80 }), (values) => {
        expect(medianOf(values).median()).toBe(sortedMedian(values));
      }),
    );
  });

  it('holds one entry per distinct value: 10,000 Barthel-like totals (0–20 in steps of 5) keep 5 counts', () => {
    const median = medianOf(Array.from({ length: 10_000 }, (_, index) => (index % 5) * 5));
    expect(median.n).toBe(10_000);
    expect(median.toState()).toHaveLength(5);
    expect(median.median()).toBe(10);
  });

  it('merging two halves equals adding every value to one', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 30 }), { maxLength: 60 }), fc.nat(), (values, cut) => {
        const at = values.length === 0 ? 0 : cut % (values.length + 1);
        const merged = medianOf(values.slice(0, at)).merge(medianOf(values.slice(at)));
        expect(merged.n).toBe(values.length);
        expect(merged.median()).toBe(sortedMedian(values));
      }),
    );
  });

  it('merges a worked example, with itself, and with an empty median', () => {
    // {1, 9, 9} with {2, 3, 4, 100}: sorted 1, 2, 3, 4, 9, 9, 100 → 4.
    expect(medianOf([1, 9, 9]).merge(medianOf([2, 3, 4, 100])).median()).toBe(4);
    const doubled = medianOf([1, 2, 10]);
    doubled.merge(doubled);
    expect(doubled.n).toBe(6);
    expect(doubled.median()).toBe(2);
    expect(new CountingMedian().merge(medianOf([1, 2])).median()).toBe(1.5);
  });

  it('travels as plain data, as a worker would post it back, and refuses counts that are not whole', () => {
    const original = medianOf([3, 3, 8, 1]);
    const copy = CountingMedian.fromState(structuredClone(original.toState()));
    expect(copy.n).toBe(4);
    expect(copy.median()).toBe(3);
    expect(() => CountingMedian.fromState([[1, 0]])).toThrow(RangeError);
    expect(() => CountingMedian.fromState([[1, 1.5]])).toThrow(RangeError);
  });

  it('refuses NaN and infinities, which have no place in the order', () => {
    const median = medianOf([1]);
    expect(() => median.add(Number.NaN)).toThrow(RangeError);
    expect(() => median.add(-Infinity)).toThrow(RangeError);
    expect(median.n).toBe(1);
  });

  it('never gives −0', () => {
    expect(Object.is(medianOf([-0, -0, 0]).median(), 0)).toBe(true);
  });
});
