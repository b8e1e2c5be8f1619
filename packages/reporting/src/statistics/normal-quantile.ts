import { incompleteGamma } from './incomplete-gamma.js';
import { symmetricQuantile, type UpperHalf } from './symmetric-quantile.js';

/**
 * The standard normal distribution: P(Z > z) = ½·Q(½, z²/2) and
 * P(0 < Z ≤ z) = ½·P(½, z²/2), and its quantile. Student's t approaches it as
 * the degrees of freedom grow, and its quantile anchors t's expansion there.
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/** The upper half of the standard normal at z ≥ 0. */
export function normalUpperHalf(z: number): UpperHalf {
  const w = (z * z) / 2;
  const logW = 2 * Math.log(z) - Math.LN2;
  const { lower, upper } = incompleteGamma(0.5, w, logW);
  return { tail: upper / 2, centre: lower / 2, logDensity: -w - HALF_LOG_TWO_PI };
}

/** The z with P(Z ≤ z) = p, for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`A quantile needs 0 < p < 1, not ${p}`);
  return symmetricQuantile(p, normalUpperHalf, (tail) =>
    // Near the middle the density is nearly flat at 1/√(2π); far out, z ≈ √(−2·ln tail).
    Math.max((0.5 - tail) * Math.sqrt(2 * Math.PI), Math.sqrt(-2 * Math.log(tail))),
  );
}
