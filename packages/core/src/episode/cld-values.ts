/**
 * England's adult social care client level data (CLD), Release 2 strings as
 * DHSC's code validates them (domain brief §3.1). Exact strings matter: a
 * council's return is checked against them character for character.
 */

/** Event Outcome, in DHSC's deduplication order (the R1-only "Not mapped" artefact is left out). */
export const cldEventOutcomes = [
  'Progress to reablement/ST-Max',
  'Progress to assessment, review or reassessment',
  'Progress to support planning or services',
  'Continuation of support or services',
  'Admitted to hospital',
  'NFA: Responsibility moved to another local authority',
  'NFA: Referral to NHS services or NHS funded social care',
  'NFA: Self-funded client or under 12wk disregard',
  'NFA: Information and advice or signposting',
  'NFA: Referral to other service within the local authority',
  'NFA: Support declined',
  'NFA: Deceased',
  'NFA: Support ended as planned',
  'NFA: Support ended for other reason',
  'NFA: No services offered for other reason',
  'NFA: Other',
] as const;

export const cldServiceTypes = [
  'Short term support: ST-Max',
  'Short term support: Ongoing low level',
  'Short term support: Other short term',
  'Long term support: Nursing care',
  'Long term support: Residential care',
  'Long term support: Community',
  'Long term support: Prison',
  'Unpaid carer support: Direct to unpaid carer',
  'Unpaid carer support: Support involving the person cared-for',
] as const;

/** Only the Service Component values confirmed in DHSC's code; the full R2 list is not verified. */
export const cldServiceComponents = [
  'Reablement',
  'Equipment',
  'Short term residential care',
  'Short term nursing care',
  'Home support or domiciliary care',
  'Shared Lives',
  'Community supported living',
  'Extra care housing',
  'Direct payment',
] as const;

/**
 * Request Route of Access: the Release 1 strings. The Release 2 strings are
 * not verified (domain brief §3.1), so the R1 list is the one that is known.
 */
export const cldRoutesOfAccessR1 = [
  'Planned Entry (Transition)',
  'Discharge from Hospital',
  'Diversion from Hospital Services',
  'Community / Other route',
  'Prison',
  'Self-Funder',
  'Discharge from Reablement',
  'Transfer from Other LA',
] as const;

export type CldEventOutcome = (typeof cldEventOutcomes)[number];
export type CldServiceType = (typeof cldServiceTypes)[number];
export type CldServiceComponent = (typeof cldServiceComponents)[number];
