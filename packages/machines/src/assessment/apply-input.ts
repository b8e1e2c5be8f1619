import type { ReadInput, ResponseState } from '@otforms/core';

/**
 * The responses after one input. Only what changes is copied: on a long
 * instrument this runs on every keystroke and click.
 */
export function applyInput(responses: ResponseState, itemId: string, read: ReadInput): ResponseState {
  let { answers, invalidInputs, notAssessed } = responses;
  if (read.kind === 'answer') answers = { ...answers, [itemId]: read.value };
  else if (itemId in answers) answers = without(answers, itemId);
  if (read.kind === 'invalid') invalidInputs = { ...invalidInputs, [itemId]: read.text };
  else if (itemId in invalidInputs) invalidInputs = without(invalidInputs, itemId);
  if (notAssessed.includes(itemId)) notAssessed = notAssessed.filter((id) => id !== itemId);
  return { answers, invalidInputs, notAssessed };
}

function without<T>(record: Record<string, T>, key: string): Record<string, T> {
  const { [key]: _removed, ...rest } = record;
  return rest;
}
