import type { Answers } from '../answers/answers.js';
import { attachmentsOverBudget } from '../attachments/attachment-budget.js';
import type { Attachment } from '../attachments/attachment-schema.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';
import { indexDefinition } from '../definition/definition-index.js';

/**
 * The attachments a record carries: exactly those its photo answers refer
 * to, in answer order. A photo removed from an answer, or left behind by a
 * question now hidden, stays out of the record. `answers` are the shown
 * questions' answers only (effectiveAnswers).
 */
export function recordAttachments(definition: InstrumentDefinition, answers: Answers, attachments: Readonly<Record<string, Attachment>>): Attachment[] {
  const { items } = indexDefinition(definition);
  const kept: Attachment[] = [];
  for (const item of items) {
    const answer = answers[item.id];
    if (item.type !== 'photo' || !Array.isArray(answer)) continue;
    for (const id of answer) {
      if (typeof id !== 'string') continue;
      const attachment = attachments[id];
      if (!attachment) throw new Error(`Photo "${id}" of question "${item.id}" is not among the responses' attachments`);
      if (!kept.includes(attachment)) kept.push(attachment);
    }
  }
  const overBudget = attachmentsOverBudget(kept, definition);
  if (overBudget) throw new Error(`Cannot build the record of "${definition.id}": ${overBudget}`);
  return kept;
}
