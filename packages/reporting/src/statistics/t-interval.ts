import { studentTQuantile } from './student-t.js';

/**
 * The 95% confidence interval for a mean from Student's t:
 * mean ± t(0.975, n − 1)·√(variance / n). Fed the differences of paired
 * scores (after − before for each person), it is the paired t-interval for
 * the mean change. It assumes the values (or differences) are roughly normal
 * or n is large enough for the mean to be.
 */

/** What the interval needs; a `RunningStats` is one. */
export interface SampleSummary {
  readonly n: number;
  readonly mean: number | null;
  /** Sample variance, n − 1 denominator. */
  readonly variance: number | null;
}

export interface Interval {
  lower: number;
  upper: number;
}

/** null when there is no interval to give: fewer than two values, or no mean or variance. */
export function tInterval95(stats: SampleSummary): Interval | null {
  const { n, mean, variance } = stats;
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A sample size must be a whole number of at least 0, not ${n}`);
  if (n < 2 || mean === null || variance === null) return null;
  if (!Number.isFinite(mean) || !Number.isFinite(variance) || variance < 0) throw new RangeError(`A t-interval needs a finite mean and a finite variance of at least 0, not ${mean} and ${variance}`);
  const halfWidth = studentTQuantile(0.975, n - 1) * Math.sqrt(variance / n);
  return { lower: mean - halfWidth, upper: mean + halfWidth };
}
