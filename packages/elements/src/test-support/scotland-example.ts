import type { EpisodeVocabulary } from '@otforms/core';
import { afterReview, field, goalSteps, referralSteps, type ScriptStep } from '../../../machines/src/episode/episode-script.test-support.js';

/**
 * A Scottish setup for the stories and tests: goals tagged with the Talking
 * Points personal outcomes, and the lists a council would supply for how a
 * person came in and how the episode ended. It is the stories' data (the
 * host's words, not the catalogue's), so it lives with the test support the
 * story text check reads as data.
 */

/**
 * The Talking Points personal outcomes for people using services (Joint
 * Improvement Team; domain brief §3.3): quality of life, process and change.
 * The codes are ours; the outcomes' names are the approach's.
 */
export const talkingPointsDomains = [
  { code: 'feeling-safe', label: 'Feeling safe' },
  { code: 'having-things-to-do', label: 'Having things to do' },
  { code: 'seeing-people', label: 'Seeing people' },
  { code: 'staying-well', label: 'Staying as well as you can' },
  { code: 'living-as-you-want', label: 'Living where and as you want' },
  { code: 'dealing-with-stigma', label: 'Dealing with stigma and discrimination' },
  { code: 'listened-to', label: 'Listened to' },
  { code: 'having-a-say', label: 'Having a say' },
  { code: 'treated-with-respect', label: 'Treated with respect' },
  { code: 'responded-to', label: 'Responded to' },
  { code: 'reliability', label: 'Reliability' },
  { code: 'improved-confidence', label: 'Improved confidence and morale' },
  { code: 'improved-skills', label: 'Improved skills' },
  { code: 'improved-mobility', label: 'Improved mobility' },
  { code: 'reduced-symptoms', label: 'Reduced symptoms' },
] as const;

/**
 * An EXAMPLE of the vocabulary a Scottish council would supply: the system URI
 * and every code are fictional (no national Scottish list of reablement routes
 * of access or end outcomes is verified, domain brief §3.3). Not England's CLD,
 * so the choices are recorded as codings of this system and the closing page
 * does not ask for CLD's next service.
 */
export const exampleScottishVocabulary: EpisodeVocabulary = {
  system: 'urn:example:scottish-council:reablement',
  cld: false,
  routesOfAccess: [
    { code: 'R01', label: 'Referral from the hospital discharge team' },
    { code: 'R02', label: 'Referral from a GP or community health team' },
    { code: 'R03', label: 'Referral from social work' },
    { code: 'R04', label: 'Self-referral, or referral by family or a carer' },
    { code: 'R05', label: 'Another route' },
  ],
  eventOutcomes: [
    { code: 'E01', label: 'No ongoing support needed' },
    { code: 'E02', label: 'Less support needed than before' },
    { code: 'E03', label: 'The same support as before' },
    { code: 'E04', label: 'More support needed than before' },
    { code: 'E05', label: 'Admitted to hospital' },
    { code: 'E06', label: 'Moved to a care home' },
    { code: 'E07', label: 'Died' },
    { code: 'E08', label: 'Ended for another reason' },
  ],
};

/**
 * The scripted episode of the machine's tests as a Scottish council records
 * it: its own route of access, no NHS England discharge pathway, the goal
 * tagged with a Talking Points outcome.
 */
export function inScotland(steps: readonly ScriptStep[]): ScriptStep[] {
  const pathway = referralSteps.find((step) => step.to === 'episode' && step.event.type === 'SET_FIELD' && step.event.field === 'request.dischargePathway');
  const goalStatement = goalSteps[2]!;
  return steps.flatMap((step): ScriptStep[] => {
    if (step === pathway) return [];
    if (step.to === 'episode' && step.event.type === 'SET_FIELD' && step.event.field === 'request.routeOfAccess') return [field('request.routeOfAccess', 'R01')];
    if (step === goalStatement) return [step, { to: 'goalPlan', event: { type: 'EDIT_GOAL', goalId: 'shower', field: 'domain', value: 'improved-skills' } }];
    return [step];
  });
}

/** The Scottish episode at its closing page, with the end date written. */
export const scottishClosure: ScriptStep[] = inScotland([...afterReview, { to: 'episode', event: { type: 'OPEN_TASK' } }, field('endedOn', '2026-12-10')]);
