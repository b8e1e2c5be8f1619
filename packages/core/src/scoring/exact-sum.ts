/**
 * A sum kept up as values come and go, equal to adding the values up from
 * scratch in any order. That holds while every value is a whole number and
 * no partial sum can pass 2^53 (whole numbers add exactly there); otherwise
 * `value()` is null and the caller adds its values up again, in its order,
 * as floating point sums depend on it.
 */
export class ExactSum {
  count = 0;
  private whole = 0;
  private fractional = 0;
  private magnitude = 0;

  add(value: number): void {
    this.count++;
    if (Number.isInteger(value)) {
      this.whole += value;
      this.magnitude += Math.abs(value);
    } else this.fractional++;
  }

  remove(value: number): void {
    this.count--;
    if (Number.isInteger(value)) {
      this.whole -= value;
      this.magnitude -= Math.abs(value);
    } else this.fractional--;
  }

  /** The sum, or null when it must be worked out again. `+ 0` turns a −0 (which a sum starting at 0 never gives) into 0. */
  value(): number | null {
    return this.fractional === 0 && this.magnitude <= Number.MAX_SAFE_INTEGER ? this.whole + 0 : null;
  }
}
