import { AttachmentSchema, noteCopy, type Attachment, type ReadInput } from '@otforms/core';
import { withHeldAnswer, withoutHeldAnswer, type HeldResponses } from './held-answers.js';

/**
 * The responses after one input. Only what changes is copied: on a long
 * instrument this runs on every keystroke and click. The answers are held
 * bucketed (`held-answers.ts`), so an answer copies a few dozen of them.
 */
export function applyInput(responses: HeldResponses, itemId: string, read: ReadInput): HeldResponses {
  let { answers, invalidInputs, notAssessed } = responses;
  answers = read.kind === 'answer' ? withHeldAnswer(answers, itemId, read.value) : withoutHeldAnswer(answers, itemId);
  if (read.kind === 'invalid') invalidInputs = { ...invalidInputs, [itemId]: read.text };
  else if (itemId in invalidInputs) invalidInputs = without(invalidInputs, itemId);
  if (notAssessed.includes(itemId)) notAssessed = notAssessed.filter((id) => id !== itemId);
  // The draft is written as what changed (core's draft-change): a long list of unreadable inputs is no exception.
  noteCopy(responses.invalidInputs, invalidInputs, [itemId]);
  return { ...responses, answers, invalidInputs, notAssessed };
}

/**
 * The responses after a photo question's list changed: `input` is the
 * item's whole list as it is now. Its ids become the answer (none: no
 * answer), its attachments are kept by id, and the item's photos no
 * longer in the list are dropped. Anything in the list that is not an
 * attachment of this item (another item's, or not an attachment at all)
 * is passed over, so one photo can never replace another question's.
 */
export function applyPhotos(responses: HeldResponses, itemId: string, input: unknown): HeldResponses {
  const others = Object.fromEntries(Object.entries(responses.attachments ?? {}).filter(([, attachment]) => attachment.itemId !== itemId));
  const photos: Attachment[] = [];
  for (const candidate of Array.isArray(input) ? input : []) {
    const parsed = AttachmentSchema.safeParse(candidate);
    if (!parsed.success || parsed.data.itemId !== itemId || parsed.data.id in others || photos.some((photo) => photo.id === parsed.data.id)) continue;
    photos.push(parsed.data);
  }
  const read: ReadInput = photos.length ? { kind: 'answer', value: photos.map((photo) => photo.id) } : { kind: 'empty' };
  const attachments = { ...others, ...Object.fromEntries(photos.map((photo) => [photo.id, photo])) };
  return applyInput({ ...responses, attachments }, itemId, read);
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
