import { inSentence } from '@otforms/core';
import { formatNumber, plural } from '../i18n/intl.js';

const locale = 'en-GB';
const n = (value: number) => formatNumber(locale, value);
const scoredQuestions = (count: number) => plural(locale, count, { one: `${n(count)} scored question`, other: `${n(count)} scored questions` });

/** Language names as this locale writes them, for the notice that the instrument is shown in its own language. */
const languageName = (tag: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(tag.split('-')[0] ?? tag) ?? tag;

/**
 * `<ot-assessment>`'s own words (en-GB, GOV.UK style). Definition text is never
 * here: it comes from the definition and is always rendered as text.
 */
export const assessmentMessages = {
  continue: 'Continue',
  remove: 'Remove',
  /** The name of one entry of a repeating group: "Aid 2". */
  entryName: (entryLabel: string, number: number) => `${entryLabel} ${n(number)}`,
  addFirst: (entry: string) => `Add ${inSentence(entry)}`,
  addAnother: (entry: string) => `Add another ${inSentence(entry)}`,
  entryLimit: (limit: number, entry: string) => `You can add up to ${n(limit)} (${inSentence(entry)}).`,
  back: 'Back',
  progress: (current: number, total: number) => `Section ${n(current)} of ${n(total)}`,
  errorSummaryTitle: 'There is a problem',
  checkAnswersTitle: 'Check your answers',
  change: 'Change',
  submit: 'Complete assessment',
  scoreTitle: 'Score',
  /** A score and the most it can be: "12 out of 20". Both are already written as numbers. */
  outOf: (value: string, max: string) => `${value} out of ${max}`,
  runningScore: (sum: number, max: number | null, unanswered: number) =>
    `Score so far: ${n(sum)}${max === null ? '' : ` out of ${n(max)}`}` + (unanswered ? ` (${scoredQuestions(unanswered)} still to answer)` : ''),
  noTotal: (count: number, labels: string) =>
    plural(locale, count, { one: `No total: 1 question was not answered or not assessed (${labels}).`, other: `No total: ${n(count)} questions were not answered or not assessed (${labels}).` }),
  incompleteWarning: (count: number) =>
    plural(locale, count, {
      one: `1 scored question has no answer, so the record will be saved as incomplete.`,
      other: `${n(count)} scored questions have no answer, so the record will be saved as incomplete.`,
    }),
  noTotalBecause: 'No total:',
  notScored: 'Not scored',
  yes: 'Yes',
  no: 'No',
  prorated: 'Estimated from the answered questions, as the instrument allows.',
  completedTitle: 'Assessment complete',
  completedBody: 'The outcome record has been handed to the system you are using.',
  recordId: 'Record reference',
  licenceTitle: 'Licence',
  commercialUse: (holder: string) => `Commercial use needs permission from ${holder}.`,
  /** Who translated the instrument, shown with the licence: the translation's own words follow. */
  translationTitle: 'Translation',
  invalidDefinitionTitle: 'This assessment cannot be shown',
  invalidDefinitionBody: 'The instrument definition it was given has these problems:',
  loading: 'Loading assessment',
  formIncomplete: 'Complete the assessment before submitting the form',
  warningPrefix: 'Warning',
  /** Shown when the instrument has no version in the interface's language that may be used. `language` is the BCP 47 tag of the language it is shown in. */
  inSourceLanguage: (language: string) =>
    `There is no English version of this assessment that may be used, so its questions are in ${languageName(language)}.`,

  // How answers read on "Check your answers".
  notAssessed: 'Not assessed',
  notAnswered: 'Not answered',
  noneAdded: 'None added',
  /** A duration's answer, in seconds; `seconds` is already written as a number. */
  seconds: (seconds: string, count: number) => plural(locale, count, { one: `${seconds} second`, other: `${seconds} seconds` }),
  photos: (count: number) => plural(locale, count, { one: '1 photo', other: `${n(count)} photos` }),
  /** One entry of a repeating group in a line: "Activity 1: Cooking (importance 8, how well 3)". */
  entrySummary: (entryName: string, first: string, details: readonly string[]) => `${entryName}: ${first}${details.length ? ` (${details.join(', ')})` : ''}`,
  /** One detail of an entry: a question's label, then its answer. */
  entryDetail: (label: string, answer: string) => `${inSentence(label)} ${answer}`,
};
