import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExactSum } from './exact-sum.js';

/**
 * Issue 15: the running score is a sum kept up as scores come and go. Its
 * value, when it gives one, must be what adding the held values up in any
 * order gives, however large the values that came and went before.
 */

/** Values as scores can be: small and huge whole numbers (past 2^53 too), fractions, huge fractions. */
const value = fc.oneof(
  { weight: 4, arbitrary: fc.integer({ min: -20, max: 20 }) },
  { weight: 2, arbitrary: fc.constantFrom(2 ** 32, 2 ** 32 + 1, 2 ** 53, -(2 ** 53), Number.MAX_SAFE_INTEGER, 1e20, -1e20, 1234567890123456789, 1e308) },
  { weight: 1, arbitrary: fc.integer({ min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }) },
  { weight: 1, arbitrary: fc.constantFrom(0.1, 0.2, 0.5, -0.3, 1.5e300, 12.75) },
  { weight: 1, arbitrary: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e25, max: 1e25 }) },
);

describe('ExactSum', () => {
  it('gives the sum after a value past 2^53 came and went', () => {
    const sum = new ExactSum();
    sum.add(1e20);
    sum.add(1);
    sum.remove(1e20);
    expect(sum.value()).toBe(1);
  });

  it('gives the sum after typing a long number one digit at a time and deleting back to four digits', () => {
    const typed = '1234567890123456789';
    const sum = new ExactSum();
    sum.add(3);
    let held = 0;
    for (let n = 1; n <= typed.length; n++) {
      if (n > 1) sum.remove(held);
      held = Number(typed.slice(0, n));
      sum.add(held);
    }
    for (let n = typed.length - 1; n >= 4; n--) {
      sum.remove(held);
      held = Number(typed.slice(0, n));
      sum.add(held);
    }
    expect(sum.value()).toBe(1237);
  });

  it('gives, when it gives a value, what adding the values held up in any order gives', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.boolean(), value), { maxLength: 40 }), (steps) => {
        const sum = new ExactSum();
        const held: number[] = [];
        for (const [removing, next] of steps) {
          if (removing && held.length) {
            const [gone] = held.splice(held.length > 1 ? 1 : 0, 1);
            sum.remove(gone!);
          } else {
            held.push(next);
            sum.add(next);
          }
          expect(sum.count).toBe(held.length);
          const got = sum.value();
          const inOrder = held.reduce((total, score) => total + score, 0);
          const reversed = [...held].reverse().reduce((total, score) => total + score, 0);
          if (got !== null) {
            expect(got).toBe(inOrder);
            expect(got).toBe(reversed);
          }
          // Small whole numbers alone always give a value: the fallback is only for what needs it.
          if (held.every((score) => Number.isInteger(score) && Math.abs(score) <= 20)) expect(got).toBe(inOrder);
        }
      }),
      { numRuns: 500 },
    );
  });
});
