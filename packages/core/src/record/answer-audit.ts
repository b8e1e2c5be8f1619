import * as z from 'zod/mini';
import type { Answers } from '../answers/answers.js';
import { describe, isoDateTime, nonEmpty } from './record-parts.js';

/**
 * The audit trail of an assessment record (from version 5): for each answer
 * the record holds, who gave it first and when, and who changed it last and
 * when. `by` is the host's reference to the assessor at the time
 * (`assessor.reference`), so an OT who carries on another's draft is named
 * as the one who changed what they changed. The full history of values is
 * kept only when the host asks for it (`changes`), because it repeats every
 * answer given and grows with every change of mind.
 *
 * Keys are the record's own answer keys: an item id, or for a question in an
 * entry of a repeating group `group/index/item` (`entryInputKey`), the entry
 * counted as the record's `answers[group]` lists it.
 */

const at = isoDateTime;
const by = z.optional(nonEmpty.check(describe('The host system’s reference to the assessor at the time, for example "Practitioner/123".')));

/** A question's answer as the record holds it (a repeating group's answers are audited per question of each entry). */
const AuditedValueSchema = z.union([z.string(), z.number(), z.array(z.string())]);

export const AnswerChangeSchema = z
  .strictObject({
    by,
    at,
    value: z.optional(AuditedValueSchema).check(describe('The answer as it was after this change; absent when the answer was cleared or marked "Not assessed".')),
    notAssessed: z.optional(z.literal(true)).check(describe('Present when this change marked the item "Not assessed".')),
  })
  .check(z.meta({ id: 'AnswerChange' }));

type Ctx = z.core.$RefinementCtx<unknown>;
/** Not out of order; a time that is not one is reported by its own field, once. */
const before = (earlier: string, later: string) => !(Date.parse(earlier) > Date.parse(later));

export const AnswerAuditEntrySchema = z
  .strictObject({
    firstBy: by,
    firstAt: at,
    lastBy: by,
    lastAt: at,
    changes: z.optional(z.array(AnswerChangeSchema)).check(describe('Every change, oldest first, when the host asked for the full history (`auditHistory`).')),
  })
  .check(
    z.superRefine((entry, ctx) => {
      if (!before(entry.firstAt, entry.lastAt)) ctx.addIssue({ code: 'custom', path: ['lastAt'], message: 'lastAt must not be before firstAt' });
      let previous = entry.firstAt;
      entry.changes?.forEach((change, index) => {
        if (!before(previous, change.at) || !before(change.at, entry.lastAt)) {
          ctx.addIssue({ code: 'custom', path: ['changes', index, 'at'], message: 'Changes must be in time order, between firstAt and lastAt' });
        }
        previous = change.at;
      });
    }),
    z.meta({ id: 'AnswerAuditEntry', description: 'Who gave an answer first and when, and who changed it last and when.' }),
  );

export const AnswerAuditSchema = z.record(z.string(), AnswerAuditEntrySchema).check(
  z.meta({ id: 'AnswerAudit', description: 'By answer key (an item id, or "group/entry/item" inside a repeating group): who gave each answer in the record, and when.' }),
);

export type AnswerChange = z.output<typeof AnswerChangeSchema>;
export type AnswerAuditEntry = z.output<typeof AnswerAuditEntrySchema>;
export type AnswerAudit = z.output<typeof AnswerAuditSchema>;

/**
 * Whether `key` names an answer the record holds: an answered item, an item
 * marked "Not assessed", or a question answered in an entry of a repeating
 * group (`group/index/item`). Item ids cannot contain "/", so the two kinds
 * of key cannot be confused.
 */
export function namesAnswer(key: string, answers: Answers, notAssessed: readonly string[]): boolean {
  const parts = key.split('/');
  // A repeating group's own answer (its list of entries) is audited question by question (`group/entry/item`), never as a whole.
  if (parts.length === 1) return notAssessed.includes(key) || (Object.hasOwn(answers, key) && !isEntryList(answers[key]));
  const [groupId, index, itemId] = parts;
  if (parts.length !== 3 || !groupId || !itemId || !/^(0|[1-9]\d*)$/.test(index ?? '')) return false;
  const entries = answers[groupId];
  const entry = Array.isArray(entries) ? entries[Number(index)] : undefined;
  return typeof entry === 'object' && entry !== null && !Array.isArray(entry) && Object.hasOwn(entry, itemId);
}

function isEntryList(answer: unknown): boolean {
  return Array.isArray(answer) && answer.some((entry) => typeof entry === 'object' && entry !== null);
}

/** The audit of the answers a record holds, and only those (an answer hidden or removed since leaves no trace); `undefined` when none is left. */
export function answerAuditFor(audit: Readonly<Record<string, AnswerAuditEntry>> | undefined, answers: Answers, notAssessed: readonly string[]): AnswerAudit | undefined {
  if (!audit) return undefined;
  const kept = Object.entries(audit).filter(([key]) => namesAnswer(key, answers, notAssessed));
  return kept.length > 0 ? Object.fromEntries(kept) : undefined;
}

/** Checks, in a record, that every audit key names one of its answers. */
export function checkAnswerAudit(record: { answers: Answers; notAssessed: string[]; answerAudit?: AnswerAudit | undefined }, ctx: Ctx): void {
  for (const key of Object.keys(record.answerAudit ?? {})) {
    if (!namesAnswer(key, record.answers, record.notAssessed)) {
      ctx.addIssue({ code: 'custom', path: ['answerAudit', key], message: `The audit names "${key}", which is not an answer in this record` });
    }
  }
}
