import * as z from 'zod/mini';
import { asBuckets, bucketEntries, bucketValue, entryInputKey, isBucketedRecord, toBuckets, withBucketValue, type AnswerAuditEntry, type AnswerChange, type BucketedRecord } from '@otforms/core';
import { heldAnswer, type HeldResponses } from './held-answers.js';

/**
 * The machine's side of the record's `answerAudit`: who gave each answer
 * and when, kept as answers change. An entry is kept when its answer is
 * cleared, so an answer given again (a text retyped from empty, say) still
 * names who gave it first; the record keeps only the entries of the answers
 * it holds (core's `answerAuditFor`).
 */

/**
 * The audit by answer key. In memory it is bucketed (core's `BucketedRecord`): noting one answer copies a
 * bucket of a few dozen entries, never all of them, so the work per answer does not grow with the form.
 * Drafts hold it flat, as every version has (`withBucketsPersistedFlat`), and a snapshot restored from one
 * has it flat until its next answer buckets it. Read it with `auditEntries` or `auditEntryOf`.
 */
export type AnswerAuditTrail = BucketedRecord<AnswerAuditEntry> | Readonly<Record<string, AnswerAuditEntry>>;

/**
 * The audit as one plain object by answer key, as the record's `answerAudit` holds it: in the order the answers
 * were first given (by `firstAt`), as the audit kept them before it was bucketed, rather than in the buckets'
 * order, so a record lists its audit (and its FHIR Provenance its agents) first answer first.
 */
export function auditEntries(trail: AnswerAuditTrail): Record<string, AnswerAuditEntry> {
  // A flat one (restored from a draft, no answer since) is in the order its draft kept, which may be the buckets'.
  const flat = isBucketedRecord(trail) ? Object.values(trail as BucketedRecord<AnswerAuditEntry>) : [trail as Readonly<Record<string, AnswerAuditEntry>>];
  const timed: { key: string; entry: AnswerAuditEntry; at: number }[] = [];
  for (const part of flat) for (const [key, entry] of Object.entries(part)) timed.push({ key, entry, at: Date.parse(entry.firstAt) });
  timed.sort((a, b) => a.at - b.at);
  // fromEntries defines own properties: "__proto__" stays a key.
  return Object.fromEntries(timed.map(({ key, entry }) => [key, entry]));
}

/** One answer's audit entry, or undefined. */
export function auditEntryOf(trail: AnswerAuditTrail | undefined, key: string): AnswerAuditEntry | undefined {
  if (!trail) return undefined;
  return isBucketedRecord(trail) ? bucketValue(trail as BucketedRecord<AnswerAuditEntry>, key) : Object.hasOwn(trail, key) ? trail[key] : undefined;
}

/** Who did something, and when. */
export interface AuditStamp {
  by?: string;
  at: string;
}

/**
 * Changes by one person this close together are one change in the full
 * history: typing a word is not a history of its letters, nor is a
 * second thought straight after a first.
 */
export const SAME_CHANGE_WITHIN_MS = 60_000;

const isoDateTime = z.iso.datetime({ offset: true });

/**
 * The stamp of an event: the host's assessor at the time, and the event's
 * `at` when it is a date-time (the element's clock when the person acted),
 * else this machine's clock now.
 */
export function auditStamp(options: { assessor?: { reference?: string } | undefined }, at: unknown): AuditStamp {
  const by = options.assessor?.reference;
  const when = typeof at === 'string' && isoDateTime.safeParse(at).success ? at : new Date().toISOString();
  return by ? { by, at: when } : { at: when };
}

type Held = { value?: AnswerChange['value']; notAssessed?: true } | undefined;

/** What the responses hold under an answer key: an answer, "Not assessed", or nothing. */
function heldUnder(responses: HeldResponses, key: string): Held {
  const [groupId, index, itemId] = key.split('/');
  if (itemId !== undefined && groupId !== undefined) {
    const entries = heldAnswer(responses.answers, groupId);
    const entry = Array.isArray(entries) ? entries[Number(index)] : undefined;
    const value = typeof entry === 'object' && entry !== null && !Array.isArray(entry) ? entry[itemId] : undefined;
    return value === undefined ? undefined : { value };
  }
  if (responses.notAssessed.includes(key)) return { notAssessed: true };
  const value = heldAnswer(responses.answers, key);
  // A repeating group's own answer (its entries) is audited question by question, never as a whole.
  if (value === undefined || (Array.isArray(value) && value.some((entry) => typeof entry === 'object'))) return undefined;
  return { value: value as AnswerChange['value'] };
}

/**
 * The trail after an event that may have changed the answer under `key`:
 * unchanged when the answer is the same as before (a repeated click, a
 * blur), else the change noted, with its value in the full history when
 * `history` is on.
 *
 * Clocks: `lastBy` is always whoever made this change, the latest changer.
 * Times never run backwards in the trail, so the record always passes its
 * own schema (`firstAt <= lastAt`, changes in time order): a change stamped
 * before the latest time already noted (a clock set back, or one that was
 * ahead before and is right now) is noted at that latest time, used only to
 * keep the order. Such a change is never merged into the one before it
 * (`withChange`): its real time is unknown, and merging would let one wrong
 * clock swallow every later change of the answer.
 *
 * With `history` off the entry has no `changes`, even when it had some
 * before: a list that no longer holds every change must not be read as
 * the full history. Answers not changed since keep theirs, which still
 * end with the answer as it is.
 */
export function noteAnswerChange(
  trail: AnswerAuditTrail | undefined,
  key: string,
  before: HeldResponses,
  after: HeldResponses,
  stamp: AuditStamp,
  history: boolean,
): AnswerAuditTrail | undefined {
  const was = heldUnder(before, key);
  const now = heldUnder(after, key);
  if (JSON.stringify(was) === JSON.stringify(now)) return trail;
  // A flat audit (restored from a draft) is bucketed here once; every answer after finds it bucketed.
  const buckets = asBuckets(trail ?? {});
  const existing = bucketValue(buckets, key);
  const clamped = existing !== undefined && Date.parse(stamp.at) < Date.parse(existing.lastAt);
  const at = clamped ? existing.lastAt : stamp.at;
  const by = stamp.by === undefined ? {} : { by: stamp.by };
  const change: AnswerChange = { ...by, at, ...(now?.value === undefined ? {} : { value: now.value }), ...(now?.notAssessed ? { notAssessed: true as const } : {}) };
  const entry: AnswerAuditEntry = existing
    ? { ...withoutLast(existing), ...(stamp.by === undefined ? {} : { lastBy: stamp.by }), lastAt: at }
    : { ...(stamp.by === undefined ? {} : { firstBy: stamp.by }), firstAt: at, ...(stamp.by === undefined ? {} : { lastBy: stamp.by }), lastAt: at };
  if (history) entry.changes = withChange(existing?.changes ?? [], change, !clamped);
  // Noted as it is copied, so that the draft is written as this one entry, not the whole audit (core's draft-change).
  return withBucketValue(buckets, key, entry);
}

/** An entry without who changed it last, nor its history, both to be said again (a change by nobody named leaves nobody named). */
function withoutLast({ lastBy: _lastBy, lastAt: _lastAt, changes: _changes, ...rest }: AnswerAuditEntry): Omit<AnswerAuditEntry, 'lastBy' | 'lastAt' | 'changes'> {
  return rest;
}

/**
 * The history with `change` added. Changes by one person within a minute of
 * the first change of their run are one: the run keeps its first time and
 * takes the latest value, so the window does not slide with each merge and a
 * long session of edits stays a history. A "Not assessed" marking, or a
 * change out of it, is a decision of its own and is never merged; nor is a
 * change whose time was unknown (`mergeable` false: noted at an earlier
 * change's time to keep the order).
 */
function withChange(changes: readonly AnswerChange[], change: AnswerChange, mergeable: boolean): AnswerChange[] {
  const last = changes.at(-1);
  const sameRun =
    mergeable &&
    last !== undefined &&
    last.by === change.by &&
    !last.notAssessed &&
    !change.notAssessed &&
    Date.parse(change.at) - Date.parse(last.at) < SAME_CHANGE_WITHIN_MS;
  if (!sameRun) return [...changes, change];
  const { value: _value, ...run } = last;
  return [...changes.slice(0, -1), { ...run, ...(change.value === undefined ? {} : { value: change.value }) }];
}

/**
 * The trail after entry `index` of a repeating group was removed: its
 * answers' entries go with it, and those of the entries after it move up
 * one, as their answers do (`removeEntry`).
 */
export function removeEntryAudit(trail: AnswerAuditTrail | undefined, groupId: string, index: number): AnswerAuditTrail | undefined {
  if (!trail) return trail;
  const shifted: Record<string, AnswerAuditEntry> = {};
  // Unordered: the entries are bucketed again below, so auditEntries' sort by time would be wasted.
  for (const [key, entry] of Object.entries(isBucketedRecord(trail) ? bucketEntries(trail as BucketedRecord<AnswerAuditEntry>) : trail)) {
    const [group, at, itemId] = key.split('/');
    const position = Number(at);
    if (group !== groupId || itemId === undefined) shifted[key] = entry;
    else if (position < index) shifted[key] = entry;
    else if (position > index) shifted[entryInputKey(groupId, position - 1, itemId)] = entry;
  }
  // Rare (an entry removed), so the whole audit is bucketed again.
  return toBuckets(shifted);
}
