/**
 * A new goal's id: `goal-` and eight hex digits of a random UUID. It starts
 * with a letter, as the record's schema asks of a goal id, and is short
 * enough to read in a record. An id in `taken` (the plan's other goals) is
 * never returned, so two goals of one plan never share an id.
 */
export function newGoalId(taken: Iterable<string> = []): string {
  const used = new Set(taken);
  let id: string;
  do id = `goal-${globalThis.crypto.randomUUID().slice(0, 8)}`;
  while (used.has(id));
  return id;
}
