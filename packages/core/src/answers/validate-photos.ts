import { attachmentBudget } from '../attachments/attachment-budget.js';
import { attachmentsSize, type Attachment } from '../attachments/attachment-schema.js';
import { enabledItemIds } from '../conditions/enable-when.js';
import type { InstrumentDefinition, PhotoItem } from '../definition/definition-schema.js';
import type { QuestionAnswer, ResponseStateInput } from './answers.js';
import type { AnswerProblem } from './answer-problem.js';
import { referencedAttachments } from './photo-answers.js';

/** What is wrong with a photo question's photos on their own: one that is missing, or too many. */
export function photosProblem(item: PhotoItem, answer: QuestionAnswer | undefined, attachments: Readonly<Record<string, Attachment>>): AnswerProblem | null {
  if (answer === undefined) return null;
  if (!Array.isArray(answer) || answer.some((id) => typeof id !== 'string' || !Object.hasOwn(attachments, id))) return { kind: 'unreadable-photo' };
  if (answer.length > item.maxPhotos) return { kind: 'too-many-photos', max: item.maxPhotos };
  return null;
}

/**
 * Photos of this size against this budget, as a problem; null within it.
 * The photo question asks this too, so it and validation say the same.
 */
export function photoSizeProblem(totalBytes: number, budgetBytes: number): AnswerProblem | null {
  return totalBytes > budgetBytes ? { kind: 'photos-too-large', totalBytes, budgetBytes } : null;
}

/**
 * The photos that count against the budget: exactly those the record would
 * carry, the ones the answers of shown questions refer to. A photo left in
 * the responses by a question now hidden, or marked not assessed, does not
 * count. Validation and the photo question both count with this, so a photo
 * the question accepts is never refused on Continue, nor the other way round.
 */
export function photosCounted(definition: InstrumentDefinition, state: ResponseStateInput, enabled: ReadonlySet<string> = enabledItemIds(definition, state.answers)): Attachment[] {
  // The shown photo questions' answers, as effectiveAnswers would leave them, without a pass over every answer.
  return referencedAttachments(definition, state.answers, state.attachments ?? {}, enabled).found;
}

/**
 * The budget problem, shown on every shown photo question that has photos,
 * since removing a photo from any of them can fix it. Counted over exactly
 * what the record would carry.
 */
export function photoBudgetProblem(definition: InstrumentDefinition, state: ResponseStateInput, itemId: string, enabled: ReadonlySet<string>): AnswerProblem | null {
  const answer = state.answers[itemId];
  if (!Array.isArray(answer) || answer.length === 0) return null;
  return photoSizeProblem(attachmentsSize(photosCounted(definition, state, enabled)), attachmentBudget(definition));
}
