import type { Answers } from '@otforms/core';

/**
 * Answers and the suggestion rules they must set off, worked by hand from the
 * definition's own rules (written for otforms, so there is no publication to
 * take them from). Each case's answers are complete, so they can be submitted.
 */
export interface SuggestionCase {
  id: string;
  description: string;
  answers: Answers;
  expected: {
    /** The ids of exactly the rules that suggest something, in the definition's order. */
    suggestions: string[];
  };
}
