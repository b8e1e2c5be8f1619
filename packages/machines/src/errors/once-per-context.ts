/**
 * A check computed at most once per context. A machine's context is never
 * changed in place (each `assign` makes a new one), so a check of one
 * context always gives the same answer: the guard that decides an attempt
 * (Continue, Submit…) and the action that then shows its errors share one
 * result instead of validating twice. Results go with their context.
 */
export function oncePerContext<C extends object, R>(check: (context: C) => R): (context: C) => R {
  const results = new WeakMap<C, R>();
  return (context) => {
    if (results.has(context)) return results.get(context) as R;
    const result = check(context);
    results.set(context, result);
    return result;
  };
}
