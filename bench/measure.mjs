// One timed run of a form page (scripts/bench.mjs, bench/sizes.mjs): load,
// first render, answer everything, and the JS heap before and after.
import { openBenchPage } from './open-page.mjs';

/** The JS heap in use after a full GC (CDP), so garbage left by earlier work is not counted. */
async function heapAfterGc(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/**
 * One fresh page: load, first render, answer everything. Each phase is its
 * own evaluate, so CDP round trips are never timed. The heap is read outside
 * the timed phases: once loaded, before the definition is set (`heapBefore`),
 * and once every item is answered and the review painted (`heapAfter`).
 *
 * @param {{ items?: number, search?: string }} form items: how many the page must answer (300 by default);
 *   search: its query (bench/page-definition.ts)
 */
export async function measure(browser, origin, name, { items = 300, search = '' } = {}) {
  const page = await openBenchPage(browser, origin, name, { search });
  try {
    const cdp = await page.context().newCDPSession(page);
    const heapBefore = await heapAfterGc(cdp);
    const render = await page.evaluate(() => window.otformsBench.render());
    const answers = await page.evaluate(() => window.otformsBench.answerAll());
    // Every conditional item's condition is met (bench/generate-definition.ts), so every item is answered.
    if (answers.answered !== items || answers.shownTotal !== answers.expectedTotal) {
      throw new Error(`${name}${search}: answered ${answers.answered} of ${items} items, total shown ${answers.shownTotal}, expected ${answers.expectedTotal}`);
    }
    const heapAfter = await heapAfterGc(cdp);
    return { ...render, ...answers, heapBefore, heapAfter };
  } finally {
    await page.close();
  }
}
