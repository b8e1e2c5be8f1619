import type { Answers } from '../answers/answers.js';
import { referencedAttachments } from '../answers/photo-answers.js';
import { attachmentsOverBudget } from '../attachments/attachment-budget.js';
import type { Attachment } from '../attachments/attachment-schema.js';
import type { InstrumentDefinition } from '../definition/definition-schema.js';

/**
 * The attachments a record carries: exactly those its photo answers refer
 * to. A photo removed from an answer, or left behind by a question now
 * hidden, stays out of the record. Validation stops a person before either
 * error here; reaching one is a bug in the caller.
 */
export function recordAttachments(definition: InstrumentDefinition, answers: Answers, attachments: Readonly<Record<string, Attachment>>): Attachment[] {
  const { found, missing } = referencedAttachments(definition, answers, attachments);
  const [first] = missing;
  if (first) throw new Error(`Cannot build the record of "${definition.id}": photo "${first.id}" of question "${first.itemId}" is not among the responses' attachments`);
  const overBudget = attachmentsOverBudget(found, definition);
  if (overBudget) throw new Error(`Cannot build the record of "${definition.id}": ${overBudget}`);
  return found;
}
