import { logBeta } from './log-gamma.js';

/**
 * The regularised incomplete beta function Iₓ(a, b) and its complement
 * 1 − Iₓ(a, b) = I₁₋ₓ(b, a), from the continued fraction of DLMF 8.17.22
 * evaluated by the modified Lentz method (Thompson and Barnett, 1986).
 *
 * The fraction converges quickly only for x < (a + 1)/(a + b + 2), so beyond
 * that point the complement is computed instead and the other value taken
 * from it. Whichever of the pair is computed directly is accurate in relative
 * terms even when tiny, which is what a tail probability needs.
 */

export interface IncompleteBetaPair {
  /** Iₓ(a, b) */
  lower: number;
  /** 1 − Iₓ(a, b) */
  upper: number;
}

/** x and y = 1 − x, with their logarithms, kept apart so that no digits are lost when x is near 0 or near 1. */
export interface BetaArgument {
  x: number;
  y: number;
  logX: number;
  logY: number;
}

const MAX_TERMS = 100_000;
const TINY = 1e-300;

export function betaArgument(x: number): BetaArgument {
  return { x, y: 1 - x, logX: Math.log(x), logY: Math.log1p(-x) };
}

export function incompleteBeta(a: number, b: number, argument: BetaArgument): IncompleteBetaPair {
  const { x, y, logX, logY } = argument;
  if (!(a > 0 && b > 0) || !Number.isFinite(a) || !Number.isFinite(b)) throw new RangeError(`incompleteBeta needs finite a and b above 0, not ${a} and ${b}`);
  if (!(x >= 0 && y >= 0) || Math.abs(x + y - 1) > 1e-12) throw new RangeError(`incompleteBeta needs 0 ≤ x ≤ 1 and y = 1 − x, not ${x} and ${y}`);
  // By the logarithms, not x and y, which can underflow to 0 while their logarithms are still finite.
  if (logX === -Infinity) return { lower: 0, upper: 1 };
  if (logY === -Infinity) return { lower: 1, upper: 0 };
  // xᵃ·yᵇ / B(a, b), the factor in front of either continued fraction.
  const logFront = a * logX + b * logY - logBeta(a, b);
  if (x < (a + 1) / (a + b + 2)) {
    const lower = (Math.exp(logFront) * continuedFraction(a, b, x)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = (Math.exp(logFront) * continuedFraction(b, a, y)) / b;
  return { lower: 1 - upper, upper };
}

/**
 * 1 / (1 + d₁ / (1 + d₂ / (1 + …))) with
 * d₂ₘ₊₁ = −(a + m)(a + b + m)x / ((a + 2m)(a + 2m + 1)) and
 * d₂ₘ = m(b − m)x / ((a + 2m − 1)(a + 2m)).
 */
function continuedFraction(a: number, b: number, x: number): number {
  // Lentz: the value is the running product of C/D ratios; TINY stands in for a zero denominator.
  const guard = (value: number) => (Math.abs(value) < TINY ? TINY : value);
  let c = 1;
  let d = 1 / guard(1 - ((a + b) * x) / (a + 1));
  let value = d;
  for (let m = 1; m <= MAX_TERMS; m += 1) {
    const even = (m * (b - m) * x) / ((a + 2 * m - 1) * (a + 2 * m));
    d = 1 / guard(1 + even * d);
    c = guard(1 + even / c);
    value *= d * c;
    const odd = (-(a + m) * (a + b + m) * x) / ((a + 2 * m) * (a + 2 * m + 1));
    d = 1 / guard(1 + odd * d);
    c = guard(1 + odd / c);
    const change = d * c;
    value *= change;
    if (Math.abs(change - 1) < Number.EPSILON) return value;
  }
  // Only for a or b far beyond anything a sample of people gives (the fraction needs about √max(a, b) terms).
  throw new RangeError(`incompleteBeta did not converge for a = ${a}, b = ${b}, x = ${x}`);
}
