/**
 * The quantile of a continuous distribution symmetric about 0 (Student's t,
 * the standard normal), found by solving for it with a safeguarded Newton
 * iteration, given the distribution's upper half at any point x ≥ 0.
 */

export interface UpperHalf {
  /** P(X > x) */
  tail: number;
  /** P(0 < X ≤ x) = ½ − tail, computed on its own so that it stays accurate when small */
  centre: number;
  /** ln of the density at x */
  logDensity: number;
}

const MAX_STEPS = 200;
/** Stop once a step changes x by less than this fraction of itself. */
const RELATIVE_TOLERANCE = 1e-14;
/** ln of the largest finite double: beyond it the quantile is Infinity. */
const LOG_MAX = Math.log(Number.MAX_VALUE);

/**
 * The x with P(X ≤ x) = p, for 0 < p < 1. `guess(tail)` is where the search
 * starts for the upper quantile of a tail probability below ½; any positive
 * finite guess converges, a good one in fewer steps.
 */
export function symmetricQuantile(p: number, upperHalf: (x: number) => UpperHalf, guess: (tail: number) => number): number {
  if (p === 0.5) return 0;
  // The smaller tail, exact in floating point (1 − p is exact for p ≥ ½).
  const tail = p > 0.5 ? 1 - p : p;
  const x = upperQuantile(tail, upperHalf, guess(tail));
  return p > 0.5 ? x : -x;
}

/**
 * The x ≥ 0 with P(X > x) = tail, for 0 < tail < ½. Far out it matches the
 * tail itself, which stays accurate however small; near the middle it matches
 * the centre, ½ − tail, which is exact there and avoids taking a small
 * difference of two numbers near ½.
 *
 * The unknown is u = ln x, and the equation is compared on a log scale:
 * ln P(X > x) is close to a straight line in u for heavy tails, as is
 * ln P(0 < X ≤ x) for small x, so Newton's method converges in a few steps
 * anywhere from 10⁻³⁰⁰ to 10³⁰⁰. A bracket around the root turns any step that
 * would leave it into a bisection, so the search always ends.
 */
function upperQuantile(tail: number, upperHalf: (x: number) => UpperHalf, guess: number): number {
  const matchTail = tail < 0.25;
  const logTarget = Math.log(matchTail ? tail : 0.5 - tail);
  // f(u) rises with u and is 0 at the root; slope is its derivative, x·density / (the part matched).
  const evaluate = (u: number): { f: number; slope: number } => {
    const half = upperHalf(Math.exp(u));
    const part = matchTail ? half.tail : half.centre;
    const f = matchTail ? logTarget - Math.log(part) : Math.log(part) - logTarget;
    return { f, slope: Math.exp(u + half.logDensity) / part };
  };

  let u = Number.isFinite(guess) && guess > 0 ? Math.log(guess) : 0;
  let { f, slope } = evaluate(u);
  // Walk out from the guess, doubling the stride, until [low, high] brackets the root.
  let low = -Infinity;
  let high = Infinity;
  for (let stride = 1; ; stride *= 2) {
    if (f === 0) return Math.exp(u);
    if (f < 0) low = u;
    else high = u;
    if (Number.isFinite(low) && Number.isFinite(high)) break;
    u = f < 0 ? u + stride : u - stride;
    if (u > LOG_MAX) return Infinity;
    ({ f, slope } = evaluate(u));
  }

  for (let step = 0; step < MAX_STEPS; step += 1) {
    let next = u - f / slope;
    // A step that leaves the bracket, or that rounding made non-finite, becomes a bisection.
    if (!(next > low && next < high)) next = (low + high) / 2;
    if (Math.abs(next - u) <= RELATIVE_TOLERANCE || high - low <= RELATIVE_TOLERANCE) return Math.exp(next);
    u = next;
    ({ f, slope } = evaluate(u));
    if (f === 0) return Math.exp(u);
    if (f < 0) low = u;
    else high = u;
  }
  // Reached only if rounding keeps Newton's steps bouncing; every bisection has halved the bracket meanwhile.
  return Math.exp((low + high) / 2);
}
