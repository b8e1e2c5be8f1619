import { entryInputKey, groupEntries, readInput, type GroupEntry, type GroupItem, type ResponseState } from '@otforms/core';
import { applyInput } from './apply-input.js';

/**
 * Changes to the entries of a repeating group. Unreadable text typed into an
 * entry is kept under `entryInputKey(group, index, item)`, so removing an
 * entry moves the keys of the entries after it.
 */

export function addEntry(responses: ResponseState, group: GroupItem): ResponseState {
  const entries = groupEntries(responses.answers[group.id]);
  if (group.maxEntries !== undefined && entries.length >= group.maxEntries) return responses;
  return withEntries(responses, group.id, [...entries, {}]);
}

export function removeEntry(responses: ResponseState, group: GroupItem, index: number): ResponseState {
  const entries = groupEntries(responses.answers[group.id]);
  if (index < 0 || index >= entries.length) return responses;
  const invalidInputs: Record<string, string> = {};
  for (const [key, text] of Object.entries(responses.invalidInputs)) {
    const [groupId, entry, itemId] = key.split('/');
    const at = Number(entry);
    if (groupId !== group.id || itemId === undefined) invalidInputs[key] = text;
    else if (at < index) invalidInputs[key] = text;
    else if (at > index) invalidInputs[entryInputKey(group.id, at - 1, itemId)] = text;
  }
  return withEntries({ ...responses, invalidInputs }, group.id, entries.filter((_, at) => at !== index));
}

export function answerEntry(responses: ResponseState, group: GroupItem, index: number, childId: string, input: unknown): ResponseState {
  const entries = groupEntries(responses.answers[group.id]);
  const child = group.items.find((item) => item.id === childId);
  const entry = entries[index];
  if (!child || !entry) return responses;
  const key = entryInputKey(group.id, index, childId);
  // The same reading and bookkeeping as a top-level answer, on a one-entry scratch state.
  const scratch = applyInput(
    { answers: entry, invalidInputs: key in responses.invalidInputs ? { [childId]: responses.invalidInputs[key]! } : {}, notAssessed: [], attachments: {} },
    childId,
    readInput(child, input),
  );
  const { [key]: _old, ...invalidInputs } = responses.invalidInputs;
  const text = scratch.invalidInputs[childId];
  if (text !== undefined) invalidInputs[key] = text;
  const updated = entries.map((existing, at) => (at === index ? (scratch.answers as GroupEntry) : existing));
  return withEntries({ ...responses, invalidInputs }, group.id, updated);
}

function withEntries(responses: ResponseState, groupId: string, entries: GroupEntry[]): ResponseState {
  return { ...responses, answers: { ...responses.answers, [groupId]: entries } };
}
