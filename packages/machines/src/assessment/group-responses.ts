import { entryInputKey, groupEntries, readInput, type GroupEntry, type GroupItem } from '@otforms/core';
import { heldAnswer, withHeldAnswer, type HeldResponses } from './held-answers.js';

/**
 * Changes to the entries of a repeating group. Unreadable text typed into an
 * entry is kept under `entryInputKey(group, index, item)`, so removing an
 * entry moves the keys of the entries after it.
 */

export function addEntry(responses: HeldResponses, group: GroupItem): HeldResponses {
  const entries = groupEntries(heldAnswer(responses.answers, group.id));
  if (group.maxEntries !== undefined && entries.length >= group.maxEntries) return responses;
  return withEntries(responses, group.id, [...entries, {}]);
}

export function removeEntry(responses: HeldResponses, group: GroupItem, index: number): HeldResponses {
  const entries = groupEntries(heldAnswer(responses.answers, group.id));
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

export function answerEntry(responses: HeldResponses, group: GroupItem, index: number, childId: string, input: unknown): HeldResponses {
  const entries = groupEntries(heldAnswer(responses.answers, group.id));
  const child = group.items.find((item) => item.id === childId);
  const entry = entries[index];
  if (!child || !entry) return responses;
  const key = entryInputKey(group.id, index, childId);
  // Read as a top-level answer is (applyInput), on the entry: an answer is set, anything else clears it, and
  // text that cannot be read is kept, under the entry's key, to be shown back with its error.
  const read = readInput(child, input);
  const { [childId]: _answer, ...cleared } = entry;
  const updatedEntry: GroupEntry = read.kind === 'answer' ? { ...entry, [childId]: read.value as GroupEntry[string] } : cleared;
  const { [key]: _old, ...invalidInputs } = responses.invalidInputs;
  if (read.kind === 'invalid') invalidInputs[key] = read.text;
  const updated = entries.map((existing, at) => (at === index ? updatedEntry : existing));
  return withEntries({ ...responses, invalidInputs }, group.id, updated);
}

function withEntries(responses: HeldResponses, groupId: string, entries: GroupEntry[]): HeldResponses {
  return { ...responses, answers: withHeldAnswer(responses.answers, groupId, entries) };
}
