/**
 * What a view shows of a form's errors at one moment (lion: validity is not
 * visibility). A machine keeps whether its errors are shown, and the errors
 * of the page while they are; its selector turns that into this, once per
 * render, so no view decides again whether or where an error is shown.
 */
export interface VisibleErrors<E extends { message: string }> {
  /** Every error shown, in the order of the page: the error summary's list. Empty while errors are hidden. */
  readonly summary: readonly E[];
  /** The message shown beside each field, by the field's key; the first error of a field wins. */
  readonly byField: ReadonlyMap<string, string>;
}

/**
 * The errors shown when `shown`, none otherwise; `keyOf` names the field
 * each belongs to (`undefined` for one about the form as a whole).
 */
export function visibleErrors<E extends { message: string }>(shown: boolean, errors: readonly E[], keyOf: (error: E) => string | undefined): VisibleErrors<E> {
  if (!shown || errors.length === 0) return noErrors;
  const byField = new Map<string, string>();
  for (const error of errors) {
    const key = keyOf(error);
    if (key !== undefined && !byField.has(key)) byField.set(key, error.message);
  }
  return { summary: errors, byField };
}

const noErrors: VisibleErrors<never> = Object.freeze({ summary: Object.freeze([]), byField: new Map<string, string>() });

/** The message beside one field, or `''` when it has none (the empty error a question element takes). */
export function fieldMessage(errors: VisibleErrors<{ message: string }>, key: string): string {
  return errors.byField.get(key) ?? '';
}
