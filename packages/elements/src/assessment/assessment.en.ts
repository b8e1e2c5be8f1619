import { inSentence } from '@otforms/core';

/**
 * The interface's own words (en-GB, GOV.UK style). Definition text is never
 * here: it comes from the definition and is always rendered as text.
 */
export const messages = {
  continue: 'Continue',
  photoQuestionNotLoaded: 'The photo question could not be loaded: check the connection.',
  remove: 'Remove',
  addFirst: (entry: string) => `Add ${inSentence(entry)}`,
  addAnother: (entry: string) => `Add another ${inSentence(entry)}`,
  entryLimit: (limit: number, entry: string) => `You can add up to ${limit} (${inSentence(entry)}).`,
  back: 'Back',
  progress: (current: number, total: number) => `Section ${current} of ${total}`,
  errorSummaryTitle: 'There is a problem',
  checkAnswersTitle: 'Check your answers',
  change: 'Change',
  submit: 'Complete assessment',
  scoreTitle: 'Score',
  runningScore: (sum: number, max: number | null, unanswered: number) =>
    `Score so far: ${sum}${max === null ? '' : ` out of ${max}`}` +
    (unanswered ? ` (${unanswered} scored question${unanswered === 1 ? '' : 's'} still to answer)` : ''),
  noTotal: (count: number, labels: string) =>
    `No total: ${count} question${count === 1 ? ' was' : 's were'} not answered or not assessed (${labels}).`,
  incompleteWarning: (count: number) =>
    `${count} scored question${count === 1 ? ' has' : 's have'} no answer, so the record will be saved as incomplete.`,
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
  invalidDefinitionTitle: 'This assessment cannot be shown',
  invalidDefinitionBody: 'The instrument definition it was given has these problems:',
  loading: 'Loading assessment',
  formIncomplete: 'Complete the assessment before submitting the form',
  warningPrefix: 'Warning',
} as const;
