import { formatNumber, plural } from '../i18n/intl.js';

const locale = 'en-GB';
const n = (value: number) => formatNumber(locale, value);

/** How a measurement's unit is read out: the symbol is shown, the word is heard. */
const unitNames: Record<string, string> = { mm: 'millimetres', cm: 'centimetres', m: 'metres', kg: 'kilograms' };

/**
 * The question controls' own words (en-GB, GOV.UK style). A question's label,
 * hint and unit come from its definition and are always rendered as text; only
 * what the control itself says is here.
 */
export const questionMessages = {
  /** The unit in a measurement's accessible name; a unit core does not know is read as written. */
  unitName: (unit: string) => (Object.hasOwn(unitNames, unit) ? unitNames[unit]! : unit),
  /** The unit shown beside a duration's box. */
  seconds: 'seconds',
  /** Read before an error, so a screen reader says what it is (GOV.UK's hidden prefix). */
  errorPrefix: 'Error:',
  yes: 'Yes',
  no: 'No',
  /** The divider before "Not assessed". */
  or: 'or',
  notAssessed: 'Not assessed',
  /** Beside an own-words answer, so the person writing it keeps the person's words. */
  ownWords: 'In the person’s own words: write what they say, as they say it.',

  takePhoto: 'Take a photo',
  choosePhoto: 'Choose a photo',
  photoAlt: (index: number, total: number, label: string) => `Photo ${n(index)} of ${n(total)} for ${label}`,
  removePhoto: (index: number) => `Remove photo ${n(index)}`,
  photoLimit: (limit: number) =>
    plural(locale, limit, {
      one: 'You have added the one photo this question takes. Remove it to add a different one.',
      other: `You have added ${n(limit)} photos, the most this question takes. Remove one to add another.`,
    }),
  preparingPhoto: 'Preparing the photo. This can take a few seconds.',
  photoAdded: (index: number) => `Photo ${n(index)} added.`,
  photoRemoved: (index: number) => `Photo ${n(index)} removed.`,
  notAnImage: 'The selected file must be a photo, such as a JPG or PNG',
  unreadableImage: 'The selected photo could not be read. Try again, or choose a different photo',
  tooManyChosen: (limit: number) => plural(locale, limit, { one: 'Select one photo. The others were not added', other: `Select up to ${n(limit)} photos. The others were not added` }),
};
