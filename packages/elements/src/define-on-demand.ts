/**
 * Registers an element only when a form first needs it, so that a page whose
 * forms never show it does not download it (a bundler splits a dynamic import
 * into its own file; the page budgets count only what first render needs).
 * A form starts the load as soon as its definition says it will need the
 * element, while the page is most likely still online, not when the element
 * is first shown. The import starts once; if it fails (the tablet went
 * offline, say), the promise rejects for the caller to report, and the next
 * call tries again. Until then the element waits un-upgraded in the page.
 */
export function defineOnDemand(load: () => Promise<unknown>): () => Promise<void> {
  let loading: Promise<void> | undefined;
  return () =>
    (loading ??= load().then(
      () => undefined,
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
}
