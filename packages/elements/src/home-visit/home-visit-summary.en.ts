import type { RecommendationPriority, RecommendationRoute, RecommendationStatus } from '@otforms/core';
import { plural } from '../i18n/intl.js';

/**
 * The words of `<ot-home-visit-summary>` (en-GB). For the person they follow
 * GOV.UK's plain English: short sentences, "you" and "we", no codes and no
 * service jargon. For the housing authority they name what a Disabled
 * Facilities Grant decision needs. What the record holds (own words, goals,
 * what was recommended and why) is never here: it is the record's text,
 * rendered as text. Every date a message takes is already written for people
 * (`t.format.date`).
 */

const locale = 'en-GB';

type Reached = Exclude<RecommendationStatus, 'recommended'>;

/** Who provides a recommendation, said to the person. */
const routeForPerson: Record<RecommendationRoute, string> = {
  'community-equipment-service': 'The community equipment service will bring it to your home.',
  'minor-adaptations-service': 'The council’s home adaptations team will fit it.',
  'disabled-facilities-grant': 'This is a bigger change to your home. The council’s housing team will contact you about a grant to pay for it, called a Disabled Facilities Grant.',
  'housing-provider': 'We will ask your landlord to do this.',
  'self-purchase-signposting': 'You can buy this yourself. We have told you where.',
};

const statusForPerson: Record<Reached, (on: string) => string> = {
  agreed: (on) => `We agreed this on ${on}.`,
  ordered: (on) => `We ordered this on ${on}.`,
  completed: (on) => `This was done on ${on}.`,
  reviewed: (on) => `We checked this with you on ${on}.`,
};

const equipmentStatus: Record<Reached | 'issued', (on: string) => string> = {
  agreed: (on) => `Agreed on ${on}`,
  ordered: (on) => `Ordered on ${on}`,
  completed: (on) => `Delivered on ${on}`,
  reviewed: (on) => `Checked with you on ${on}`,
  issued: (on) => `You have had it since ${on}`,
};

const priorities: Record<RecommendationPriority, string> = { urgent: 'Urgent', high: 'High', routine: 'Routine' };

const statusForHousing: Record<RecommendationStatus, string> = {
  recommended: 'Recommended',
  agreed: 'Agreed with the person',
  ordered: 'Ordered',
  completed: 'Completed',
  reviewed: 'Reviewed',
};

const person = {
  title: 'Your home visit',
  visited: (on: string) => `We visited you at home on ${on}. This is what we talked about and what we agreed.`,
  ownWordsHeading: 'What matters to you',
  ownWordsIntro: 'This is what you told us, in your own words.',
  noOwnWords: 'We did not write down what matters to you at this visit.',
  unreadOwnWords: 'Some of what you told us is not shown here. Ask us for a copy.',
  goalsHeading: 'Your goals',
  goalsIntro: 'These are the goals you set, in your own words.',
  noGoals: 'There are no goals in this summary.',
  agreedHeading: 'What we agreed',
  nothingAgreed: 'Nothing has been agreed yet.',
  why: 'Why:',
  route: (route: RecommendationRoute) => routeForPerson[route],
  status: (status: Reached, on: string) => statusForPerson[status](on),
  equipmentHeading: 'Equipment',
  noEquipment: 'We did not agree any equipment for you.',
  /** A piece of equipment, then how far it has got. */
  equipmentLine: (what: string) => `${what}:`,
  equipmentStatus: (status: Reached | 'issued', on: string) => equipmentStatus[status](on),
  returnHeading: 'How to return equipment',
  returnIntro: 'Please give equipment back when you no longer need it, so someone else can use it.',
  noReturn: 'Ask us how to return equipment when you no longer need it.',
  contactHeading: 'Who to contact',
  noContact: 'Contact details were not added to this summary. Ask the person who visited you who to contact.',
  name: 'Name',
  phone: 'Phone:',
  email: 'Email:',
  hours: 'When to call:',
  reviewHeading: 'Your next review',
  review: (on: string) => `Your next review is on ${on}.`,
  noReview: 'We have not set a date for your next review yet. We will contact you to arrange it.',
};

const housing = {
  title: 'Disabled Facilities Grant: occupational therapy recommendation',
  visitedOn: 'Date of the home visit',
  assessor: 'Assessor',
  assessorText: (role: string | null, reference: string | null) => (role && reference ? `${role} (${reference})` : (role ?? reference ?? '')),
  notRecorded: 'Not recorded',
  subject: 'Person’s reference',
  needHeading: 'The person’s need',
  needIntro: 'What the assessment found, for the needs this recommendation meets.',
  noNeeds: 'The recommendation does not name the assessed needs it meets.',
  needColumns: { question: 'Question', answer: 'Answer' },
  /** Under each question: the assessment that asked it. */
  from: (instrument: string) => `From: ${instrument}`,
  needCaption: 'Assessed needs',
  photosAnswer: (count: number) =>
    count === 0 ? 'No photos' : plural(locale, count, { one: `${count} photo (see Photos)`, other: `${count} photos (see Photos)` }),
  noAnswer: 'Not answered',
  recommendationHeading: 'Recommendation',
  noRecommendation: 'No recommendation in this record goes to a Disabled Facilities Grant.',
  code: 'Code',
  priority: 'Priority',
  priorityText: (priority: RecommendationPriority) => priorities[priority],
  status: 'Status',
  statusText: (status: RecommendationStatus, on: string) => `${statusForHousing[status]} on ${on}`,
  goals: 'The person’s goals it serves',
  whyHeading: 'Why it is necessary and appropriate',
  noWhy: 'No reasons are given, because there is no recommendation for a grant.',
  /** When there are several grant recommendations, each reason follows what it is for. */
  whyFor: (what: string) => `${what}:`,
  measurementsHeading: 'Measurements',
  measurementsCaption: 'Measurements taken at the home visit',
  measurementColumns: { question: 'Measurement', value: 'Value', unit: 'Unit' },
  noUnit: 'Not recorded',
  noMeasurements: 'No measurements were taken at this visit.',
  photosHeading: 'Photos',
  noPhotos: 'No photos were taken at this visit.',
  /** A photo's text alternative: the question it answers, which says what it shows. */
  photoAlt: (question: string, number: number, count: number) => (count === 1 ? question : `${question}, photo ${number} of ${count}`),
  unlabelled:
    'Some questions are named by their identifier and some numbers have no unit, because the definition of their assessment was not given to this summary.',
};

/** How an answer is written in a summary when it is not the definition's or the person's own text. */
const answers = {
  yes: 'Yes',
  no: 'No',
  /** The unit of a duration question's answer. */
  seconds: 'seconds',
  /** A number with its unit ("55.5 cm", "12 seconds"): the number as the locale writes it, the unit as the definition gives it. */
  withUnit: (value: string, unit: string) => `${value} ${unit}`,
  /** A question in a repeating group's entry: "Stairs, flight 2: Height of each step". */
  inEntry: (group: string, entryLabel: string, number: number, question: string) => `${group}, ${entryLabel.toLowerCase()} ${number}: ${question}`,
};

export const homeVisitSummaryMessages = {
  /** Before why a record cannot be shown. */
  invalidRecord: 'This home visit cannot be shown:',
  notARecord: 'it is not an outcome record',
  noHomeVisit: 'this episode has no home visit',
  otherKind: (kind: string) => `a record of kind "${kind}" has no home visit`,
  /** A record that breaks the outcome record's rules: where (the path); what the rule says follows, in English, for whoever fixes it. */
  invalidAt: (path: string) => (path ? `the record is not valid at ${path}:` : 'the record is not valid:'),
  person,
  housing,
  answers,
};
