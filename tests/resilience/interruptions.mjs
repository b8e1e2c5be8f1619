// The ways work on a tablet gets interrupted, each ending with the form's page
// open again. SIGKILL of the whole browser is the harshest: only what reached
// the disk survives it.

/** Each kind, with its weight in a seeded run: a kill costs about two seconds, the others a few hundred milliseconds. */
export const interruptionKinds = [
  { kind: 'reload', weight: 5 },
  { kind: 'close-tab', weight: 5 },
  { kind: 'crash-tab', weight: 5 },
  { kind: 'navigate-away', weight: 5 },
  { kind: 'kill-browser', weight: 4 },
];

/** A seeded choice of kind, by weight. */
export function pickInterruption(random) {
  const total = interruptionKinds.reduce((sum, { weight }) => sum + weight, 0);
  let roll = random.next() * total;
  for (const { kind, weight } of interruptionKinds) {
    roll -= weight;
    if (roll < 0) return kind;
  }
  return interruptionKinds.at(-1).kind;
}

/** How long after the last answer the browser is killed: "a second after the last answer" (issue 13, point 3). */
export const defaultKillAfterMs = 1000;

/** How long after the last answer the other interruptions come: a person's pause, never zero. */
export const pauseMs = (random) => random.int(100, 400);

const sleep = (ms) => new Promise((done) => setTimeout(done, ms));

/**
 * Interrupts `page` (showing `url`) in the given way and returns the page that shows `url` again.
 * `browser` is the persistent browser (browser-process.mjs); `otherUrl` is another page of the same site;
 * `lastAnswerAt` is when the last answer was given (`performance.now()`), which the pause is counted from;
 * `killAfterMs` how long after it the browser is killed.
 */
export async function interrupt(kind, { browser, page, url, otherUrl, random, lastAnswerAt, killAfterMs = defaultKillAfterMs }) {
  const since = () => performance.now() - lastAnswerAt;
  if (kind === 'kill-browser') {
    await sleep(killAfterMs - since());
    const context = await browser.kill();
    const fresh = context.pages()[0] ?? (await context.newPage());
    await fresh.goto(url);
    return fresh;
  }
  await sleep(pauseMs(random) - since());
  const { context } = browser;
  switch (kind) {
    case 'reload':
      await page.reload();
      return page;
    case 'close-tab': {
      // As a person closes a tab: the page's unload handlers run, then it is gone.
      const closed = page.waitForEvent('close');
      await page.close({ runBeforeUnload: true });
      await closed;
      const fresh = await context.newPage();
      await fresh.goto(url);
      return fresh;
    }
    case 'crash-tab': {
      // The renderer dies as in "Aw, Snap!"; the person opens the page again in a new tab.
      const cdp = await context.newCDPSession(page);
      const crashed = page.waitForEvent('crash');
      cdp.send('Page.crash').catch(() => undefined); // never answers: the renderer is gone
      await crashed;
      await page.close().catch(() => undefined);
      const fresh = await context.newPage();
      await fresh.goto(url);
      return fresh;
    }
    case 'navigate-away':
      await page.goto(otherUrl);
      // A page restored from the back/forward cache fires no load event: the form is waited for instead.
      await page.goBack({ waitUntil: 'commit' });
      return page;
    default:
      throw new Error(`unknown interruption ${kind}`);
  }
}
