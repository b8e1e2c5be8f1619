/**
 * ln Γ(x) for x > 0, and ln B(a, b), for the incomplete beta function behind
 * Student's t distribution. Stirling's series is accurate to double precision
 * for x ≥ 15; smaller x are first raised with Γ(x + 1) = x·Γ(x).
 */

const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);
const STIRLING_FROM = 15;

/**
 * Stirling's correction ln Γ(x) − [(x − ½)·ln x − x + ½·ln 2π] for x ≥ 15:
 * Σ B₂ₖ / (2k·(2k − 1)·x²ᵏ⁻¹) with Bernoulli numbers B₂…B₁₆; the first term
 * left out is below 1e−19 at x = 15.
 */
function stirlingCorrection(x: number): number {
  const inverse = 1 / x;
  const inverseSquared = inverse * inverse;
  const series =
    1 / 12 +
    inverseSquared *
      (-1 / 360 +
        inverseSquared *
          (1 / 1260 +
            inverseSquared *
              (-1 / 1680 +
                inverseSquared * (1 / 1188 + inverseSquared * (-691 / 360360 + inverseSquared * (1 / 156 + inverseSquared * (-3617 / 122400)))))));
  return series * inverse;
}

/** ln Γ(x) for finite x > 0. */
export function logGamma(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError(`logGamma needs a finite x above 0, not ${x}`);
  let shift = 0;
  let product = 1;
  while (x + shift < STIRLING_FROM) {
    product *= x + shift;
    shift += 1;
  }
  const z = x + shift;
  return (z - 0.5) * Math.log(z) - z + HALF_LOG_TWO_PI + stirlingCorrection(z) - Math.log(product);
}

/**
 * ln B(a, b) = ln Γ(a) + ln Γ(b) − ln Γ(a + b) for finite a, b > 0. When the
 * larger argument is big, ln Γ(big) − ln Γ(big + small) is taken from
 * Stirling's series directly, because subtracting the two (each about
 * big·ln big) would lose the digits that matter: for Student's t with 10⁶
 * degrees of freedom that is ln Γ(500000) − ln Γ(500000.5).
 */
export function logBeta(a: number, b: number): number {
  const small = Math.min(a, b);
  const big = Math.max(a, b);
  if (big < STIRLING_FROM) return logGamma(a) + logGamma(b) - logGamma(a + b);
  const sum = big + small;
  // (big − ½)·ln big − (sum − ½)·ln sum + small, rearranged so nothing large cancels.
  const stirlingDifference = -(big - 0.5) * Math.log1p(small / big) - small * Math.log(sum) + small;
  return logGamma(small) + stirlingDifference + stirlingCorrection(big) - stirlingCorrection(sum);
}
