/**
 * Goal attainment scaling (GAS): the Kiresuk & Sherman T-score.
 *
 *   T = 50 + 10 · Σ(wᵢ·xᵢ) / √((1 − ρ)·Σwᵢ² + ρ·(Σwᵢ)²)
 *
 * xᵢ is a goal's attainment level (−2 … +2), wᵢ its weight (1 when
 * unweighted), ρ the assumed correlation between goals (0.3 by convention).
 * Plain floating point: round for display only.
 */

export interface GasEntry {
  level: number;
  weight?: number;
}

export interface GasOptions {
  rho?: number;
}

export const DEFAULT_RHO = 0.3;

export function gasTScore(entries: readonly GasEntry[], { rho = DEFAULT_RHO }: GasOptions = {}): number {
  let weightedLevels = 0;
  let sumOfSquares = 0;
  let sum = 0;
  for (const { level, weight = 1 } of entries) {
    weightedLevels += weight * level;
    sumOfSquares += weight * weight;
    sum += weight;
  }
  const denominator = Math.sqrt((1 - rho) * sumOfSquares + rho * sum * sum);
  // With no goal carrying weight the formula is 0/0: there is no T-score to give.
  if (!(denominator > 0)) throw new RangeError('A T-score needs at least one goal with a weight above 0');
  return 50 + (10 * weightedLevels) / denominator;
}
