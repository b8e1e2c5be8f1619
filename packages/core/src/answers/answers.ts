import * as z from 'zod/mini';

/**
 * An answer is the chosen option's `code`, a number, a string (dates as ISO
 * `YYYY-MM-DD`) or a list of codes. Answers are a plain object keyed by item id.
 */
export const AnswerSchema = z.union([z.string(), z.number(), z.array(z.string())]).check(z.meta({ id: 'Answer' }));
export const AnswersSchema = z.record(z.string(), AnswerSchema).check(z.meta({ id: 'Answers' }));

export type Answer = z.output<typeof AnswerSchema>;
export type Answers = z.output<typeof AnswersSchema>;

/**
 * Everything a person has entered so far. Text that could not be read as the
 * item's type (for example "12x" for a number) is kept, not dropped, so it can
 * be shown back with its error; an item marked "Not assessed" has no answer.
 */
export interface ResponseState {
  answers: Answers;
  invalidInputs: Record<string, string>;
  notAssessed: string[];
}

export const emptyResponseState = (): ResponseState => ({ answers: {}, invalidInputs: {}, notAssessed: [] });
