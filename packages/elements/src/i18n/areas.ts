import type { Catalogue } from './catalogue.js';

/** An area of a catalogue: the words of one element or family of elements (`goals`, `report`, …). */
export type CatalogueArea = Exclude<keyof Catalogue, 'locale' | 'format'>;

/** The words of some areas, as en-GB has them: what an element adds to the en-GB catalogue when it is defined. */
export type SourceWords = { readonly [A in CatalogueArea]?: Catalogue[A] };

/**
 * Every area's name, so that words given for an area whose element is not on the page yet
 * (`{ goals: … }` on a page without `<ot-goal-plan>`) are kept for it rather than refused as a typo.
 */
const areaNames = {
  assessment: true,
  questions: true,
  answers: true,
  session: true,
  goals: true,
  gasChart: true,
  episode: true,
  episodeSummary: true,
  vocabulary: true,
  homeVisit: true,
  homeVisitSummary: true,
  recommendations: true,
  report: true,
} satisfies Record<CatalogueArea, true>;

export const catalogueAreas: ReadonlySet<string> = new Set(Object.keys(areaNames));
