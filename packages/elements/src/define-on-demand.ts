/**
 * Registers an element only when a form first needs it, so that a page whose
 * forms never show it does not download it (a bundler splits a dynamic import
 * into its own file; the page budgets count only what first render needs).
 * The import starts once; if it fails (the tablet went offline, say), the next
 * call tries again, and until then the element waits un-upgraded in the page.
 */
export function defineOnDemand(load: () => Promise<unknown>): () => void {
  let loading: Promise<unknown> | undefined;
  return () => {
    loading ??= load().catch(() => {
      loading = undefined;
    });
  };
}
