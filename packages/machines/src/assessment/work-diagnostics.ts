import type { VisitItem } from '@otforms/core';

/**
 * Diagnostics only, not exported from the package: how the tests count the
 * work one answer costs without a parameter on the public machine and
 * selectors. While `countingVisits` runs (synchronously, as sending an
 * event and reading the selectors do), the kept-up visibility, score and
 * page errors tell `visit` of every item whose rules they evaluate. Nothing
 * reads it to decide a result, and outside a count it is absent.
 */
let counting: VisitItem | undefined;

/** Runs `run`, telling `visit` of each item evaluated meanwhile; counts nest, the innermost hearing. */
export function countingVisits<T>(visit: VisitItem, run: () => T): T {
  const outer = counting;
  counting = visit;
  try {
    return run();
  } finally {
    counting = outer;
  }
}

/** The count under way, if any: what the machine's internals pass on to core's `visit` parameters. */
export const countedVisit = (): VisitItem | undefined => counting;
