/**
 * A sum kept up as values come and go, equal to adding the values held up
 * from scratch in any order (as `scoreInstrument` does, in its order).
 *
 * Whole numbers are kept as exact BigInt sums, both the sum and the sum of
 * magnitudes, so nothing that came and went can leave a rounding error
 * behind: typing 1234567890123456789 one digit at a time and deleting back
 * to 1234 leaves exactly 1234. (Floating point sums would not: once a
 * partial sum passes 2^53, adding and then removing a value no longer gets
 * back where it started, and the error stays for good.) BigInt was chosen
 * over falling back for values past some bound because it is exact whatever
 * the history, at a constant cost of a few BigInt additions per answer.
 *
 * `value()` gives the sum only when floating point addition in any order
 * gives the same: while every value held is a whole number and the sum of
 * their magnitudes is at most 2^53 − 1, every partial sum is a whole number
 * no larger, so each addition is exact. Otherwise it is null and the caller
 * adds its values up again in its order, which floating point sums depend
 * on. So fractional scores (and sums past 2^53) take that full path: their
 * cost per answer grows with the number of scores (the known limit).
 */
export class ExactSum {
  count = 0;
  private whole = 0n;
  private magnitude = 0n;
  private fractional = 0;

  add(value: number): void {
    this.count++;
    if (Number.isInteger(value)) {
      const exact = BigInt(value);
      this.whole += exact;
      this.magnitude += exact < 0n ? -exact : exact;
    } else this.fractional++;
  }

  remove(value: number): void {
    this.count--;
    if (Number.isInteger(value)) {
      const exact = BigInt(value);
      this.whole -= exact;
      this.magnitude -= exact < 0n ? -exact : exact;
    } else this.fractional--;
  }

  /** The sum, or null when it must be worked out again (see above). Never −0, as a sum starting at 0 never is. */
  value(): number | null {
    return this.fractional === 0 && this.magnitude <= SAFE ? Number(this.whole) : null;
  }
}

const SAFE = BigInt(Number.MAX_SAFE_INTEGER);
