import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fisherExpansion, studentTQuantile, studentTUpperHalf } from './student-t.js';

/** Equal to within a relative error. */
function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('studentTQuantile: published table values, to 4 decimal places', () => {
  // Two-sided 5% and 1% critical values as printed in standard t tables.
  it.each([
    [0.975, 1, 12.7062],
    [0.975, 2, 4.3027],
    [0.975, 5, 2.5706],
    [0.975, 7, 2.3646],
    [0.975, 10, 2.2281],
    [0.975, 30, 2.0423],
    [0.975, 120, 1.9799],
    [0.995, 10, 3.1693],
    [0.995, 1, 63.6567],
    [0.95, 20, 1.7247],
  ])('t(%s, %s) = %s', (p, df, expected) => {
    expect(studentTQuantile(p, df)).toBeCloseTo(expected, 4);
  });

  it('approaches the normal quantile 1.95996 as the degrees of freedom grow', () => {
    expect(studentTQuantile(0.975, 1e6)).toBeCloseTo(1.95996, 4);
    // Fisher: t ≈ z + (z³ + z)/(4ν) with z = 1.959963984540054, so 2.37·10⁻¹⁵ above z at ν = 10¹⁵.
    expectRelative(studentTQuantile(0.975, 1e15), 1.959963984540054, 1e-14);
    expectRelative(studentTQuantile(0.975, 1e300), 1.959963984540054, 1e-14);
    expect(studentTQuantile(0.975, 1e3)).toBeGreaterThan(studentTQuantile(0.975, 1e6));
  });
});

describe('studentTQuantile: closed forms, to 10 significant figures', () => {
  const p = fc.double({ min: 1e-12, max: 1 - 1e-12, noNaN: true }).filter((value) => Math.abs(value - 0.5) > 1e-9);

  it('one degree of freedom is the Cauchy distribution: t = tan(π(p − ½)) = −cot(πp)', () => {
    // −cot(πp) below ½ and cot(π(1 − p)) above (1 − p is exact there): tan(π(p − ½)) itself loses digits in the tails.
    const cauchy = (value: number) => (value < 0.5 ? -1 / Math.tan(Math.PI * value) : 1 / Math.tan(Math.PI * (1 - value)));
    fc.assert(fc.property(p, (value) => expectRelative(studentTQuantile(value, 1), cauchy(value), 1e-10)));
    expectRelative(studentTQuantile(0.975, 1), Math.tan(Math.PI * 0.475), 1e-12);
    expectRelative(studentTQuantile(1e-300, 1), -1 / (Math.PI * 1e-300), 1e-10);
  });

  it('two degrees of freedom: t = (2p − 1)/√(2p(1 − p))', () => {
    fc.assert(fc.property(p, (value) => expectRelative(studentTQuantile(value, 2), (2 * value - 1) / Math.sqrt(2 * value * (1 - value)), 1e-10)));
  });

  it('four degrees of freedom: t = 2·√(cos(⅓·arccos √α)/√α − 1) with α = 4p(1 − p)', () => {
    for (const value of [0.6, 0.75, 0.9, 0.975, 0.999]) {
      const alpha = 4 * value * (1 - value);
      const expected = 2 * Math.sqrt(Math.cos(Math.acos(Math.sqrt(alpha)) / 3) / Math.sqrt(alpha) - 1);
      expectRelative(studentTQuantile(value, 4), expected, 1e-10);
    }
  });

  it('three degrees of freedom: the closed-form distribution function gives back p', () => {
    // F(t) = ½ + (1/π)·[u/(1 + u²) + arctan u] with u = t/√3.
    const cdf = (t: number) => {
      const u = t / Math.sqrt(3);
      return 0.5 + (u / (1 + u * u) + Math.atan(u)) / Math.PI;
    };
    fc.assert(fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), (value) => {
      expect(Math.abs(cdf(studentTQuantile(value, 3)) - value)).toBeLessThanOrEqual(1e-14);
    }));
  });
});

describe('studentTQuantile: fractional degrees of freedom and its shape', () => {
  it.each([
    // Reference values computed independently with mpmath 1.3 (30 digits): findroot on ½·betainc(ν/2, ½, 0, ν/(ν + t²)) = 1 − p.
    [0.975, 2.5, 3.5746548420036832],
    [0.9, 1.5, 2.1963984175655374],
    [0.999, 7.3, 4.6888659935383738],
  ])('t(%s, %s) = %s', (p, df, expected) => {
    expectRelative(studentTQuantile(p, df), expected, 1e-10);
  });

  it('is 0 at p = ½, antisymmetric, and rises with p and falls with the degrees of freedom', () => {
    expect(studentTQuantile(0.5, 3.7)).toBe(0);
    fc.assert(
      fc.property(fc.double({ min: 0.5000001, max: 0.9999999, noNaN: true }), fc.double({ min: 1, max: 1e5, noNaN: true }), (p, df) => {
        const t = studentTQuantile(p, df);
        expect(t).toBeGreaterThan(0);
        // 1 − p is exact for p ≥ ½, so the two must agree exactly.
        expect(studentTQuantile(1 - p, df)).toBe(-t);
        expect(studentTQuantile(Math.min(p + 1e-4, 0.99999995), df)).toBeGreaterThan(t);
        expect(studentTQuantile(p, df * 2)).toBeLessThan(t);
      }),
    );
  });

  it('keeps its precision for p just above ½, where t is tiny', () => {
    // Near 0 the density of t(ν = 1) is 1/π, so t ≈ π·(p − ½) = π·2⁻⁵⁰.
    expectRelative(studentTQuantile(0.5 + 2 ** -50, 1), Math.PI * 2 ** -50, 1e-10);
  });

  it('refuses p outside (0, 1) and degrees of freedom below 1 or not finite', () => {
    for (const p of [0, 1, -0.1, 1.5, Number.NaN]) expect(() => studentTQuantile(p, 5)).toThrow(RangeError);
    for (const df of [0.99, 0, -1, Infinity, Number.NaN]) expect(() => studentTQuantile(0.975, df)).toThrow(RangeError);
  });
});

describe('fisherExpansion', () => {
  it('matches the exact quantile already at ν = 1000, where every one of its four terms counts', () => {
    // The first term left out is of order z¹¹/ν⁵: about 3·10⁻¹² at z = 4.75 and ν = 1000 (g₄/ν⁴ alone is about 10⁻⁹ there).
    for (const [p, z] of [[0.975, 1.9599639845400542], [1 - 1e-6, 4.753424308822899]] as const) {
      expectRelative(fisherExpansion(z, 1000), studentTQuantile(p, 1000), 1e-11);
    }
  });
});

describe('studentTUpperHalf', () => {
  it('splits the upper half into a tail and a centre that add to ½, with the density of t(1) = 1/(π(1 + t²))', () => {
    for (const t of [0, 1e-8, 0.3, 1, 12.7, 1e6]) {
      const half = studentTUpperHalf(t, 1);
      expect(half.tail + half.centre).toBeCloseTo(0.5, 15);
      // ½ − arctan(t)/π, written as arctan(1/t)/π so that the reference keeps its digits for large t.
      expectRelative(half.tail, Math.atan2(1, t) / Math.PI, 1e-12);
      expectRelative(Math.exp(half.logDensity), 1 / (Math.PI * (1 + t * t)), 1e-12);
    }
  });
});
