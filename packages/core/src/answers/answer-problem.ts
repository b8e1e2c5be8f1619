import * as z from 'zod/mini';
import { attachmentBudgetMessage } from '../attachments/attachment-budget.js';
import { inSentence } from './in-sentence.js';

/**
 * What is wrong with one answer, as data: the machine-readable twin of an
 * `AnswerError`'s English `message`, so an interface in another language (or
 * with its own words) can say it its own way. The label is not part of it:
 * the interface takes the question's label from the definition it shows,
 * which may be a translation. For a repeating group's own problems (too few
 * or too many entries) the label a describer is given is the group's
 * `entryLabel`; a problem with one entry's question is that question's own
 * problem, and the `AnswerError`'s `entry` and `childId` say where it is.
 */
export const AnswerProblemSchema = z.discriminatedUnion('kind', [
  /** No answer to a required question: what the person has to do depends on the question. */
  z.object({ kind: z.literal('missing'), answer: z.enum(['choice', 'choices', 'photo', 'value']) }),
  /** A stored code that is not one of the question's options. */
  z.object({ kind: z.literal('unknown-option') }),
  z.object({ kind: z.literal('not-whole-number') }),
  z.object({ kind: z.literal('not-number') }),
  /** A duration that is not a number of seconds. */
  z.object({ kind: z.literal('not-seconds') }),
  z.object({ kind: z.literal('not-real-date') }),
  z.object({ kind: z.literal('decimal-places'), max: z.number() }),
  /** Below the question's minimum; `unit` is the definition's unit, `seconds` marks a duration. */
  z.object({ kind: z.literal('below-minimum'), limit: z.number(), unit: z.optional(z.string()), seconds: z.optional(z.literal(true)) }),
  z.object({ kind: z.literal('above-maximum'), limit: z.number(), unit: z.optional(z.string()), seconds: z.optional(z.literal(true)) }),
  z.object({ kind: z.literal('too-few-selected'), min: z.number() }),
  z.object({ kind: z.literal('too-many-selected'), max: z.number() }),
  z.object({ kind: z.literal('too-long'), maxLength: z.number() }),
  z.object({ kind: z.literal('too-few-entries'), min: z.number() }),
  z.object({ kind: z.literal('too-many-entries'), max: z.number() }),
  /** A photo answer naming a photo the responses do not hold. */
  z.object({ kind: z.literal('unreadable-photo') }),
  z.object({ kind: z.literal('too-many-photos'), max: z.number() }),
  /** The record's photos add up to more than the definition's budget. */
  z.object({ kind: z.literal('photos-too-large'), totalBytes: z.number(), budgetBytes: z.number() }),
]);

export type AnswerProblem = z.output<typeof AnswerProblemSchema>;
export type AnswerProblemKind = AnswerProblem['kind'];

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);

/**
 * The English (en-GB, GOV.UK style) words for a problem with the question
 * labelled `label`: what `AnswerError.message` says. They say what to do.
 */
export function describeAnswerProblem(problem: AnswerProblem, label: string): string {
  const lower = inSentence(label);
  switch (problem.kind) {
    case 'missing':
      return describeMissing(problem.answer, lower);
    case 'unknown-option':
      return `Select one of the options for ${lower}`;
    case 'not-whole-number':
      return `${label} must be a whole number`;
    case 'not-number':
      return `${label} must be a number`;
    case 'not-seconds':
      return `${label} must be a number of seconds, like 12.5`;
    case 'not-real-date':
      return `${label} must be a real date`;
    case 'decimal-places':
      return problem.max === 0
        ? `${label} must be a whole number`
        : `${label} must have ${problem.max} decimal ${plural(problem.max, 'place', 'places')} or fewer`;
    case 'below-minimum':
      return `${label} must be ${problem.limit}${unitText(problem)} or more`;
    case 'above-maximum':
      return `${label} must be ${problem.limit}${unitText(problem)} or less`;
    case 'too-few-selected':
      return `Select at least ${problem.min} answers for ${lower}`;
    case 'too-many-selected':
      return `Select no more than ${problem.max} answers for ${lower}`;
    case 'too-long':
      return `${label} must be ${problem.maxLength} characters or fewer`;
    case 'too-few-entries':
      return problem.min === 1 ? `Add at least one ${lower}` : `Add at least ${problem.min} entries (${lower})`;
    case 'too-many-entries':
      return `Add no more than ${problem.max} entries (${lower})`;
    case 'unreadable-photo':
      return `A photo for ${lower} could not be read; add it again`;
    case 'too-many-photos':
      return `Add no more than ${problem.max} ${plural(problem.max, 'photo', 'photos')} for ${lower}`;
    case 'photos-too-large':
      return attachmentBudgetMessage(problem.totalBytes, problem.budgetBytes) ?? '';
  }
}

function describeMissing(answer: Extract<AnswerProblem, { kind: 'missing' }>['answer'], lower: string): string {
  switch (answer) {
    case 'choices':
      return `Select at least one answer for ${lower}`;
    case 'choice':
      return `Select an answer for ${lower}`;
    case 'photo':
      return `Add a photo for ${lower}`;
    case 'value':
      return `Enter ${lower}`;
  }
}

function unitText(problem: { unit?: string | undefined; seconds?: true | undefined }): string {
  return problem.seconds ? ' seconds' : problem.unit ? ` ${problem.unit}` : '';
}

/** The English prefix naming one entry of a repeating group: "Activity 2: …". `entry` counts from 0, as `AnswerError.entry` does. */
export function describeEntryProblem(entryLabel: string, entry: number, text: string): string {
  return `${entryLabel} ${entry + 1}: ${text}`;
}
