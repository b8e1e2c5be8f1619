import type { InstrumentDefinitionInput } from '@otforms/core';

type ItemInput = InstrumentDefinitionInput['sections'][number]['items'][number];

/** The four answers every FES-I and Short FES-I item shares, in form order. */
export const concernOptions = [
  { code: 'not-at-all', label: 'Not at all concerned', score: 1 },
  { code: 'somewhat', label: 'Somewhat concerned', score: 2 },
  { code: 'fairly', label: 'Fairly concerned', score: 3 },
  { code: 'very', label: 'Very concerned', score: 4 },
];

/**
 * The 16 FES-I items in form order, with short labels only (domain brief
 * §2.6). Short FES-I reuses 7 of them with the same ids, so answers to the
 * two forms can be compared item by item.
 */
const shortLabels = [
  ['cleaning', 'Cleaning the house'],
  ['dressing', 'Getting dressed or undressed'],
  ['meals', 'Preparing simple meals'],
  ['bathing', 'Taking a bath or shower'],
  ['shop', 'Going to the shop'],
  ['chair', 'Getting in or out of a chair'],
  ['stairs', 'Going up or down stairs'],
  ['neighbourhood', 'Walking around the neighbourhood'],
  ['reaching', 'Reaching above the head or down to the ground'],
  ['telephone', 'Getting to the telephone before it stops ringing'],
  ['slipperySurface', 'Walking on a slippery surface'],
  ['visiting', 'Visiting a friend or relative'],
  ['crowds', 'Being in a place with crowds'],
  ['unevenSurface', 'Walking on an uneven surface'],
  ['slope', 'Walking up or down a slope'],
  ['socialEvent', 'Going out to a social event'],
] as const;

export type FesIItemId = (typeof shortLabels)[number][0];

export const fesIItemIds: FesIItemId[] = shortLabels.map(([id]) => id);

export const fesIItems = shortLabels.map(
  ([id, label]) =>
    ({ id, type: 'single-choice', label, allowNotAssessed: true, options: concernOptions }) satisfies ItemInput,
);

/** How the person is asked to answer, in our own words (the form's wording is the holder's). */
export const concernInstruction =
  'Ask how concerned the person is that they might fall when doing each activity. If they do not do the activity at the moment, ask them to answer as if they did it.';

/** Answers for the given items from their scores (1–4) in item order; `null` leaves an item unanswered. */
export function answersFromScores(itemIds: readonly FesIItemId[], scores: readonly (1 | 2 | 3 | 4 | null)[]): Record<string, string> {
  const answers: Record<string, string> = {};
  itemIds.forEach((id, index) => {
    const score = scores[index];
    const option = concernOptions.find((candidate) => candidate.score === score);
    if (option) answers[id] = option.code;
  });
  return answers;
}
