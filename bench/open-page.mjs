// Opens one benchmark page in a fresh context and waits for its driver. A page
// that throws while loading is reported with its own error, not as a timeout.

/**
 * @param {{ profileTotal?: boolean, global?: string, search?: string }} options profileTotal: switch on the driver's
 *   console.profile of the score window; global: the page's bench object to wait for (the reporting page has its own);
 *   search: the query, as '?items=1005' (bench/page-definition.ts), or '' for the 300-item form
 */
export async function openBenchPage(browser, origin, name, { profileTotal = false, global = 'otformsBench', search = '' } = {}) {
  const page = await browser.newPage(); // a new context each time: no shared cache or JIT state between runs
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  if (profileTotal) {
    await page.addInitScript(() => {
      window.otformsBenchProfileTotal = true;
    });
  }
  try {
    await page.goto(`${origin}/${name}-page/${search}`);
    await page.waitForFunction((key) => window[key] !== undefined, global, { timeout: 10_000 });
  } catch (error) {
    await page.close();
    const reason = errors.length ? `page errors: ${[...new Set(errors)].join('; ')}` : String(error);
    throw new Error(`${name} page did not load (${reason})`);
  }
  return page;
}
