/**
 * Count, sum, mean and sample variance of numbers seen one at a time, in
 * constant memory, by Welford's method (1962): the mean and the sum of
 * squared deviations are updated together, so the variance never comes from
 * subtracting two large, nearly equal sums (Σx² − n·x̄²), which loses every
 * digit when the values are large and close together.
 *
 * Two summaries of disjoint parts combine exactly with `merge` (Chan, Golub
 * and LeVeque, 1979), so that each worker or chunk can summarise its own
 * records and the results are joined at the end. A worker cannot post a class
 * instance, so `toState` and `RunningStats.fromState` carry it as plain data.
 */

/** The plain data behind a `RunningStats`: what a worker posts back. */
export interface RunningStatsState {
  n: number;
  sum: number;
  mean: number;
  /** Sum of squared deviations from the mean. */
  m2: number;
}

export class RunningStats {
  #n = 0;
  #sum = 0;
  #mean = 0;
  #m2 = 0;

  static fromState(state: RunningStatsState): RunningStats {
    const { n, sum, mean, m2 } = state;
    if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`A count must be a whole number of at least 0, not ${n}`);
    if (![sum, mean, m2].every(Number.isFinite) || m2 < 0) throw new RangeError('A running summary needs a finite sum and mean and a sum of squares of at least 0');
    if (n === 0 && (sum !== 0 || mean !== 0 || m2 !== 0)) throw new RangeError('An empty running summary has a sum, mean and sum of squares of 0');
    const stats = new RunningStats();
    stats.#n = n;
    stats.#sum = sum;
    stats.#mean = mean;
    stats.#m2 = m2;
    return stats;
  }

  add(x: number): void {
    // One NaN or Infinity would silently turn every later mean and variance into NaN.
    if (!Number.isFinite(x)) throw new RangeError(`Only finite numbers can be summarised, not ${x}`);
    this.#n += 1;
    this.#sum += x;
    const delta = x - this.#mean;
    this.#mean += delta / this.#n;
    // delta and (x − new mean) have the same sign, so m2 never decreases.
    this.#m2 += delta * (x - this.#mean);
  }

  /** Adds everything `other` has seen, as if its numbers had been added here. Returns this summary. */
  merge(other: RunningStats): this {
    const otherN = other.#n;
    if (otherN === 0) return this;
    const thisN = this.#n;
    const n = thisN + otherN;
    const delta = other.#mean - this.#mean;
    this.#m2 += other.#m2 + ((delta * delta * thisN) / n) * otherN;
    this.#mean += (delta * otherN) / n;
    this.#sum += other.#sum;
    this.#n = n;
    return this;
  }

  toState(): RunningStatsState {
    return { n: this.#n, sum: this.#sum, mean: this.#mean, m2: this.#m2 };
  }

  get n(): number {
    return this.#n;
  }

  get sum(): number {
    return this.#sum;
  }

  /** null when nothing has been added. */
  get mean(): number | null {
    return this.#n === 0 ? null : this.#mean;
  }

  /** Sample variance (n − 1 denominator); null below two values, where it is undefined. */
  get variance(): number | null {
    return this.#n < 2 ? null : this.#m2 / (this.#n - 1);
  }
}
