import type { CodeableConcept, Coding } from '@medplum/fhirtypes';

/**
 * Every code system the bundle uses. Only codes verified in the domain brief
 * (§3.4) come from SNOMED CT or LOINC, and only for the Barthel total; for
 * everything else (GAS, reablement, CLD strings, otforms instruments) no
 * verified code exists, so a local `urn:otforms:…` system is used rather than
 * a guessed national code.
 */
export const SYSTEM = {
  snomed: 'http://snomed.info/sct',
  loinc: 'http://loinc.org',
  ucum: 'http://unitsofmeasure.org',
  observationCategory: 'http://terminology.hl7.org/CodeSystem/observation-category',
  goalAchievement: 'http://terminology.hl7.org/CodeSystem/goal-achievement',
  /** code = the otforms instrument id; stands for that instrument's total. */
  instrument: 'urn:otforms:instrument',
  /** code = the goal's outcome domain code (otforms' defaults or the host's own). */
  goalDomain: 'urn:otforms:goal-domain',
  gas: 'urn:otforms:gas',
  reablement: 'urn:otforms:reablement',
  assessmentTimepoint: 'urn:otforms:assessment-timepoint',
  /** code = the CLD Service Type string, character for character. */
  cldServiceType: 'urn:otforms:cld:service-type',
  /** code = the CLD Service Component string, character for character. */
  cldServiceComponent: 'urn:otforms:cld:service-component',
  /** code = the CLD Request Route of Access string (Release 1), character for character. */
  cldRouteOfAccess: 'urn:otforms:cld:route-of-access',
  /** code = the CLD Event Outcome string (Release 2), character for character. */
  cldEventOutcome: 'urn:otforms:cld:event-outcome',
  /** code = a recommendation's kind (`RECOMMENDATION_KINDS`). */
  recommendationKind: 'urn:otforms:recommendation-kind',
  /** code = a recommendation's route (`RECOMMENDATION_ROUTES`): who provides it. */
  recommendationRoute: 'urn:otforms:recommendation-route',
  homeVisit: 'urn:otforms:home-visit',
} as const;

/** The instrument whose total has verified national codes. */
export const BARTHEL_INSTRUMENT_ID = 'barthel-cw20';

/** The two verified codes for the Barthel total (domain brief §3.4); nothing else is SNOMED CT or LOINC. */
export const BARTHEL_TOTAL_CODINGS: readonly Coding[] = [
  { system: SYSTEM.snomed, code: '273302005', display: 'Barthel index' },
  { system: SYSTEM.loinc, code: '96761-2', display: 'Total score Barthel Index' },
];

export const SURVEY_CATEGORY: CodeableConcept = {
  coding: [{ system: SYSTEM.observationCategory, code: 'survey', display: 'Survey' }],
};

export const GAS_CODE = {
  attainmentLevel: { system: SYSTEM.gas, code: 'attainment-level', display: 'GAS attainment level' },
  tScore: { system: SYSTEM.gas, code: 't-score', display: 'GAS T-score' },
  tScoreChange: { system: SYSTEM.gas, code: 't-score-change', display: 'Change in GAS T-score from baseline' },
} as const satisfies Record<string, Coding>;

export const REABLEMENT_CODE = {
  plan: { system: SYSTEM.reablement, code: 'reablement-plan', display: 'Reablement plan' },
  goalPlan: { system: SYSTEM.reablement, code: 'goal-plan', display: 'Goal plan' },
  hoursAtStart: { system: SYSTEM.reablement, code: 'planned-care-hours-at-start', display: 'Planned care hours per week at the start' },
  hoursAtEnd: { system: SYSTEM.reablement, code: 'planned-care-hours-at-end', display: 'Planned care hours per week at the end' },
} as const satisfies Record<string, Coding>;

export const HOME_VISIT_CODE = {
  plan: { system: SYSTEM.homeVisit, code: 'home-visit-plan', display: 'Home visit recommendations' },
} as const satisfies Record<string, Coding>;

export const concept = (coding: Coding, text?: string): CodeableConcept => ({ coding: [coding], ...(text ? { text } : {}) });
