import type { Answers } from '@otforms/core';

/** Answers and the scores the instrument's own publication gives for them. */
export interface ReferenceCase {
  id: string;
  description: string;
  answers: Answers;
  expected: {
    total: number | null;
    status: 'complete' | 'incomplete';
    scales?: Record<string, number | null>;
    /** Band label expected in each band set, by band set id. */
    bands?: Record<string, string>;
    missingItems?: string[];
  };
}
