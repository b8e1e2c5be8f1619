import { describe, expect, it } from 'vitest';
import { incompleteGamma } from './incomplete-gamma.js';

function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('incompleteGamma', () => {
  it('matches closed forms: Q(1, w) = e⁻ʷ and Q(2, w) = (1 + w)·e⁻ʷ, by the series and by the fraction', () => {
    for (const w of [1e-6, 0.2, 1, 1.9, 2.5, 10, 200]) {
      expectRelative(incompleteGamma(1, w).upper, Math.exp(-w), 1e-12);
      expectRelative(incompleteGamma(2, w).upper, (1 + w) * Math.exp(-w), 1e-12);
      expectRelative(incompleteGamma(1, w).lower, -Math.expm1(-w), 1e-12);
    }
  });

  it('gives the normal tail: P(Z > 1.959963984540054) = ½·Q(½, z²/2) = 0.025', () => {
    const z = 1.959963984540054;
    expectRelative(incompleteGamma(0.5, (z * z) / 2).upper / 2, 0.025, 1e-13);
  });

  it('is 0 and 1 at w = 0 and refuses arguments outside its domain', () => {
    expect(incompleteGamma(0.5, 0)).toEqual({ lower: 0, upper: 1 });
    expect(() => incompleteGamma(0, 1)).toThrow(RangeError);
    expect(() => incompleteGamma(1, -1)).toThrow(RangeError);
  });
});
