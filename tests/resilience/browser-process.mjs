// One headless Chromium on a profile that outlives it, so a test can kill the
// whole browser with SIGKILL (as a crash or a flat battery would) and start it
// again on the same profile, as the person would after the crash.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../chromium.mjs';

/** The parent's pid of a process, from /proc (Linux only, as CI is). */
function parentOf(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
  } catch {
    return undefined; // gone meanwhile
  }
}

const commandLine = (pid) => {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8');
  } catch {
    return '';
  }
};

const livePids = () => readdirSync('/proc').filter((name) => /^\d+$/.test(name)).map(Number);

/**
 * The browser's main process: our own child (Playwright spawns it directly)
 * started on this profile. A persistent context has no `browser()`, so /proc is asked.
 */
function browserPid(profileDir) {
  const found = livePids().filter((pid) => parentOf(pid) === process.pid && commandLine(pid).includes(`--user-data-dir=${profileDir}`));
  if (found.length !== 1) throw new Error(`expected one browser process on ${profileDir}, found ${found.length}`);
  return found[0];
}

/** Every process below `root` (renderers, the GPU and zygote processes). */
function descendantsOf(root) {
  const parents = new Map(livePids().map((pid) => [pid, parentOf(pid)]));
  const found = [];
  let frontier = [root];
  while (frontier.length) {
    const next = [...parents].filter(([, parent]) => frontier.includes(parent)).map(([pid]) => pid);
    found.push(...next);
    frontier = next;
  }
  return found.map(seen);
}

/** A process as it was seen: its pid and command line, so that a pid reused by another process is never killed. */
const seen = (pid) => ({ pid, command: commandLine(pid) });

/** SIGKILL, only to a process that still runs what it ran when it was seen. */
const killQuietly = ({ pid, command }) => {
  if (!command || commandLine(pid) !== command) return;
  try {
    process.kill(pid, 'SIGKILL');
  } catch {
    /* gone meanwhile */
  }
};

/** The browsers open now, each ended (and its profile removed) if the run is interrupted. */
const open = new Set();

// Ctrl+C or a CI timeout: no browser may be left running, nor its profile left behind.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => {
    for (const end of open) end();
    process.exit(1);
  });
}

/**
 * A browser on a fresh profile under the system's temporary folder. `context`
 * changes after `kill()`; `close()` ends the browser however it is and removes the profile (and its crash reports).
 */
export async function persistentBrowser() {
  const runDir = await mkdtemp(join(tmpdir(), 'otforms-resilience-'));
  const profileDir = join(runDir, 'profile');
  const launch = async () => {
    const launched = await chromium.launchPersistentContext(profileDir, {
      executablePath: chromePath(),
      args: chromeArgs,
      // Chromium writes a crash report for every crashed tab under the config folder: here, not in the user's home.
      env: { ...process.env, XDG_CONFIG_HOME: join(runDir, 'config') },
      headless: true,
      // Our own handlers (above) end the browser; Playwright's would let the run carry on without it.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
      // Playwright turns the back/forward cache off; people's browsers have it on, so navigating back is tried as they get it.
      ignoreDefaultArgs: ['--disable-back-forward-cache'],
    });
    // A click that cannot happen fails its point within seconds, not the whole run after 30 s each.
    launched.setDefaultTimeout(5000);
    launched.setDefaultNavigationTimeout(20_000);
    return launched;
  };
  let context = await launch();
  let browser = seen(browserPid(profileDir));
  const endNow = () => {
    const children = descendantsOf(browser.pid);
    killQuietly(browser);
    children.forEach(killQuietly);
    rmSync(runDir, { recursive: true, force: true });
  };
  open.add(endNow);
  return {
    get context() {
      return context;
    },
    /** SIGKILL to the browser's main process, then the same profile opened again: what was on disk is all that is left. */
    async kill() {
      const children = descendantsOf(browser.pid);
      killQuietly(browser);
      // Its children notice the browser is gone and quit; any that linger are ours to end.
      await new Promise((done) => setTimeout(done, 300));
      children.forEach(killQuietly);
      context = await launch();
      browser = seen(browserPid(profileDir));
      return context;
    },
    async close() {
      const children = descendantsOf(browser.pid);
      await Promise.race([context.close().catch(() => undefined), new Promise((done) => setTimeout(done, 5000))]);
      killQuietly(browser);
      children.forEach(killQuietly);
      open.delete(endNow);
      await rm(runDir, { recursive: true, force: true });
    },
  };
}
