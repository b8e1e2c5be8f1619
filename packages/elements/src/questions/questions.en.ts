/**
 * The question controls' own words (en-GB, GOV.UK style). A question's label,
 * hint and unit come from its definition and are always rendered as text; only
 * what the control itself says is here.
 */

/** How a measurement's unit is read out: the symbol is shown, the word is heard. */
const unitNames: Record<string, string> = { mm: 'millimetres', cm: 'centimetres', m: 'metres', kg: 'kilograms' };

export const questionMessages = {
  /** The unit in a measurement's accessible name; a unit core does not know is read as written. */
  unitName: (unit: string) => unitNames[unit] ?? unit,
  /** Beside an own-words answer, so the person writing it keeps the person's words. */
  ownWords: 'In the person’s own words: write what they say, as they say it.',

  takePhoto: 'Take a photo',
  choosePhoto: 'Choose a photo',
  photoAlt: (index: number, total: number, label: string) => `Photo ${index} of ${total} for ${label}`,
  removePhoto: (index: number) => `Remove photo ${index}`,
  photoLimit: (limit: number) =>
    limit === 1 ? 'You have added the one photo this question takes. Remove it to add a different one.' : `You have added ${limit} photos, the most this question takes. Remove one to add another.`,
  photoCount: (count: number) => (count === 0 ? 'No photos added' : count === 1 ? '1 photo added' : `${count} photos added`),
  preparingPhoto: 'Preparing the photo. This can take a few seconds.',
  photoAdded: (index: number) => `Photo ${index} added.`,
  photoRemoved: (index: number) => `Photo ${index} removed.`,
  notAnImage: 'The selected file must be a photo, such as a JPG or PNG',
  unreadableImage: 'The selected photo could not be read. Try again, or choose a different photo',
  tooManyChosen: (limit: number) => `Select ${limit === 1 ? 'one photo' : `up to ${limit} photos`}. The others were not added`,
} as const;
