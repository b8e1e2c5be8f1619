import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gasTScore } from './gas-t-score.js';
import { defaultGasLightRatings, levelFromGasLight } from './gas-light.js';

const round2 = (value: number) => Math.round(value * 100) / 100;
const level = fc.integer({ min: -2, max: 2 });
const weight = fc.double({ min: 0.1, max: 9, noNaN: true });

describe('gasTScore: the brief’s worked examples', () => {
  it('G1: three unweighted goals at +1, +1, 0 → 59.13', () => {
    expect(round2(gasTScore([{ level: 1 }, { level: 1 }, { level: 0 }]))).toBe(59.13);
  });

  it('G2: weights 6, 2, 3 at 0, −1, +2 → 54.76; the same weights all at expected → 50.00', () => {
    expect(round2(gasTScore([{ level: 0, weight: 6 }, { level: -1, weight: 2 }, { level: 2, weight: 3 }]))).toBe(54.76);
    expect(round2(gasTScore([{ level: 0, weight: 6 }, { level: 0, weight: 2 }, { level: 0, weight: 3 }]))).toBe(50);
  });

  it('G3: four goals left at −2 → 20.98; G3b: at −1 → 35.49', () => {
    expect(round2(gasTScore(Array.from({ length: 4 }, () => ({ level: -2 }))))).toBe(20.98);
    expect(round2(gasTScore(Array.from({ length: 4 }, () => ({ level: -1 }))))).toBe(35.49);
  });

  it('uses ρ as given, 0.3 by default', () => {
    const goals = [{ level: 1 }, { level: 1 }, { level: 0 }];
    expect(gasTScore(goals, { rho: 0.3 })).toBe(gasTScore(goals));
    expect(gasTScore(goals, { rho: 0 })).toBeCloseTo(50 + 20 / Math.sqrt(3), 10);
  });

  it('refuses a plan in which no goal carries weight, rather than return 0/0', () => {
    expect(() => gasTScore([])).toThrow(RangeError);
    expect(() => gasTScore([{ level: 1, weight: 0 }])).toThrow(RangeError);
  });
});

describe('gasTScore: properties', () => {
  it('is 50 when every goal is at its expected level, whatever the weights', () => {
    fc.assert(fc.property(fc.array(weight, { minLength: 1, maxLength: 8 }), (weights) => {
      expect(gasTScore(weights.map((w) => ({ level: 0, weight: w })))).toBeCloseTo(50, 9);
    }));
  });

  it('rises when any goal’s attainment rises (weights above 0)', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ level: fc.integer({ min: -2, max: 1 }), weight }), { minLength: 1, maxLength: 8 }), fc.nat(), (goals, pick) => {
        const index = pick % goals.length;
        const raised = goals.map((goal, at) => (at === index ? { ...goal, level: goal.level + 1 } : goal));
        expect(gasTScore(raised)).toBeGreaterThan(gasTScore(goals));
      }),
    );
  });

  it('is 50 + 10·x for one unweighted goal', () => {
    fc.assert(
      fc.property(level, (x) => {
        expect(gasTScore([{ level: x }])).toBeCloseTo(50 + 10 * x, 10);
      }),
    );
  });

  it('does not change when every weight is multiplied by the same factor', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ level, weight }), { minLength: 1, maxLength: 6 }), fc.double({ min: 0.5, max: 4, noNaN: true }), (goals, factor) => {
        expect(gasTScore(goals.map((goal) => ({ ...goal, weight: goal.weight * factor })))).toBeCloseTo(gasTScore(goals), 8);
      }),
    );
  });
});

describe('GAS-light', () => {
  it('maps verbal ratings to levels by a table the host can change', () => {
    expect(levelFromGasLight('as-expected', -1)).toBe(0);
    expect(levelFromGasLight('a-lot-better', -2)).toBe(2);
    expect(levelFromGasLight('no-change', -1)).toBe(-1);
    expect(levelFromGasLight('no-change', -2)).toBe(-2);
    expect(levelFromGasLight('worse', -1)).toBe(-2);
    expect(levelFromGasLight('unknown', -1)).toBe(null);
    const withDeterioration = [...defaultGasLightRatings.filter((rating) => rating.code !== 'worse'), { code: 'worse', label: 'Worse', level: -3 }];
    expect(levelFromGasLight('worse', -1, withDeterioration)).toBe(-3);
  });
});
