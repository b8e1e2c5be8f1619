import type { EpisodeRule } from '@otforms/machines';

/**
 * The episode's error messages in en-GB (GOV.UK style), by field and by rule:
 * `t.episode.errors`. The machine names each error by a code (`missing`,
 * `invalid` or a rule's id, `episode-errors.ts` in machines); these are the
 * words shown for it. A row's fields are keyed without the row's number.
 */

const realDate = (what: string) => `${what} must be a real date, like 2026-11-22`;
const amount = (what: string, example: string) => `Enter ${what} as a number, like ${example}`;
const same = (message: string) => ({ missing: message, invalid: message });

/** The steps of a Disabled Facilities Grant, as a rule about their order names them. */
const grantSteps = {
  recommendedOn: 'the date it was recommended',
  appliedOn: 'the date of the grant application',
  decidedOn: 'the date of the grant decision',
  completedOn: 'the date the work was completed',
};
type GrantStep = keyof typeof grantSteps;

export const episodeErrorsEn = {
  /** When a field is empty, and when what is there cannot be used. */
  fields: {
    'request.date': { missing: 'Enter the date of the request', invalid: realDate('The date of the request') },
    'request.routeOfAccess': same('Select the route of access'),
    'request.hospitalDischargeDate': { missing: 'Enter the hospital discharge date', invalid: realDate('The hospital discharge date') },
    'request.dischargePathway': same('Select the discharge pathway'),
    'request.referrer': same('Enter who referred the person'),
    'request.reason': same('Enter the reason for the referral'),
    startedOn: { missing: 'Enter the date reablement started', invalid: realDate('The date reablement started') },
    hoursAtStart: { missing: 'Enter the planned care hours a week at the start', invalid: amount('the planned care hours a week at the start', '10 or 10.5') },
    hoursAtEnd: { missing: 'Enter the planned care hours a week at the end', invalid: amount('the planned care hours a week at the end', '3 or 3.5') },
    'equipment[].item': same('Enter the equipment item'),
    'equipment[].issuedOn': { missing: 'Enter the date the equipment was issued', invalid: realDate('The date the equipment was issued') },
    'equipment[].returnedOn': { missing: 'Enter the date the equipment was returned', invalid: realDate('The date the equipment was returned') },
    'equipment[].recycled': same('Select whether the equipment was recycled'),
    'minorAdaptations[].description': same('Enter what the minor adaptation was'),
    'minorAdaptations[].completedOn': { missing: 'Enter the date the adaptation was completed', invalid: realDate('The date the adaptation was completed') },
    'minorAdaptations[].cost': { missing: 'Enter the cost of the minor adaptation', invalid: amount('the cost in pounds', '85 or 85.50') },
    'majorAdaptations[].description': same('Enter what the major adaptation is'),
    'majorAdaptations[].recommendedOn': { missing: 'Enter the date it was recommended', invalid: realDate('The date it was recommended') },
    'majorAdaptations[].appliedOn': { missing: 'Enter the date of the grant application', invalid: realDate('The date of the grant application') },
    'majorAdaptations[].decidedOn': { missing: 'Enter the date of the grant decision', invalid: realDate('The date of the grant decision') },
    'majorAdaptations[].completedOn': { missing: 'Enter the date the work was completed', invalid: realDate('The date the work was completed') },
    'majorAdaptations[].amount': { missing: 'Enter the grant amount', invalid: amount('the grant amount in pounds', '12000') },
    'advice[].text': same('Enter the advice or signposting given'),
    endedOn: { missing: 'Enter the date the episode ended', invalid: realDate('The date the episode ended') },
    endOutcome: same('Select how the episode ended'),
    nextServiceType: same('Select the type of the next service'),
    nextServiceComponent: same('Select the next service'),
    'followUp[].kind': same('Select which follow-up this is'),
    'followUp[].date': { missing: 'Enter the date of the follow-up', invalid: realDate('The date of the follow-up') },
    'followUp[].status': same('Select where the person was at the follow-up'),
  } as Readonly<Record<string, { missing: string; invalid: string }>>,
  /** The rules that need no values. */
  rules: {
    'equipment-returned-before-issued': 'Equipment must be returned on or after the day it was issued',
    'episode-ended-without-outcome': 'An episode that has ended needs its end outcome',
    'episode-ended-before-start': 'The episode must end on or after the day it started',
    'episode-started-before-request': 'The episode must start on or after the request',
    'episode-started-after-end': 'The date reablement started must be on or before the day the episode ended',
    'route-of-access-cld-and-local': 'Give the route of access as a CLD value or as a local coding, not both',
    'end-outcome-cld-and-local': 'Give the end outcome as a CLD value or as a local coding, not both',
    'goals-not-reviewed': 'Review every goal before the final assessment',
    'goals-review-open': 'Save or cancel the review of the goals before finishing',
  } satisfies Record<Exclude<EpisodeRule, 'minor-adaptation-over-limit' | 'major-adaptation-steps-in-order'>, string>,
  /** `limit`: £1,000, written for the locale. */
  minorOverLimit: (limit: string) => `A minor adaptation costs ${limit} or less; record this one as a major adaptation`,
  grantSteps,
  /** A grant's step dated before an earlier step: `step` and `before` are `grantSteps`' names. */
  grantStepOrder: (step: string, before: string) => `${step.charAt(0).toUpperCase()}${step.slice(1)} must be on or after ${before}`,
};

export type { GrantStep };
