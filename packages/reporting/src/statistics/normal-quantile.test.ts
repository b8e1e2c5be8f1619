import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { normalQuantile } from './normal-quantile.js';

function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('normalQuantile', () => {
  it.each([
    // Reference values computed independently with mpmath 1.3 (30 digits): √2·erfinv(2p − 1), or in the tails a root of ln(½·erfc(z/√2)) = ln p.
    [0.9, 1.2815515655446005],
    [0.95, 1.6448536269514727],
    [0.975, 1.9599639845400542],
    [0.995, 2.5758293035489008],
    [1e-6, -4.753424308822899],
    [1e-10, -6.3613409024040562],
    [1e-300, -37.047096299361199],
  ])('z(%s) = %s', (p, expected) => {
    expectRelative(normalQuantile(p), expected, 1e-12);
  });

  it('is 0 at ½ and antisymmetric', () => {
    expect(normalQuantile(0.5)).toBe(0);
    // 1 − p is exact for p ≥ ½, so the two must agree exactly.
    fc.assert(fc.property(fc.double({ min: 0.5, max: 1, minExcluded: true, maxExcluded: true, noNaN: true }), (p) => {
      expect(normalQuantile(1 - p)).toBe(-normalQuantile(p));
    }));
  });

  it('refuses p outside (0, 1)', () => {
    for (const p of [0, 1, 2, Number.NaN]) expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});
