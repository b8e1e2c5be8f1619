/**
 * GAS-light (Turner-Stokes): verbal ratings mapped to attainment levels by a
 * table the host can change. The published categories are not verified
 * (domain brief §2.8), so this is the commonly used mapping, as a default.
 */
export interface GasLightRating {
  code: string;
  label: string;
  /** An attainment level, or the goal's own baseline (−1 or −2) for "no change". */
  level: number | 'baseline';
}

export const defaultGasLightRatings: readonly GasLightRating[] = [
  { code: 'a-lot-better', label: 'A lot better than expected', level: 2 },
  { code: 'a-little-better', label: 'A little better than expected', level: 1 },
  { code: 'as-expected', label: 'Achieved as expected', level: 0 },
  { code: 'partially', label: 'Partially achieved', level: -1 },
  { code: 'no-change', label: 'No change from baseline', level: 'baseline' },
  { code: 'worse', label: 'Worse than baseline', level: -2 },
];

/** The attainment level of a verbal rating for a goal with this baseline; null for a code not in the table. */
export function levelFromGasLight(code: string, baseline: -1 | -2, table: readonly GasLightRating[] = defaultGasLightRatings): number | null {
  const level = table.find((rating) => rating.code === code)?.level;
  return level === undefined ? null : level === 'baseline' ? baseline : level;
}
