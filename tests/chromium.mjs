// The single place that finds the browser. Every config and script imports
// this, so nothing ever falls back to a tool that would download its own
// browser (there is no network for that in CI, and we want Debian's build).
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';

const names = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'];
const paths = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

// Same answer as the shell's `command -v NAME`, without spawning a shell per name.
function onPath(name) {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (!dir) continue;
    const file = join(dir, name);
    try {
      accessSync(file, constants.X_OK);
      return file;
    } catch {
      /* not here; keep looking */
    }
  }
  return undefined;
}

export function chromePath() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const found = names.map(onPath).find(Boolean) ?? paths.find((p) => existsSync(p));
  if (found) return found;
  // A stale CHROME_PATH is the likeliest cause, so say so rather than hide it.
  const stale = fromEnv ? ` (CHROME_PATH is set to ${fromEnv}, which does not exist.)` : '';
  throw new Error(
    `No Chrome or Chromium found. Install one (Debian: apt-get install -y chromium) or set CHROME_PATH to its executable.${stale}`,
  );
}

// --no-sandbox: CI runs as root, where Chromium refuses to start without it.
// The rest keep a headless run quiet and offline (no updates, sync or QUIC probes)
// and avoid the small /dev/shm of containers.
export const chromeArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];
