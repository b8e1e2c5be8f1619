import { describe, expect, it } from 'vitest';
import { logBeta, logGamma } from './log-gamma.js';

function expectRelative(actual: number, expected: number, relative: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(relative * Math.abs(expected));
}

describe('logGamma', () => {
  it('matches factorials and Γ(½) = √π', () => {
    let factorial = 1;
    for (let n = 1; n <= 30; n += 1) {
      // Γ(n) = (n − 1)!; from Γ(3) on the logarithm is away from 0, so a relative comparison is fair.
      if (n >= 3) expectRelative(logGamma(n), Math.log(factorial), 1e-14);
      else expect(Math.abs(logGamma(n))).toBeLessThan(1e-14);
      factorial *= n;
    }
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
  });

  it('matches reference values (mpmath 1.3, 30 digits)', () => {
    expectRelative(logGamma(1.5), -0.120782237635245222345518445782, 1e-13);
    expectRelative(logGamma(7.3), 7.14789252302224869210373015929, 1e-14);
    expectRelative(logGamma(1e6), 12815504.569147611659976971785, 1e-15);
  });

  it('refuses x that is not finite and above 0', () => {
    for (const x of [0, -1, Infinity, Number.NaN]) expect(() => logGamma(x)).toThrow(RangeError);
  });
});

describe('logBeta', () => {
  it('is ln Γ(a) + ln Γ(b) − ln Γ(a + b), and B(a, 1) = 1/a', () => {
    expectRelative(logBeta(2.5, 0.5), logGamma(2.5) + logGamma(0.5) - logGamma(3), 1e-13);
    for (const a of [0.5, 3, 40, 1e5]) expectRelative(logBeta(a, 1), -Math.log(a), 1e-13);
  });

  it('keeps its digits for a large and b = ½, where B(a, ½) ≈ √(π/a)·(1 + 1/(8a))', () => {
    // The two ln Γ terms are each about 6·10⁶ at a = 500,000, but their difference is about −6.
    // The next term of the expansion, 1/(128a²), is below 10⁻¹³ here; mpmath 1.3 gives ln B(500000, ½) = −5.9888164957774643.
    const a = 5e5;
    expectRelative(logBeta(a, 0.5), 0.5 * Math.log(Math.PI / a) + Math.log1p(1 / (8 * a)), 1e-13);
    expectRelative(logBeta(a, 0.5), -5.9888164957774643, 1e-14);
  });
});
