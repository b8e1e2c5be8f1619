import type { Answers } from '@otforms/core';

/**
 * Answers and the scores the instrument's own publication (or, for a generic
 * pattern or a library rule, the domain brief) gives for them. Any expectation
 * left out is not checked, except `bands`, which defaults to none.
 */
export interface ReferenceCase {
  id: string;
  description: string;
  answers: Answers;
  expected: {
    total: number | null;
    status: 'complete' | 'incomplete';
    /** Whether the total was estimated with the missing-item rule. */
    prorated?: boolean;
    scales?: Record<string, number | null>;
    /** Band label expected in each band set, by band set id. */
    bands?: Record<string, string>;
    missingItems?: string[];
    /**
     * Every subscale, group score and difference, by id. Numbers are compared
     * to 2 decimal places, as publications print them (5.67 for 17 ÷ 3).
     */
    scores?: Record<string, number | null>;
    /** Every threshold flag, by id. */
    flags?: Record<string, boolean | null>;
    /** Why the definition's rules give no total; `null` when they do not refuse one. */
    noTotalReason?: string | null;
  };
}
