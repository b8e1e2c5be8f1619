import type { Attachment } from '../attachments/attachment-schema.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { indexDefinition } from '../definition/definition-index.js';
import type { Answers } from './answers.js';

/**
 * The attachments that photo questions' answers refer to, in question and
 * answer order, each once; and the ids that refer to none. Validation and the
 * record both ask this, so that what is checked against the budget is
 * exactly what the record will carry. Pass the answers of shown questions
 * only (effectiveAnswers) for what a record keeps.
 */
export function referencedAttachments(
  definition: InstrumentDefinition,
  answers: Answers,
  attachments: Readonly<Record<string, Attachment>>,
): { found: Attachment[]; missing: { itemId: string; id: string }[] } {
  const found: Attachment[] = [];
  const missing: { itemId: string; id: string }[] = [];
  for (const item of indexDefinition(definition).items) {
    const answer = answers[item.id];
    if (item.type !== 'photo' || !Array.isArray(answer)) continue;
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
