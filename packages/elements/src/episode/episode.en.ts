import type { FollowUpKind, FollowUpStatus } from '@otforms/core';
import type { EpisodeTask, EpisodeTaskStatus } from '@otforms/machines';
import { formatNumber, plural } from '../i18n/intl.js';
import { episodeErrorsEn } from './episode-errors.en.js';

/**
 * The words of `<ot-episode>` in en-GB (GOV.UK style): the `episode`
 * namespace of the catalogue. The CLD values a council returns are codes in
 * the record; their labels are the `vocabulary` namespace's. Amounts such as
 * the £1,000 limit arrive already written for the locale.
 */
const LOCALE = 'en-GB';
const n = (value: number) => formatNumber(LOCALE, value);

export const episodeEn = {
  loading: 'Loading episode',
  errorSummaryTitle: 'There is a problem',
  formIncomplete: 'Close the episode before submitting the form',
  title: 'Reablement episode',
  tasksIntro: 'Complete each task in order. Your progress is saved as you go.',
  tasksHeading: 'Tasks',
  tasksDone: (done: number, all: number) => plural(LOCALE, all, { one: `You have completed ${n(done)} of ${n(all)} task.`, other: `You have completed ${n(done)} of ${n(all)} tasks.` }),
  backToTasks: 'Back to tasks',
  continue: 'Save and continue',
  saveAndReturn: 'Save and return to tasks',
  invalidInstruments: 'The episode cannot start because an instrument definition is not valid.',
  invalidVocabulary: 'The episode cannot start because its vocabulary is not valid.',

  tasks: {
    referral: 'Referral and start of reablement',
    'initial-assessment': 'Initial assessment',
    'home-visit': 'Home visit',
    'goal-setting': 'Agree goals',
    intervention: 'Equipment, adaptations and advice',
    review: 'Review goals and final assessment',
    closure: 'Close the episode',
    'follow-up': 'Follow-up',
  } satisfies Record<EpisodeTask, string>,
  statuses: {
    completed: 'Completed',
    'in-progress': 'In progress',
    'not-started': 'Not yet started',
    'cannot-start': 'Cannot start yet',
  } satisfies Record<EpisodeTaskStatus, string>,

  referralTitle: 'Referral and start of reablement',
  requestDate: 'Date of the request',
  routeOfAccess: 'Route of access (optional)',
  routeOfAccessHint: 'How the request came in (client level data, Release 1 wording).',
  /** The hint with a vocabulary that is not England's CLD. */
  routeOfAccessLocalHint: 'How the request came in.',
  referrer: 'Who referred the person (optional)',
  reason: 'Reason for the referral (optional)',
  hospitalDischargeDate: 'Hospital discharge date (optional)',
  dischargePathway: 'Discharge pathway (optional)',
  dischargePathwayHint: 'For a discharge from hospital.',
  startedOn: 'Date reablement started',
  hoursAtStart: 'Planned care hours a week at the start (optional)',
  hoursHint: 'In hours, for example 10.5.',

  /** An assessment's instrument, and which of the episode's instruments it is when there are several. */
  assessmentTitle: (title: string, number: number, count: number) => (count > 1 ? `${title} (${n(number)} of ${n(count)})` : title),
  initialAssessmentCaption: 'Initial assessment',
  finalAssessmentCaption: 'Final assessment',

  interventionTitle: 'Equipment, adaptations and advice',
  interventionIntro: 'Add what was provided during reablement. You can come back to this until the episode is finished, for example when equipment is returned.',
  equipmentHeading: 'Equipment',
  equipmentLegend: (number: number) => `Equipment ${n(number)}`,
  equipmentItem: 'Item',
  issuedOn: 'Date issued',
  returnedOn: 'Date returned (optional)',
  recycled: 'Returned for recycling? (optional)',
  yes: 'Yes',
  no: 'No',
  addEquipment: 'Add equipment',
  minorHeading: 'Minor adaptations',
  /** `limit`: £1,000, written for the locale. */
  minorHint: (limit: string) => `An adaptation is minor when it costs ${limit} or less, so it is free to the person.`,
  minorLegend: (number: number) => `Minor adaptation ${n(number)}`,
  adaptationDescription: 'What was done',
  completedOn: 'Date completed (optional)',
  cost: 'Cost in pounds',
  addMinor: 'Add a minor adaptation',
  majorHeading: 'Major adaptations',
  majorHint: (limit: string) => `Work over ${limit}, usually through a Disabled Facilities Grant.`,
  majorLegend: (number: number) => `Major adaptation ${n(number)}`,
  recommendedOn: 'Date recommended (optional)',
  appliedOn: 'Date of grant application (optional)',
  decidedOn: 'Date of grant decision (optional)',
  workCompletedOn: 'Date work completed (optional)',
  amount: 'Grant amount in pounds (optional)',
  addMajor: 'Add a major adaptation',
  adviceHeading: 'Advice and signposting',
  adviceLegend: (number: number) => `Advice ${n(number)}`,
  adviceText: 'Advice given or where the person was signposted',
  addAdvice: 'Add advice',
  interimHeading: 'Interim assessment',
  interimHint: 'To see progress part way through, assess with the same instruments again. You come back to this page afterwards.',
  startInterim: 'Record an interim assessment',
  interimAssessmentCaption: 'Interim assessment',
  remove: 'Remove',
  /** After "Remove", for screen readers: which row (`legend` is the row's legend, such as "Equipment 2"). */
  removeWhich: (legend: string) => legend.toLowerCase(),
  noneYet: 'None added.',

  reviewTitle: 'Review goals and final assessment',
  reviewGoalsIntro: 'Review each goal with the person, then continue to the final assessment.',
  continueToAssessment: 'Continue to the final assessment',
  reviewReadyIntro: 'The goals are reviewed and the final assessment is done. Finishing the review closes the goal plan.',
  finishReview: 'Finish the review',

  closureTitle: 'Close the episode',
  endedOn: 'Date the episode ended',
  endOutcome: 'How the episode ended',
  endOutcomeHint: 'The event outcome for client level data (Release 2).',
  /** The hint with a vocabulary that is not England's CLD: none. */
  endOutcomeLocalHint: '',
  hoursAtEnd: 'Planned care hours a week at the end (optional)',
  nextServiceType: 'Type of the next service (optional)',
  nextServiceComponent: 'Next service (optional)',
  closeEpisode: 'Close the episode',

  followUpTitle: 'Follow-up',
  followUpIntro: 'Where the person was 84 days (12 weeks) or 91 days after they left hospital. Add a follow-up when you know, then finish.',
  followUpsHeading: 'Follow-ups',
  followUpLegend: (number: number) => `Follow-up ${n(number)}`,
  followUpKind: 'Which follow-up',
  followUpKinds: { '84-day': '84 days (12 weeks)', '91-day': '91 days' } satisfies Record<FollowUpKind, string>,
  followUpDate: 'Date',
  followUpStatus: 'Where the person was',
  followUpStatuses: {
    'at-home': 'At home',
    'in-community': 'In the community',
    readmitted: 'Readmitted to hospital',
    'res-nursing-admission': 'Admitted to a residential or nursing home',
    deceased: 'Died',
    unknown: 'Not known',
  } satisfies Record<FollowUpStatus, string>,
  addFollowUp: 'Add a follow-up',
  finish: 'Finish the episode',

  closedHeading: 'Episode closed',
  closedBody: 'The episode record has been made. Add the follow-up when it is due.',
  doneHeading: 'Episode complete',
  doneBody: 'The episode record is complete, with its follow-up.',

  errors: episodeErrorsEn,
};
