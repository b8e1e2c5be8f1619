import { incompleteBeta } from './incomplete-beta.js';
import { logBeta } from './log-gamma.js';
import { normalQuantile } from './normal-quantile.js';
import { symmetricQuantile, type UpperHalf } from './symmetric-quantile.js';

/**
 * Student's t distribution with real degrees of freedom ν ≥ 1, and its quantile.
 *
 * For t ≥ 0, with x = ν/(ν + t²):
 *   P(T > t)     = ½·Iₓ(ν/2, ½)          (the tail)
 *   P(0 < T ≤ t) = ½·(1 − Iₓ(ν/2, ½))    (the centre)
 * and the quantile solves one of these for t (see symmetric-quantile.ts).
 *
 * For very large ν the continued fraction behind Iₓ starts by cancelling
 * 1 − x·(…) with x within about 1/ν of 1, losing digits in proportion to ν
 * (a relative error near 10⁻¹¹ at ν = 10⁶). From there on the quantile comes
 * instead from Fisher's expansion about the normal quantile z (Abramowitz and
 * Stegun 26.7.5), whose first term left out is of order z¹¹/ν⁵.
 */

/** From here the expansion about the normal is used: its error is far below double precision there, even at p = 10⁻³⁰⁰ (z ≈ 37). */
const LARGE_DF = 1e6;

/** The upper half of Student's t with df degrees of freedom at t ≥ 0. */
export function studentTUpperHalf(t: number, df: number): UpperHalf {
  const a = df / 2;
  // s² = t²/ν; x = 1/(1 + s²) and y = s²/(1 + s²) with their logarithms, which stay finite where s² overflows or underflows.
  const s = t / Math.sqrt(df);
  const sSquared = s * s;
  const logOnePlusSSquared = Number.isFinite(sSquared) ? Math.log1p(sSquared) : 2 * Math.log(s);
  const logX = -logOnePlusSSquared;
  const logY = 2 * Math.log(s) - logOnePlusSSquared;
  const x = Number.isFinite(sSquared) ? 1 / (1 + sSquared) : Math.exp(logX);
  const y = Number.isFinite(sSquared) ? sSquared / (1 + sSquared) : 1;
  const { lower, upper } = incompleteBeta(a, 0.5, { x, y, logX, logY });
  const logDensity = -0.5 * Math.log(df) - logBeta(a, 0.5) - (a + 0.5) * logOnePlusSSquared;
  return { tail: lower / 2, centre: upper / 2, logDensity };
}

/**
 * The p-quantile of Student's t distribution with df degrees of freedom: the t
 * with P(T ≤ t) = p. df may be any finite real number ≥ 1 (a Welch interval
 * has fractional degrees of freedom). The relative error is below 10⁻¹⁰.
 */
export function studentTQuantile(p: number, df: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`A quantile needs 0 < p < 1, not ${p}`);
  if (!(df >= 1) || !Number.isFinite(df)) throw new RangeError(`Student's t needs finite degrees of freedom of at least 1, not ${df}`);
  if (df >= LARGE_DF) return fisherExpansion(normalQuantile(p), df);
  return symmetricQuantile(p, (t) => studentTUpperHalf(t, df), (tail) => initialGuess(tail, df));
}

/** t ≈ z + g₁(z)/ν + g₂(z)/ν² + g₃(z)/ν³ + g₄(z)/ν⁴ (Abramowitz and Stegun 26.7.5), from the normal quantile z. */
export function fisherExpansion(z: number, df: number): number {
  const z2 = z * z;
  const g1 = (z * (z2 + 1)) / 4;
  const g2 = (z * ((5 * z2 + 16) * z2 + 3)) / 96;
  const g3 = (z * (((3 * z2 + 19) * z2 + 17) * z2 - 15)) / 384;
  const g4 = (z * ((((79 * z2 + 776) * z2 + 1482) * z2 - 1920) * z2 - 945)) / 92160;
  return z + (g1 + (g2 + (g3 + g4 / df) / df) / df) / df;
}

/**
 * Where the search starts. Near the middle the density is nearly flat, so
 * t ≈ (½ − tail)/density(0); far out P(T > t) ≈ C·t^(−ν) with
 * C = ν^(ν/2 − 1)/B(ν/2, ½). Each underestimates where the other applies, so
 * the larger is taken.
 */
function initialGuess(tail: number, df: number): number {
  const logBetaHalf = logBeta(df / 2, 0.5);
  const nearMiddle = (0.5 - tail) * Math.sqrt(df) * Math.exp(logBetaHalf);
  const farOut = Math.exp(((df / 2 - 1) * Math.log(df) - logBetaHalf - Math.log(tail)) / df);
  return Math.max(nearMiddle, farOut);
}
