import {
  asBuckets,
  bucketEntries,
  bucketValue,
  hasBucketValue,
  indexDefinition,
  isBucketedRecord,
  photoItems,
  toBuckets,
  withBucketValue,
  withoutBucketValue,
  type Answer,
  type Answers,
  type BucketedRecord,
  type InstrumentDefinition,
  type ResponseState,
} from '@otforms/core';

/**
 * The answers as an assessment's context holds them. In memory they are bucketed (core's `BucketedRecord`):
 * an answer copies a bucket of a few dozen answers and the list of buckets, never every answer, so the work
 * per answer does not grow with the form (a plain object of 3,000 answers took 0.4 ms to copy in Chromium, a
 * quarter of answering a 3,000-item form). Drafts hold them flat (`withBucketsPersistedFlat`), as every version
 * has, and a snapshot restored from one has them flat until its next answer buckets them. Read one with
 * `heldAnswer`, all of them with `flatAnswers` (or `recordResponses`, in the definition's order).
 *
 * Never changed in place: each change is a new object, noted as a copy of the one before with that item's
 * id (core's noted copies), which is what visibility and the running score follow; a draft's change compares
 * the buckets that are new objects.
 */
export type HeldAnswers = { readonly [heldAnswers]: true };
// Opaque: what the context holds may be buckets or a flat object, so reading it as a plain object of answers
// (`answers[id]`, `Object.keys(answers)`) must not compile. It is read only through the functions here.
declare const heldAnswers: unique symbol;

/** As the functions here see held answers: buckets made by core, or a flat object read back from a draft. */
type Stored = BucketedRecord<Answer> | Readonly<Answers>;
const stored = (answers: HeldAnswers) => answers as unknown as Stored;
const held = (answers: Stored) => answers as unknown as HeldAnswers;

/** No answers, bucketed from the start: a new assessment's (so that its first answer copies no more than the rest). */
export function emptyHeldAnswers(): HeldAnswers {
  return held(toBuckets<Answer>({}));
}

/** Plain answers (a draft's, a test's) as the context holds them: flat until the next answer buckets them. */
export function heldAnswersOf(answers: Readonly<Answers>): HeldAnswers {
  return held(answers);
}

/** The responses as an assessment's context holds them: core's `ResponseState`, with its answers held (above). */
export type HeldResponses = Omit<ResponseState, 'answers'> & { readonly answers: HeldAnswers };

/** The answer to `itemId` (a repeating group's: its entries), or undefined. */
export function heldAnswer(answers: HeldAnswers, itemId: string): Answer | undefined {
  const record = stored(answers);
  if (isBucketedRecord(record)) return bucketValue(record as BucketedRecord<Answer>, itemId);
  return Object.hasOwn(record, itemId) ? (record as Answers)[itemId] : undefined;
}

/** Whether there is an answer to `itemId`. */
export function holdsAnswer(answers: HeldAnswers, itemId: string): boolean {
  const record = stored(answers);
  return isBucketedRecord(record) ? hasBucketValue(record as BucketedRecord<Answer>, itemId) : Object.hasOwn(record, itemId);
}

/** Whether there is any answer at all: a look at each bucket (a few dozen), not at each answer. */
export function holdsAnyAnswer(answers: HeldAnswers): boolean {
  const record = stored(answers);
  const parts: readonly object[] = isBucketedRecord(record) ? Object.values(record as BucketedRecord<Answer>) : [record];
  return parts.some(hasOwnKey);
}

/** Whether an object has any own key, found at the first one (a flat object may hold thousands). */
function hasOwnKey(part: object): boolean {
  for (const key in part) if (Object.hasOwn(part, key)) return true;
  return false;
}

/** The answers with `value` the answer to `itemId`, bucketed (flat ones, from a draft, are bucketed here once). */
export function withHeldAnswer(answers: HeldAnswers, itemId: string, value: Answer): HeldAnswers {
  return held(withBucketValue(asBuckets(stored(answers)), itemId, value));
}

/** The answers without one to `itemId`; the same object when there was none. */
export function withoutHeldAnswer(answers: HeldAnswers, itemId: string): HeldAnswers {
  if (!holdsAnswer(answers, itemId)) return answers;
  return held(withoutBucketValue(asBuckets(stored(answers)), itemId));
}

const flats = new WeakMap<object, Answers>();

/**
 * Every answer, as one plain object by item id, in no particular order: for work over the whole form (a full
 * check, a score, a whole draft), never per answer. Made once per answers object, which never changes.
 */
export function flatAnswers(answers: HeldAnswers): Readonly<Answers> {
  const record = stored(answers);
  if (!isBucketedRecord(record)) return record as Readonly<Answers>;
  let flat = flats.get(record);
  if (!flat) flats.set(record, (flat = bucketEntries(record as BucketedRecord<Answer>)));
  return flat;
}

const flatResponseStates = new WeakMap<object, ResponseState>();

/** The responses with every answer in one plain object (`flatAnswers`), as core's functions take them. Shared: never change it. */
export function flatResponses(responses: HeldResponses): Readonly<ResponseState> {
  let flat = flatResponseStates.get(responses);
  if (!flat) flatResponseStates.set(responses, (flat = { ...responses, answers: flatAnswers(responses.answers) }));
  return flat;
}

/**
 * The responses a record is made from: the answers to the definition's top-level items, in the definition's
 * order, so the record reads as the form does, whatever order the answers were given in or the buckets keep.
 * An id the definition does not know is left out, as the record would leave it out (core's `effectiveAnswers`).
 */
export function recordResponses(definition: InstrumentDefinition, responses: HeldResponses): ResponseState {
  return responsesOnly(responses, indexDefinition(definition).items.map((item) => item.id));
}

/**
 * The responses with only the answers to `itemIds`, as one plain object: for work that reads a few answers (a
 * page's check), so that it costs those answers, not the form's.
 */
export function responsesOnly(responses: HeldResponses, itemIds: Iterable<string>): ResponseState {
  const picked: [string, Answer][] = [];
  for (const itemId of itemIds) {
    const answer = heldAnswer(responses.answers, itemId);
    if (answer !== undefined) picked.push([itemId, answer]);
  }
  // fromEntries defines own properties: an id "__proto__" stays an answer.
  return { ...responses, answers: Object.fromEntries(picked) };
}

/** The responses with only the photo questions' answers: all that counting the photos reads (core's `photosCounted`). */
export function photoResponses(definition: InstrumentDefinition, responses: HeldResponses): ResponseState {
  return responsesOnly(responses, photoItems(definition).map((item) => item.id));
}
