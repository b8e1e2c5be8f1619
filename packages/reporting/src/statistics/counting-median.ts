/**
 * The median of numbers seen one at a time, holding one count per distinct
 * value rather than every value: outcome scores take few distinct values
 * (a Barthel total has 21), so 100,000 records cost a few dozen map entries.
 * The median is exact, not an estimate; memory grows only with the number of
 * distinct values, so this suits discrete scores, not continuous measurements.
 *
 * Two medians of disjoint parts combine with `merge`; `toState` and
 * `CountingMedian.fromState` carry the counts as plain data across a worker.
 */

/** [value, count] pairs: what a worker posts back. */
export type CountingMedianState = ReadonlyArray<readonly [value: number, count: number]>;

export class CountingMedian {
  readonly #counts = new Map<number, number>();
  #n = 0;

  static fromState(state: CountingMedianState): CountingMedian {
    const median = new CountingMedian();
    for (const [value, count] of state) {
      if (!Number.isSafeInteger(count) || count < 1) throw new RangeError(`A count must be a whole number of at least 1, not ${count}`);
      median.#addCount(value, count);
    }
    return median;
  }

  add(value: number): void {
    this.#addCount(value, 1);
  }

  /** Adds everything `other` has seen, as if its numbers had been added here. Returns this median. */
  merge(other: CountingMedian): this {
    // Copied first, so that merging a median into itself doubles it rather than looping.
    for (const [value, count] of [...other.#counts]) this.#addCount(value, count);
    return this;
  }

  toState(): Array<[value: number, count: number]> {
    return [...this.#counts];
  }

  get n(): number {
    return this.#n;
  }

  /** The middle value, or the mean of the two middle values when n is even; null when empty. */
  median(): number | null {
    if (this.#n === 0) return null;
    const values = [...this.#counts.keys()].sort((a, b) => a - b);
    // 0-based ranks of the middle value(s): the same rank twice when n is odd.
    const lowerRank = Math.floor((this.#n - 1) / 2);
    const upperRank = Math.floor(this.#n / 2);
    let lower: number | null = null;
    let seen = 0;
    for (const value of values) {
      seen += this.#counts.get(value) ?? 0;
      if (lower === null && seen > lowerRank) lower = value;
      if (seen > upperRank) return lower === value ? value : ((lower ?? value) + value) / 2;
    }
    // Unreachable: the counts add up to n, so the walk always passes upperRank.
    throw new Error('CountingMedian: counts do not add up to n');
  }

  #addCount(value: number, count: number): void {
    // NaN would have no place in the order, and an infinity no mean with its neighbour.
    if (!Number.isFinite(value)) throw new RangeError(`Only finite numbers have a median, not ${value}`);
    // Map stores −0 as the key +0, so a median is never given as −0.
    this.#counts.set(value, (this.#counts.get(value) ?? 0) + count);
    this.#n += count;
  }
}
