import { logGamma } from './log-gamma.js';

/**
 * The regularised incomplete gamma functions P(a, w) and Q(a, w) = 1 − P(a, w),
 * for the standard normal distribution (P(Z > z) = ½·Q(½, z²/2)). Below
 * w = a + 1 the power series of P converges fast; above it, Legendre's
 * continued fraction for Q, evaluated by the modified Lentz method. As with
 * the incomplete beta function, whichever of the pair is computed directly is
 * accurate in relative terms even when tiny.
 */

export interface IncompleteGammaPair {
  /** P(a, w) */
  lower: number;
  /** Q(a, w) = 1 − P(a, w) */
  upper: number;
}

const MAX_TERMS = 100_000;
const TINY = 1e-300;

/** w ≥ 0 is passed with its logarithm, which stays finite when w itself underflows to 0. */
export function incompleteGamma(a: number, w: number, logW: number = Math.log(w)): IncompleteGammaPair {
  if (!(a > 0) || !Number.isFinite(a)) throw new RangeError(`incompleteGamma needs a finite a above 0, not ${a}`);
  if (!(w >= 0)) throw new RangeError(`incompleteGamma needs w ≥ 0, not ${w}`);
  if (logW === -Infinity) return { lower: 0, upper: 1 };
  if (w === Infinity) return { lower: 1, upper: 0 };
  // wᵃ·e⁻ʷ / Γ(a), the factor in front of the series and of the fraction.
  const logFront = a * logW - w - logGamma(a);
  if (w < a + 1) {
    const lower = (Math.exp(logFront) * series(a, w)) / a;
    return { lower, upper: 1 - lower };
  }
  const upper = Math.exp(logFront) * continuedFraction(a, w);
  return { lower: 1 - upper, upper };
}

/** Σₙ wⁿ / ((a + 1)(a + 2)…(a + n)), so that P(a, w) = front · series / a. */
function series(a: number, w: number): number {
  let term = 1;
  let sum = 1;
  for (let n = 1; n <= MAX_TERMS; n += 1) {
    term *= w / (a + n);
    sum += term;
    if (term < sum * Number.EPSILON) return sum;
  }
  throw new RangeError(`incompleteGamma's series did not converge for a = ${a}, w = ${w}`);
}

/** 1 / (w + 1 − a − 1·(1 − a) / (w + 3 − a − 2·(2 − a) / (w + 5 − a − …))), so that Q(a, w) = front · fraction. */
function continuedFraction(a: number, w: number): number {
  const guard = (value: number) => (Math.abs(value) < TINY ? TINY : value);
  let denominator = w + 1 - a;
  let c = 1 / TINY;
  let d = 1 / guard(denominator);
  let value = d;
  for (let i = 1; i <= MAX_TERMS; i += 1) {
    const numerator = -i * (i - a);
    denominator += 2;
    d = 1 / guard(numerator * d + denominator);
    c = guard(denominator + numerator / c);
    const change = d * c;
    value *= change;
    if (Math.abs(change - 1) < Number.EPSILON) return value;
  }
  throw new RangeError(`incompleteGamma's continued fraction did not converge for a = ${a}, w = ${w}`);
}
