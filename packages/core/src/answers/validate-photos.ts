import { attachmentsOverBudget } from '../attachments/attachment-budget.js';
import type { Attachment } from '../attachments/attachment-schema.js';
import { effectiveAnswers, enabledItemIds } from '../conditions/enable-when.js';
import type { InstrumentDefinition, PhotoItem } from '../definition/definition-schema.js';
import type { QuestionAnswer, ResponseStateInput } from './answers.js';
import { referencedAttachments } from './photo-answers.js';
import { inSentence } from './in-sentence.js';

/** What is wrong with a photo question's photos on their own: one that is missing, or too many. */
export function validatePhotos(item: PhotoItem, answer: QuestionAnswer | undefined, attachments: Readonly<Record<string, Attachment>>): string | null {
  if (answer === undefined) return null;
  const label = inSentence(item.label);
  if (!Array.isArray(answer) || answer.some((id) => typeof id !== 'string' || !Object.hasOwn(attachments, id))) {
    return `A photo for ${label} could not be read; add it again`;
  }
  if (answer.length > item.maxPhotos) return `Add no more than ${item.maxPhotos} photo${item.maxPhotos === 1 ? '' : 's'} for ${label}`;
  return null;
}

/**
 * The photos that count against the budget: exactly those the record would
 * carry, the ones the answers of shown questions refer to. A photo left in
 * the responses by a question now hidden, or marked not assessed, does not
 * count. Validation and the photo question both count with this, so a photo
 * the question accepts is never refused on Continue, nor the other way round.
 */
export function photosCounted(definition: InstrumentDefinition, state: ResponseStateInput, enabled = enabledItemIds(definition, state.answers)): Attachment[] {
  return referencedAttachments(definition, effectiveAnswers(definition, state.answers, enabled), state.attachments ?? {}).found;
}

/**
 * The budget error, shown on every shown photo question that has photos,
 * since removing a photo from any of them can fix it. Counted over exactly
 * what the record would carry.
 */
export function photoBudgetError(definition: InstrumentDefinition, state: ResponseStateInput, itemId: string, enabled: Set<string>): string | null {
  const answer = state.answers[itemId];
  if (!Array.isArray(answer) || answer.length === 0) return null;
  return attachmentsOverBudget(photosCounted(definition, state, enabled), definition);
}
