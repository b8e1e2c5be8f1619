/**
 * Starts the outcome summary worker. The expression is written exactly as
 * Vite, webpack 5, Parcel and Angular's esbuild builder look for it, so each
 * bundles the worker and its imports into a file of its own; the CDN build
 * writes it beside otforms.js as outcome-summary-worker.js. A bundler that
 * does not know the pattern leaves a URL that fails to load: the caller then
 * runs the work on the main thread.
 */
export function createOutcomeWorker(): Worker {
  return new Worker(new URL('./outcome-summary-worker.js', import.meta.url), { type: 'module' });
}
