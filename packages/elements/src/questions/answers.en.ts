import { describeAnswerProblem, describeEntryProblem, type AnswerProblem } from '@otforms/core';

/**
 * How the elements say what is wrong with an answer (en-GB). The English is
 * core's own (`AnswerError.message`), so it is written once; another locale
 * says each `AnswerProblem` in its own words. `label` is the question's label
 * as the form shows it (for a repeating group's own problems, its entry label).
 */
export const answerMessages = {
  problem: (problem: AnswerProblem, label: string): string => describeAnswerProblem(problem, label),
  /** A problem with one entry's question, prefixed by the entry: "Aid 2: Enter name of aid". `entry` counts from 0. */
  inEntry: (entryLabel: string, entry: number, text: string): string => describeEntryProblem(entryLabel, entry, text),
};
