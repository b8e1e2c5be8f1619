// Seeded kill-and-reload over the Barthel, the goal plan and the episode
// (issue 13, points 3 and 9): at each random point a random number of answers
// is given through the page, the work is interrupted (reload, closed tab,
// crashed tab, navigation away and back, or SIGKILL of the whole browser a
// second after the last answer), the page is opened again, and what it shows
// is compared with what was shown just before. Any answer not resumed is a loss.
//
// `node tests/resilience/kill-and-reload.mjs [--seed N] [--points N] [--forms barthel,goal-plan,episode] [--kill-after MS] [--at COMMIT]`
// builds and serves the demo itself; run.mjs runs it with the other resilience tests.
import { persistentBrowser } from './browser-process.mjs';
import { forms, giveAnswer, readForm, shownNow } from './forms.mjs';
import { defaultKillAfterMs, interrupt, interruptionKinds, pickInterruption } from './interruptions.mjs';
import { seededRandom } from './random.mjs';

export const defaultSeed = 20261303;

/** The most answers given between two interruptions. */
const mostAnswers = 8;

/** One form's run: `points` interruptions, each after 1 to 8 answers. Returns its counts and every loss. */
async function runForm(form, { origin, seed, points, killAfterMs, log }) {
  const random = seededRandom(seed + forms.indexOf(form));
  const url = `${origin}${form.path}`;
  const otherUrl = `${origin}/outcomes.html`;
  const timing = { answers: 0, interruptions: {}, reads: 0 };
  const result = { timing, form: form.name, points: 0, kinds: Object.fromEntries(interruptionKinds.map(({ kind }) => [kind, 0])), entered: 0, resumed: 0, lost: 0, lostByKind: {}, pointsWithLoss: {}, failures: [] };
  const fail = (point, message) => {
    result.failures.push(`seed ${seed}, ${form.name}, point ${point}: ${message}`);
    if (result.failures.length <= 25) log(`  LOSS ${result.failures.at(-1)}`);
  };
  const browser = await persistentBrowser();
  try {
    let page = browser.context.pages()[0] ?? (await browser.context.newPage());
    await page.goto(url);
    let shown = await readForm(page, form);
    for (let point = 0; point < points; point++) {
      const kind = pickInterruption(random);
      const used = new Set();
      const entered = [];
      const count = random.int(1, mostAnswers);
      let lastAnswerAt = performance.now();
      try {
        let clock = performance.now();
        for (let i = 0; i < count; i++) {
          const given = await giveAnswer(page, form, random, shown, used);
          if (!given) break;
          lastAnswerAt = performance.now();
          entered.push(given);
          shown = { ...shown, [given.id]: given.answer };
        }
        const before = (await shownNow(page, form)) ?? {};
        timing.answers += performance.now() - clock;
        clock = performance.now();
        for (const { id, answer } of entered) {
          if (before[id] !== answer) fail(point, `the page did not take ${id} = ${JSON.stringify(answer)} (shows ${JSON.stringify(before[id])}) before the ${kind}`);
        }
        page = await interrupt(kind, { browser, page, url, otherUrl, random, lastAnswerAt, killAfterMs });
        timing.interruptions[kind] = (timing.interruptions[kind] ?? 0) + performance.now() - clock;
        clock = performance.now();
        const after = await readForm(page, form);
        timing.reads += performance.now() - clock;
        result.points += 1;
        result.kinds[kind] += 1;
        result.entered += entered.length;
        const enteredIds = new Set(entered.map(({ id }) => id));
        for (const { id } of entered) {
          if (after[id] === before[id]) result.resumed += 1;
        }
        // Every difference is a loss: this point's answers, and any given earlier that the page no longer shows.
        // A field that is gone with nothing in it (an empty field of a lost goal) is no answer of its own.
        const differences = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter((id) => (after[id] ?? '') !== (before[id] ?? ''));
        if (differences.length) result.pointsWithLoss[kind] = (result.pointsWithLoss[kind] ?? 0) + 1;
        for (const id of differences) {
          result.lost += 1;
          result.lostByKind[kind] = (result.lostByKind[kind] ?? 0) + 1;
          const when = enteredIds.has(id) ? 'given just before' : 'given at an earlier point';
          fail(point, `${kind}: ${id} ${when} showed ${JSON.stringify(before[id] ?? null)}, resumed as ${JSON.stringify(after[id] ?? null)}`);
        }
        shown = after;
      } catch (error) {
        fail(point, `${kind}: ${error instanceof Error ? error.message.split('\n')[0] : error}`);
        // Carry on from what the page shows now, so one broken point does not hide the rest.
        try {
          await page.close().catch(() => undefined);
          page = await browser.context.newPage();
          await page.goto(url);
          shown = await readForm(page, form);
        } catch (again) {
          fail(point, `the form could not be opened again, so its run stops here: ${again instanceof Error ? again.message.split('\n')[0] : again}`);
          break;
        }
      }
    }
  } finally {
    await browser.close();
  }
  return result;
}

/** Runs `points` points spread evenly over the forms (`only`: some of them, by name). */
export async function killAndReload({ origin, seed = defaultSeed, points = 210, only, killAfterMs = defaultKillAfterMs, log = console.log }) {
  const chosen = forms.filter((form) => !only || only.includes(form.name));
  const perForm = Math.ceil(points / chosen.length);
  log(`kill-and-reload: seed ${seed} (replay: node tests/resilience/kill-and-reload.mjs --seed ${seed} --points ${points}${only ? ` --forms ${only.join(',')}` : ''}${killAfterMs === defaultKillAfterMs ? '' : ` --kill-after ${killAfterMs}`}), ${perForm} points per form`);
  log(`  the browser is killed ${killAfterMs} ms after the last answer; a tab is reloaded, closed, crashed or navigated away from 100 to 400 ms after it`);
  log('  entered: answers given through the page; resumed: those shown again after the interruption; lost: any answer shown before it and not after (given then or earlier)');
  const results = [];
  for (const form of chosen) {
    const started = performance.now();
    log(`\n${form.title}: ${perForm} points`);
    const result = await runForm(form, { origin, seed, points: perForm, killAfterMs, log });
    if (result.failures.length > 25) log(`  … and ${result.failures.length - 25} more`);
    log(`  ${result.points} points, ${result.entered} answers entered, ${result.resumed} resumed, ${result.lost} lost (${((performance.now() - started) / 1000).toFixed(0)} s)`);
    const { timing } = result;
    const perKind = Object.entries(timing.interruptions).map(([kind, ms]) => `${kind} ${(ms / 1000).toFixed(1)}`).join(', ');
    log(`  seconds: answering ${(timing.answers / 1000).toFixed(1)}, interrupting ${perKind}, reading ${(timing.reads / 1000).toFixed(1)}`);
    results.push(result);
  }
  return results;
}

/** The table: form, points, interruptions by kind, answers entered, answers resumed, lost (and by kind). */
export function printTable(results, log = console.log) {
  const kinds = interruptionKinds.map(({ kind }) => kind);
  const header = ['form', 'points', ...kinds, 'entered', 'resumed', 'lost', 'lost by kind (points with a loss / points)'];
  const byKind = (lost, hit, counted) => Object.entries(lost).map(([kind, n]) => `${kind} ${n} (${hit[kind]}/${counted[kind]})`).join(', ') || '-';
  const rows = results.map((r) => [
    r.form,
    r.points,
    ...kinds.map((kind) => r.kinds[kind]),
    r.entered,
    r.resumed,
    r.lost,
    byKind(r.lostByKind, r.pointsWithLoss, r.kinds),
  ]);
  const sum = (key) => results.reduce((total, r) => total + r[key], 0);
  const total = (key) => {
    const all = {};
    for (const r of results) for (const [kind, n] of Object.entries(r[key])) all[kind] = (all[kind] ?? 0) + n;
    return all;
  };
  const counted = total('kinds');
  rows.push(['all', sum('points'), ...kinds.map((kind) => counted[kind]), sum('entered'), sum('resumed'), sum('lost'), byKind(total('lostByKind'), total('pointsWithLoss'), counted)]);
  const widths = header.map((h, i) => Math.max(String(h).length, ...rows.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((cell, i) => (i === 0 || i === cells.length - 1 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ').trimEnd();
  log(`\n${line(header)}`);
  for (const row of rows) log(line(row));
}

function option(name) {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? undefined : process.argv[i + 1];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { serveDemo } = await import('./demo-site.mjs');
  const server = await serveDemo({ at: option('at') });
  let results = [];
  try {
    results = await killAndReload({
      origin: server.origin,
      seed: Number(option('seed') ?? defaultSeed),
      points: Number(option('points') ?? 210),
      only: option('forms')?.split(','),
      killAfterMs: Number(option('kill-after') ?? defaultKillAfterMs),
    });
    printTable(results);
  } finally {
    await server.close();
  }
  process.exitCode = results.length && results.every((r) => r.failures.length === 0) ? 0 : 1;
}
