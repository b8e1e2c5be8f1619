import type { Attachment } from '../attachments/attachment-schema.js';
import type { InstrumentDefinition, PhotoItem } from '../definition/definition-schema.js';
import { indexDefinition } from '../definition/definition-index.js';
import type { Answers } from './answers.js';

const photoItemsOf = new WeakMap<InstrumentDefinition, readonly PhotoItem[]>();

/**
 * The definition's photo questions, in definition order, found once per
 * definition (parsed ones are frozen): a page asks for the photos counted
 * on every answer, and most forms have few photo questions or none, so the
 * work follows the photo questions rather than the whole form. Photo
 * questions are never inside a repeating group (the definition rules).
 */
export function photoItems(definition: InstrumentDefinition): readonly PhotoItem[] {
  let found = photoItemsOf.get(definition);
  if (!found) {
    found = indexDefinition(definition).items.filter((item): item is PhotoItem => item.type === 'photo');
    photoItemsOf.set(definition, found);
  }
  return found;
}

/**
 * The attachments that photo questions' answers refer to, in question and
 * answer order, each once; and the ids that refer to none. Validation and the
 * record both ask this, so that what is checked against the budget is
 * exactly what the record will carry. Pass the answers of shown questions
 * only (effectiveAnswers), or the shown ids as `shown`, for what a record
 * keeps: `shown` leaves the others out the same way, without a pass over
 * every answer (photosCounted runs on every answer of a page).
 */
export function referencedAttachments(
  definition: InstrumentDefinition,
  answers: Answers,
  attachments: Readonly<Record<string, Attachment>>,
  shown?: ReadonlySet<string>,
): { found: Attachment[]; missing: { itemId: string; id: string }[] } {
  const found: Attachment[] = [];
  const missing: { itemId: string; id: string }[] = [];
  for (const item of photoItems(definition)) {
    if (shown && !shown.has(item.id)) continue;
    const answer = answers[item.id];
    if (!Array.isArray(answer)) continue;
    for (const id of answer) {
      if (typeof id !== 'string') continue;
      // Own properties only: an id such as "constructor" must not find Object.prototype's.
      const attachment = Object.hasOwn(attachments, id) ? attachments[id] : undefined;
      if (!attachment) missing.push({ itemId: item.id, id });
      else if (!found.includes(attachment)) found.push(attachment);
    }
  }
  return { found, missing };
}
