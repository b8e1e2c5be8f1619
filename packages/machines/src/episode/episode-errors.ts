import { formatPath, ReablementEpisodeSchema, type EpisodeVocabulary } from '@otforms/core';
import { toEpisodeInput, type EpisodeDraft } from './episode-draft.js';
import { choicesOutsideVocabulary } from './episode-vocabulary.js';

/**
 * The episode's own rules, by the id a view looks its words up by: the
 * schema's cross-field rules (their zod issues carry it as `params.rule`),
 * the start date said again on the referral's page, and the goals' review.
 */
export const episodeRules = [
  'equipment-returned-before-issued',
  'minor-adaptation-over-limit',
  'major-adaptation-steps-in-order',
  'episode-ended-without-outcome',
  'episode-ended-before-start',
  'episode-started-before-request',
  'episode-started-after-end',
  'route-of-access-cld-and-local',
  'end-outcome-cld-and-local',
  'goals-not-reviewed',
  'goals-review-open',
] as const;
export type EpisodeRule = (typeof episodeRules)[number];

/** What is wrong: the field is empty (`missing`), holds what cannot be used (`invalid`), or breaks one of the episode's rules. */
export type EpisodeErrorCode = 'missing' | 'invalid' | EpisodeRule;

/**
 * A problem to show: `field` names the draft field it belongs to (`equipment[0].item`), for the error summary's link.
 * `message` is en-GB, for hosts without a catalogue; a view shows its own words for `code` (with `values`) instead.
 */
export interface EpisodeError {
  field: string;
  code: EpisodeErrorCode;
  message: string;
  /** What the rule's words need: `before`, the step a major adaptation's date must not come before. */
  values?: Record<string, string> | undefined;
}

/** The field's key in the per-field messages: a row's index is left out (`equipment[].item`). */
export const episodeErrorKey = (field: string) => field.replace(/\[\d+\]/g, '[]');

/** The parts of the episode that each step writes, and so checks before it is left. */
export type EpisodeStep = 'referral' | 'intervention' | 'closure' | 'followUp';

const stepFields: Record<EpisodeStep, RegExp> = {
  referral: /^(request\.|startedOn$|hoursAtStart$)/,
  intervention: /^(equipment|minorAdaptations|majorAdaptations|advice)\[/,
  // Closing and finishing check the whole episode: each makes the record, and earlier tasks may have been opened again.
  closure: /^/,
  followUp: /^/,
};

const realDate = (what: string) => `${what} must be a real date, like 2026-11-22`;
const amount = (what: string, example: string) => `Enter ${what} as a number, like ${example}`;

/** GOV.UK wording per field: when it is missing, and when what is there cannot be used. */
const fieldMessages: Record<string, { missing: string; invalid: string }> = {
  'request.date': { missing: 'Enter the date of the request', invalid: realDate('The date of the request') },
  'request.routeOfAccess': { missing: 'Select the route of access', invalid: 'Select the route of access' },
  'request.hospitalDischargeDate': { missing: 'Enter the hospital discharge date', invalid: realDate('The hospital discharge date') },
  'request.dischargePathway': { missing: 'Select the discharge pathway', invalid: 'Select the discharge pathway' },
  'request.referrer': { missing: 'Enter who referred the person', invalid: 'Enter who referred the person' },
  'request.reason': { missing: 'Enter the reason for the referral', invalid: 'Enter the reason for the referral' },
  startedOn: { missing: 'Enter the date reablement started', invalid: realDate('The date reablement started') },
  hoursAtStart: { missing: 'Enter the planned care hours a week at the start', invalid: amount('the planned care hours a week at the start', '10 or 10.5') },
  hoursAtEnd: { missing: 'Enter the planned care hours a week at the end', invalid: amount('the planned care hours a week at the end', '3 or 3.5') },
  'equipment[].item': { missing: 'Enter the equipment item', invalid: 'Enter the equipment item' },
  'equipment[].issuedOn': { missing: 'Enter the date the equipment was issued', invalid: realDate('The date the equipment was issued') },
  'equipment[].returnedOn': { missing: 'Enter the date the equipment was returned', invalid: realDate('The date the equipment was returned') },
  'equipment[].recycled': { missing: 'Select whether the equipment was recycled', invalid: 'Select whether the equipment was recycled' },
  'minorAdaptations[].description': { missing: 'Enter what the minor adaptation was', invalid: 'Enter what the minor adaptation was' },
  'minorAdaptations[].completedOn': { missing: 'Enter the date the adaptation was completed', invalid: realDate('The date the adaptation was completed') },
  'minorAdaptations[].cost': { missing: 'Enter the cost of the minor adaptation', invalid: amount('the cost in pounds', '85 or 85.50') },
  'majorAdaptations[].description': { missing: 'Enter what the major adaptation is', invalid: 'Enter what the major adaptation is' },
  'majorAdaptations[].recommendedOn': { missing: 'Enter the date it was recommended', invalid: realDate('The date it was recommended') },
  'majorAdaptations[].appliedOn': { missing: 'Enter the date of the grant application', invalid: realDate('The date of the grant application') },
  'majorAdaptations[].decidedOn': { missing: 'Enter the date of the grant decision', invalid: realDate('The date of the grant decision') },
  'majorAdaptations[].completedOn': { missing: 'Enter the date the work was completed', invalid: realDate('The date the work was completed') },
  'majorAdaptations[].amount': { missing: 'Enter the grant amount', invalid: amount('the grant amount in pounds', '12000') },
  'advice[].text': { missing: 'Enter the advice or signposting given', invalid: 'Enter the advice or signposting given' },
  endedOn: { missing: 'Enter the date the episode ended', invalid: realDate('The date the episode ended') },
  endOutcome: { missing: 'Select how the episode ended', invalid: 'Select how the episode ended' },
  nextServiceType: { missing: 'Select the type of the next service', invalid: 'Select the type of the next service' },
  nextServiceComponent: { missing: 'Select the next service', invalid: 'Select the next service' },
  'followUp[].kind': { missing: 'Select which follow-up this is', invalid: 'Select which follow-up this is' },
  'followUp[].date': { missing: 'Enter the date of the follow-up', invalid: realDate('The date of the follow-up') },
  'followUp[].status': { missing: 'Select where the person was at the follow-up', invalid: 'Select where the person was at the follow-up' },
};

/** The schema's path for a value, as the draft field the person typed it into. */
function draftFieldOf(path: readonly PropertyKey[]): string {
  const [head, second] = path;
  // A choice from another vocabulary is written to its coding, but chosen in the same field.
  if (head === 'request' && second === 'routeOfAccessCoding') return 'request.routeOfAccess';
  if (head === 'endOutcomeCoding') return 'endOutcome';
  if (head === 'plannedHoursPerWeek') return second === 'atEnd' ? 'hoursAtEnd' : 'hoursAtStart';
  if (head === 'nextService') return second === 'component' ? 'nextServiceComponent' : 'nextServiceType';
  if (head === 'advice' && typeof second === 'number') return `advice[${second}].text`;
  return formatPath(path);
}

type Issue = { code: string; path: PropertyKey[]; message: string; input?: unknown; origin?: string; params?: Record<string, unknown> };

const isRule = (rule: unknown): rule is EpisodeRule => (episodeRules as readonly unknown[]).includes(rule);

function describe(issue: Issue): EpisodeError {
  const field = draftFieldOf(issue.path);
  // Policy rules (dates in order, the £1,000 limit) already say what to do.
  if (issue.code === 'custom') {
    const { rule, ...values } = issue.params ?? {};
    if (!isRule(rule)) return { field, code: 'invalid', message: issue.message };
    const strings = Object.entries(values).filter((entry): entry is [string, string] => typeof entry[1] === 'string');
    return { field, code: rule, message: issue.message, ...(strings.length ? { values: Object.fromEntries(strings) } : {}) };
  }
  const missing = issue.input === undefined || (issue.code === 'too_small' && issue.origin === 'string');
  const messages = fieldMessages[episodeErrorKey(field)];
  if (!messages) return { field, code: missing ? 'missing' : 'invalid', message: issue.message };
  return missing ? { field, code: 'missing', message: messages.missing } : { field, code: 'invalid', message: messages.invalid };
}

/** The problems of the goals on the review page: they are the goal plan's, shown at the episode's `goals`. */
export const goalsNotReviewed: EpisodeError = Object.freeze({ field: 'goals', code: 'goals-not-reviewed', message: 'Review every goal before the final assessment' });
export const goalsReviewOpen: EpisodeError = Object.freeze({ field: 'goals', code: 'goals-review-open', message: 'Save or cancel the review of the goals before finishing' });

/**
 * The problems a step must clear before it is left, in the order of the
 * page. Closing also needs the end date and outcome, which an episode under
 * way does not have.
 */
export function episodeErrors(draft: EpisodeDraft, step: EpisodeStep, vocabulary?: EpisodeVocabulary): EpisodeError[] {
  // reportInput tells a missing value from one that cannot be used.
  const result = ReablementEpisodeSchema.safeParse(toEpisodeInput(draft, vocabulary), { reportInput: true });
  const errors = result.success ? [] : result.error.issues.map((issue) => describe(issue as Issue));
  // The schema knows CLD's full lists only: a choice the vocabulary does not list cannot be used either.
  for (const field of choicesOutsideVocabulary(draft, vocabulary)) errors.push({ field, code: 'invalid', message: fieldMessages[field]!.invalid });
  if (step === 'closure') {
    if (draft.endedOn.trim() === '') errors.unshift({ field: 'endedOn', code: 'missing', message: fieldMessages.endedOn!.missing });
    if (draft.endOutcome.trim() === '' && !errors.some((error) => error.field === 'endOutcome')) {
      errors.push({ field: 'endOutcome', code: 'missing', message: fieldMessages.endOutcome!.missing });
    }
  }
  if (step === 'referral') errors.forEach((error, index) => (errors[index] = onReferralPage(error)));
  const seen = new Set<string>();
  // One message per field, in the order of the page.
  return errors
    .filter((error) => stepFields[step].test(error.field) && !seen.has(error.field) && seen.add(error.field))
    .sort((a, b) => pageOrder(a.field) - pageOrder(b.field));
}

/**
 * A referral opened again after the episode closed can move the start past
 * the end: the rule is reported at the end date, which is not on the
 * referral's page, so there it is said of the start date.
 */
function onReferralPage(error: EpisodeError): EpisodeError {
  return error.field === 'endedOn' && error.code === 'episode-ended-before-start'
    ? { field: 'startedOn', code: 'episode-started-after-end', message: 'The date reablement started must be on or before the day the episode ended' }
    : error;
}

const pageFields = ['request.', 'startedOn', 'hoursAtStart', 'equipment', 'minorAdaptations', 'majorAdaptations', 'advice', 'endedOn', 'endOutcome', 'hoursAtEnd', 'nextServiceType', 'nextServiceComponent', 'followUp'];

/** Where a field is on its page: by section, then by row, so the summary reads top to bottom. */
function pageOrder(field: string): number {
  const section = pageFields.findIndex((start) => field.startsWith(start));
  const row = Number(/\[(\d+)\]/.exec(field)?.[1] ?? 0);
  return section * 1000 + row;
}
