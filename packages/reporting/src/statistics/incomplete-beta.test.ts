import { describe, expect, it } from 'vitest';
import { betaArgument, incompleteBeta } from './incomplete-beta.js';

function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('incompleteBeta', () => {
  it('matches closed forms: Iₓ(a, 1) = xᵃ and Iₓ(1, b) = 1 − (1 − x)ᵇ', () => {
    for (const x of [1e-9, 0.01, 0.3, 0.5, 0.77, 0.999]) {
      for (const a of [0.5, 2, 7.5, 40]) expectRelative(incompleteBeta(a, 1, betaArgument(x)).lower, x ** a, 1e-12);
      for (const b of [0.5, 3, 12]) expectRelative(incompleteBeta(1, b, betaArgument(x)).upper, (1 - x) ** b, 1e-12);
    }
  });

  it('satisfies Iₓ(a, b) = 1 − I₁₋ₓ(b, a), with the pair adding to 1', () => {
    for (const [a, b, x] of [[2.5, 0.5, 0.3], [0.5, 9, 0.05], [30, 0.5, 0.95]] as const) {
      const pair = incompleteBeta(a, b, betaArgument(x));
      const mirrored = incompleteBeta(b, a, betaArgument(1 - x));
      expect(pair.lower + pair.upper).toBeCloseTo(1, 15);
      expect(pair.lower).toBeCloseTo(mirrored.upper, 14);
    }
  });

  it('keeps a tiny value in relative terms: I₁₀⁻¹⁰(3, 2) = 4x³ − 3x⁴ ≈ 4·10⁻³⁰', () => {
    const x = 1e-10;
    expectRelative(incompleteBeta(3, 2, betaArgument(x)).lower, 4 * x ** 3 - 3 * x ** 4, 1e-12);
  });

  it('is 0 and 1 at the ends, and refuses arguments outside its domain', () => {
    expect(incompleteBeta(2, 3, betaArgument(0))).toEqual({ lower: 0, upper: 1 });
    expect(incompleteBeta(2, 3, betaArgument(1))).toEqual({ lower: 1, upper: 0 });
    expect(() => incompleteBeta(0, 1, betaArgument(0.5))).toThrow(RangeError);
    expect(() => incompleteBeta(1, 1, betaArgument(1.5))).toThrow(RangeError);
  });
});
