import type { InstrumentDefinition } from '@otforms/core';
import { defineOnDemand } from '../define-on-demand.js';

/**
 * The photo control and its image code load only for a definition with a
 * photo question: most assessments take no photo, and the one-assessment page
 * stays within its budget. A form starts the load as soon as it is given such
 * a definition (`<ot-home-visit>` for all its definitions at once, so nothing
 * is fetched mid-visit) and reports a failure; properties set on the control
 * before it is defined are kept by Lit.
 */
export const loadPhotoQuestion = defineOnDemand(() => import('./ot-photo-question.define.js'));

/** Photo questions sit at the top level of a section: a repeating group cannot hold one. */
export const hasPhotoQuestion = (definition: InstrumentDefinition): boolean =>
  definition.sections.some((section) => section.items.some((item) => item.type === 'photo'));
