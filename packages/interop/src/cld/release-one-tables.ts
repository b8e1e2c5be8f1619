import type { CldEventOutcome, CldServiceComponent, CldServiceType } from '@otforms/core';
import type { CldClientType, CldEventType } from './cld-columns.js';

/**
 * Release 2 → Release 1 value tables, as data. The rule for every entry: the
 * domain brief states the correspondence, or the brief's Release 1 list holds
 * the same words with only capitals and punctuation changed. Anything else is
 * `{ unmapped: why }`: we do not guess a council's return.
 */
export type ReleaseOneMapping = { r1: string } | { byEventType: Partial<Record<CldEventType, string>> } | { unmapped: string };

const NO_R1_IN_BRIEF = 'The domain brief gives no Release 1 equivalent';

/** Event Outcome. Brief §3.1: the R1 list [S56][S57] and DHSC's R1→R2 correspondences [S57]; review and open-service wording [S51]. */
export const eventOutcomeToR1 = {
  // Same words, capitals changed.
  'Progress to reablement/ST-Max': { r1: 'Progress to Reablement/ST-Max' },
  // Two R1 values ("Progress to Assessment", "Progress to Re-assessment / Unplanned Review") became one.
  'Progress to assessment, review or reassessment': {
    unmapped: 'Release 1 splits this into "Progress to Assessment" and "Progress to Re-assessment / Unplanned Review"; choose one for this event',
  },
  // Same words ("/" written as "or"); the R1 review rule uses this wording for a change in package [S51].
  'Progress to support planning or services': { r1: 'Progress to Support Planning / Services' },
  // Stated [S57]; which R1 value depends on the event [S51].
  'Continuation of support or services': {
    byEventType: { Service: 'Provision of service', Review: 'No change in package' },
  },
  'Admitted to hospital': { r1: 'Admitted to hospital' },
  'NFA: Responsibility moved to another local authority': { unmapped: `${NO_R1_IN_BRIEF} (R1 has "NFA - Moved to another LA"; not confirmed)` },
  // Stated [S57].
  'NFA: Referral to NHS services or NHS funded social care': { r1: 'NFA - 100% NHS funded care' },
  'NFA: Self-funded client or under 12wk disregard': { unmapped: `${NO_R1_IN_BRIEF} (R1 has "NFA - Self-funded client (inc. 12wk disregard)"; not confirmed)` },
  'NFA: Information and advice or signposting': { unmapped: `${NO_R1_IN_BRIEF} (R1 has "NFA - Information & Advice / Signposting only"; not confirmed)` },
  'NFA: Referral to other service within the local authority': { unmapped: `${NO_R1_IN_BRIEF}; this outcome is new in Release 2` },
  'NFA: Support declined': { r1: 'NFA - Support declined' },
  'NFA: Deceased': { r1: 'NFA - Deceased' },
  // Stated [S57].
  'NFA: Support ended as planned': { r1: 'Service ended as planned' },
  'NFA: Support ended for other reason': { unmapped: `${NO_R1_IN_BRIEF} (R1 has "NFA - Support ended: Other reason"; not confirmed)` },
  'NFA: No services offered for other reason': { unmapped: `${NO_R1_IN_BRIEF} (R1 has "NFA - No services offered: Other reason"; not confirmed)` },
  'NFA: Other': { r1: 'NFA - Other' },
} as const satisfies Record<CldEventOutcome, ReleaseOneMapping>;

/** Service Type. Brief §3.1: the R1 and R2 lists, in the same order [S1][S56][S48]. */
export const serviceTypeToR1 = {
  'Short term support: ST-Max': { r1: 'Short Term Support: ST-Max' },
  'Short term support: Ongoing low level': { r1: 'Short Term Support: Ongoing Low Level' },
  'Short term support: Other short term': { r1: 'Short Term Support: Other Short Term' },
  'Long term support: Nursing care': { r1: 'Long Term Support: Nursing Care' },
  'Long term support: Residential care': { r1: 'Long Term Support: Residential Care' },
  'Long term support: Community': { r1: 'Long Term Support: Community' },
  'Long term support: Prison': { r1: 'Long Term Support: Prison' },
  'Unpaid carer support: Direct to unpaid carer': { r1: 'Carer Support: Direct to Carer' },
  'Unpaid carer support: Support involving the person cared-for': { r1: 'Carer Support: Support involving the person cared-for' },
} as const satisfies Record<CldServiceType, ReleaseOneMapping>;

/**
 * Service Component. Brief §3.1: the R1 labels are Interweave's
 * transcription of the R1 (V5) list [S56]; the exact R1 strings are
 * UNVERIFIED, so these are the best known, not confirmed.
 */
export const serviceComponentToR1 = {
  Reablement: { r1: 'Reablement' },
  Equipment: { r1: 'Equipment' },
  'Short term residential care': { r1: 'Short Term Residential Care' },
  'Short term nursing care': { r1: 'Short Term Nursing Care' },
  'Home support or domiciliary care': { unmapped: `${NO_R1_IN_BRIEF} (the R1 label "Home Support" is likely; not confirmed)` },
  'Shared Lives': { r1: 'Shared Lives' },
  'Community supported living': { r1: 'Community Supported Living' },
  'Extra care housing': { unmapped: `${NO_R1_IN_BRIEF}; no R1 label names extra care housing` },
  'Direct payment': { r1: 'Direct Payment' },
} as const satisfies Record<CldServiceComponent, ReleaseOneMapping>;

/** Review Reason. Brief §3.1: "Review of short term support" is new in R2 [S60]; R1 has only Planned / Unplanned reasons [S2]. */
export const reviewReasonToR1: Readonly<Record<string, ReleaseOneMapping>> = {
  'Review of short term support': { unmapped: `${NO_R1_IN_BRIEF}; Release 2 added this reason, and Release 1 has only "Planned" and "Unplanned - …" reasons` },
};

/** Assessment Type. Brief §3.1 gives R2 values seen [S58] and no R1 strings. */
export const assessmentTypeToR1: Readonly<Record<string, ReleaseOneMapping>> = {
  'Short term assessment': { unmapped: `${NO_R1_IN_BRIEF}; the R1 Assessment Type strings are not in the brief` },
  'Long term assessment': { unmapped: `${NO_R1_IN_BRIEF}; the R1 Assessment Type strings are not in the brief` },
};

/** Client Type. Brief §3.1: the R1 and R2 lists, in the same order [S1][S2][S55]. */
export const clientTypeToR1 = {
  'Service user': { r1: 'Service User' },
  'Unpaid carer': { r1: 'Carer' },
  'Unpaid carer known by association': { r1: 'Carer known by association' },
} as const satisfies Record<CldClientType, ReleaseOneMapping>;
