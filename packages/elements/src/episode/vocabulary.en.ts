import { cldEventOutcomes, cldRoutesOfAccessR1, cldServiceComponents, cldServiceTypes } from '@otforms/core';

/**
 * The labels of England's CLD values in en-GB: the `vocabulary` namespace of
 * the catalogue. The record keeps the CLD string itself (the code a council
 * returns); in English the label is that same string, so what the OT picks
 * reads as the return does. Other locales translate the label only. A host's
 * own vocabulary (`<ot-episode>.vocabulary`) gives its labels with its codes;
 * a code with no label there is looked up here, then shown as it is.
 */

/** Each code labelled with itself. */
const asWritten = <Code extends string>(codes: readonly Code[]) => Object.fromEntries(codes.map((code) => [code, code as string])) as Record<Code, string>;

export const vocabularyEn = {
  routesOfAccess: asWritten(cldRoutesOfAccessR1),
  eventOutcomes: asWritten(cldEventOutcomes),
  serviceTypes: asWritten(cldServiceTypes),
  serviceComponents: asWritten(cldServiceComponents),
  /** The NHS hospital discharge pathways; the record keeps the number. */
  dischargePathways: {
    '0': 'Pathway 0: home with no new support',
    '1': 'Pathway 1: home with new or extra support, such as reablement',
    '2': 'Pathway 2: a community bed for recovery',
    '3': 'Pathway 3: a care home placement',
  },
};
