import * as z from 'zod/mini';
import { AttachmentSchema } from '../attachments/attachment-schema.js';

/**
 * An answer is the chosen option's `code`, a number, a string (dates as ISO
 * `YYYY-MM-DD`), a list of codes (multiple choice), or for a repeating group a
 * list of entries, each a plain object of such answers keyed by item id.
 * Answers are a plain object keyed by item id.
 */
const QuestionAnswerSchema = z.union([z.string(), z.number(), z.array(z.string())]);
export const GroupEntrySchema = z.record(z.string(), QuestionAnswerSchema).check(z.meta({ id: 'GroupEntry' }));
export const AnswerSchema = z.union([QuestionAnswerSchema, z.array(GroupEntrySchema)]).check(z.meta({ id: 'Answer' }));
export const AnswersSchema = z.record(z.string(), AnswerSchema).check(z.meta({ id: 'Answers' }));

export type QuestionAnswer = z.output<typeof QuestionAnswerSchema>;
export type GroupEntry = z.output<typeof GroupEntrySchema>;
export type Answer = z.output<typeof AnswerSchema>;
export type Answers = z.output<typeof AnswersSchema>;

/**
 * Everything a person has entered so far. Text that could not be read as the
 * item's type (for example "12x" for a number) is kept, not dropped, so it can
 * be shown back with its error; an item marked "Not assessed" has no answer.
 * Inside a repeating group, such text is keyed by `entryInputKey`.
 * A photo question's answer is a list of attachment ids; the photos
 * themselves are in `attachments`, by id, so that a draft holds them too.
 */
export const ResponseStateSchema = z.object({
  answers: AnswersSchema,
  invalidInputs: z.record(z.string(), z.string()),
  notAssessed: z.array(z.string()),
  // Drafts saved before photos existed have no attachments: they still read.
  attachments: z._default(z.record(z.string(), AttachmentSchema), {}),
});
export type ResponseState = z.output<typeof ResponseStateSchema>;
/** Responses as a caller may hold them: `attachments` may be missing, meaning none. */
export type ResponseStateInput = z.input<typeof ResponseStateSchema>;

export const emptyResponseState = (): ResponseState => ({ answers: {}, invalidInputs: {}, notAssessed: [], attachments: {} });

/** The key of unreadable text typed into an item of one entry of a repeating group. */
export const entryInputKey = (groupId: string, index: number, itemId: string) => `${groupId}/${index}/${itemId}`;

/** The entries of a repeating group's answer, whatever was stored. */
export function groupEntries(answer: Answer | undefined): GroupEntry[] {
  return Array.isArray(answer) ? answer.filter((entry): entry is GroupEntry => typeof entry === 'object' && entry !== null) : [];
}
