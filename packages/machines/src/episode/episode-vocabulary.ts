import { englandCldVocabulary, type EpisodeVocabulary, type LocalCoding } from '@otforms/core';

/**
 * The draft fields chosen from the episode's vocabulary (England's CLD
 * unless the host gives another), and the list each is chosen from. The
 * draft keeps the chosen code either way; only the record says which
 * vocabulary it came from.
 */
export const vocabularyFields = {
  'request.routeOfAccess': 'routesOfAccess',
  endOutcome: 'eventOutcomes',
} as const satisfies Record<string, keyof EpisodeVocabulary>;
export type VocabularyField = keyof typeof vocabularyFields;

/**
 * Where a chosen code goes in the episode: into the CLD field for England's
 * CLD, as before; otherwise into the field's coding, with the vocabulary's
 * system and the entry's label as its display, so the CLD field never holds
 * a value that is not CLD's.
 */
export function placeChoice(
  code: string | undefined,
  field: VocabularyField,
  vocabulary: EpisodeVocabulary = englandCldVocabulary,
): { cld?: string; coding?: LocalCoding } {
  if (code === undefined) return {};
  if (vocabulary.cld) return { cld: code };
  const label = vocabulary[vocabularyFields[field]].find((entry) => entry.code === code)?.label;
  return { coding: { system: vocabulary.system, code, ...(label ? { display: label } : {}) } };
}

/**
 * The fields whose chosen code is not in the vocabulary's list: a draft
 * resumed under another vocabulary, or a code set by hand. The schema knows
 * only CLD's full lists, so a local list, or a council's shorter CLD one, is
 * checked here.
 */
/** The two choices of an episode draft a vocabulary lists (typed here, not as the whole draft, as the draft's module uses this one). */
export interface VocabularyChoices {
  request: { routeOfAccess: string };
  endOutcome: string;
}

export function choicesOutsideVocabulary(draft: VocabularyChoices, vocabulary: EpisodeVocabulary = englandCldVocabulary): VocabularyField[] {
  const chosen: Record<VocabularyField, string> = { 'request.routeOfAccess': draft.request.routeOfAccess.trim(), endOutcome: draft.endOutcome.trim() };
  return (Object.keys(vocabularyFields) as VocabularyField[]).filter(
    (field) => chosen[field] !== '' && !vocabulary[vocabularyFields[field]].some((entry) => entry.code === chosen[field]),
  );
}
