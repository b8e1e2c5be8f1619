// Two pages on one draft, used in turns (issue 13, point 2): answer in tab A,
// take over in tab B ("Take over here", when the form offers it) and answer
// there, take over in A again, and so on; then the other tab is closed, the
// last one reloaded, and every answer given in either tab must be there.
// A form that lets both tabs write silently loses answers here.
//
// `node tests/resilience/two-tabs.mjs [--seed N] [--at COMMIT]` builds and serves the demo itself.
import { persistentBrowser } from './browser-process.mjs';
import { forms, giveAnswer, readForm } from './forms.mjs';
import { seededRandom } from './random.mjs';

/** Turns taken in all, alternating between the tabs. */
const turns = 8;

/** Opens `url` in `page` and waits until it shows the form, or offers to take it over. */
async function open(page, form, url) {
  await page.goto(url);
  const element = page.locator(form.tag);
  await element.locator(form.ready).or(takeOverButton(page)).first().waitFor({ timeout: 15_000 });
}

const takeOverButton = (page) => page.getByRole('button', { name: 'Take over here' });

/** One form's test: its counts, and every answer missing at the end. */
async function runForm(form, { origin, seed, log }) {
  const random = seededRandom(seed + 100 + forms.indexOf(form));
  const url = `${origin}${form.path}`;
  const result = { form: form.name, turns: 0, tookOver: 0, given: 0, kept: 0, lost: 0, failures: [] };
  const fail = (message) => {
    result.failures.push(`seed ${seed}, two tabs, ${form.name}: ${message}`);
    log(`  FAILED ${result.failures.at(-1)}`);
  };
  const browser = await persistentBrowser();
  try {
    const { context } = browser;
    const tabs = [context.pages()[0] ?? (await context.newPage()), await context.newPage()];
    await open(tabs[0], form, url);
    await open(tabs[1], form, url);
    /** Every answer given in either tab, the latest for each question. */
    const given = {};
    let last = 0;
    for (let turn = 0; turn < turns; turn++) {
      last = turn % 2;
      const page = tabs[last];
      await page.bringToFront();
      // The other tab was the last to edit, so this one must say the draft is open elsewhere and offer to take it over.
      const takeOver = takeOverButton(page);
      if (await takeOver.isVisible()) {
        await takeOver.click();
        await takeOver.waitFor({ state: 'hidden', timeout: 10_000 });
        result.tookOver += 1;
      } else if (turn > 0) {
        fail(`turn ${turn}: the tab the other tab had taken over offered no "Take over here", so both tabs could edit the draft`);
      }
      const shown = await readForm(page, form);
      const used = new Set();
      for (let i = random.int(1, 3); i > 0; i--) {
        const answer = await giveAnswer(page, form, random, shown, used);
        if (!answer) break;
        given[answer.id] = answer.answer;
        shown[answer.id] = answer.answer;
        result.given += 1;
      }
      result.turns += 1;
      await page.waitForTimeout(300); // a person's pause before turning to the other tab
    }
    await tabs[1 - last].close({ runBeforeUnload: true });
    await tabs[last].reload();
    const resumed = await readForm(tabs[last], form);
    for (const [id, answer] of Object.entries(given)) {
      if (resumed[id] === answer) result.kept += 1;
      else {
        result.lost += 1;
        fail(`${id} was given ${JSON.stringify(answer)} but after the reload shows ${JSON.stringify(resumed[id] ?? null)}`);
      }
    }
  } catch (error) {
    fail(error instanceof Error ? error.message.split('\n')[0] : String(error));
  } finally {
    await browser.close();
  }
  return result;
}

/** The two-tab test of the Barthel and of the goal plan. */
export async function twoTabs({ origin, seed, log = console.log }) {
  const results = [];
  for (const form of forms.filter((f) => f.name === 'barthel' || f.name === 'goal-plan')) {
    log(`\ntwo tabs on one draft, ${form.title}: ${turns} turns`);
    const result = await runForm(form, { origin, seed, log });
    log(`  ${result.turns} turns, ${result.tookOver} take-overs, ${result.given} answers given, ${result.kept} kept (the latest of each), ${result.lost} lost`);
    results.push(result);
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveDemo } = await import('./demo-site.mjs');
  const { defaultSeed } = await import('./kill-and-reload.mjs');
  const option = (name) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : undefined);
  const server = await serveDemo({ at: option('at') });
  let results = [];
  try {
    results = await twoTabs({ origin: server.origin, seed: Number(option('seed') ?? defaultSeed) });
  } finally {
    await server.close();
  }
  process.exitCode = results.length && results.every((r) => r.failures.length === 0) ? 0 : 1;
}
