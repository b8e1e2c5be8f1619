import type { CldEventOutcome, CldServiceType } from '@otforms/core';

/**
 * ASCOF 2A (2023/24 numbering): the proportion of new clients whose
 * short-term support (ST-Max) ended with no further request for ongoing
 * support. These are the sequel lists of DHSC's code for 2024/25 onwards,
 * Release 2 strings character for character (domain brief §3.2, [S63]:
 * `Create_ASCOF_2A_2425_Onwards.sql`, its `Included_In_Denom` and
 * `Included_In_Num` lists, in the same order).
 */

/**
 * The sequel DHSC gives a service open at the end of ST-Max whose type is
 * `Short term support: Other short term` and whose component is
 * `Short term residential care` or `Short term nursing care` ([S63]). It is
 * not a CLD Service_Type: DHSC makes it up so that a stay in a care home
 * counts in the denominator but not the numerator.
 */
export const ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL = 'Short term support: Residential or Nursing care';

/**
 * The sequel DHSC gives an ST-Max episode whose only evidence of what
 * followed is equipment provided during it ([S63], step 5). A success: it
 * is in the numerator.
 */
export const ASCOF_2A_EQUIPMENT_SEQUEL = 'Short term support: Ongoing low level' satisfies CldServiceType;

/** Long term support: in the denominator, never a success. */
const longTermSupport = [
  'Long term support: Community',
  'Long term support: Nursing care',
  'Long term support: Residential care',
  'Long term support: Prison',
] as const satisfies readonly CldServiceType[];

/** Short term services that count as a success. */
const shortTermSupport = [ASCOF_2A_EQUIPMENT_SEQUEL, 'Short term support: Other short term'] as const satisfies readonly CldServiceType[];

/**
 * Concluding event outcomes that count as a success. The other classified
 * outcomes (NHS-funded care, self-funded, support declined, deceased,
 * admitted to hospital) are on neither list, so the episode leaves the measure.
 */
const concludingOutcomes = [
  'NFA: Information and advice or signposting',
  'NFA: Support ended as planned',
  'NFA: Responsibility moved to another local authority',
  'NFA: Other',
  'NFA: No services offered for other reason',
  'NFA: Support ended for other reason',
  'NFA: Referral to other service within the local authority',
] as const satisfies readonly CldEventOutcome[];

/** Every sequel that puts an ended ST-Max episode in the denominator ([S63] `Included_In_Denom`). */
export const ascof2aDenominatorSequels = [
  ...longTermSupport,
  ...shortTermSupport,
  ASCOF_2A_RESIDENTIAL_OR_NURSING_SEQUEL,
  ...concludingOutcomes,
] as const;

/** The denominator's sequels less long term support and short term residential or nursing care ([S63] `Included_In_Num`). */
export const ascof2aNumeratorSequels = [...shortTermSupport, ...concludingOutcomes] as const;

/**
 * Event outcomes that say what happens next without saying what the sequel
 * is: DHSC calls them "unable to classify" and tries the next step ([S63],
 * its penalty of 100 in the outcome hierarchy).
 */
export const unclassifiableOutcomes: ReadonlySet<CldEventOutcome> = new Set<CldEventOutcome>([
  'Continuation of support or services',
  'Progress to support planning or services',
  'Progress to assessment, review or reassessment',
  'Progress to reablement/ST-Max',
]);
