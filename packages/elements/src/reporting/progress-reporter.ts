/** At most one report this often, besides the first and the last: a host may re-render on each. */
const REPORT_EVERY_MS = 50;

/**
 * Passes progress to the host's `onProgress`: (0, total) at once, then at
 * most every REPORT_EVERY_MS, and always (total, total).
 */
export function progressReporter(onProgress: ((done: number, total: number) => void) | undefined, total: number): (done: number) => void {
  if (!onProgress) return () => {};
  let last = performance.now();
  onProgress(0, total);
  return (done) => {
    const now = performance.now();
    if (done < total && now - last < REPORT_EVERY_MS) return;
    last = now;
    onProgress(done, total);
  };
}
