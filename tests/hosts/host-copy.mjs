// A host app is installed and run in a copy outside the repository. Inside
// it, any import the app could not resolve from its own node_modules would
// fall back to the repository's, which links every @otforms/* package to
// its workspace source and holds every root dev dependency: a missing
// dependency would pass unseen. The copy keeps the repository's layout
// (`<temp>/tests/hosts/<name>` beside `<temp>/.packed`), so the committed
// `file:../../../.packed/…` specs resolve as they are, and nothing above the
// temporary folder has a node_modules.
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';

export const hostsDir = new URL('.', import.meta.url).pathname;
export const repoRoot = join(hostsDir, '..', '..');
const packedDir = join(repoRoot, '.packed');
/** What an install or a build leaves in a host folder; the copy starts without them. */
const leftovers = new Set(['node_modules', 'dist', '.angular']);

/** Copies `tests/hosts/<name>` and `.packed` into a new temporary folder; returns both paths. */
export function copyHost(name) {
  if (!existsSync(packedDir)) throw new Error('no .packed folder: run `node tests/packages/pack.mjs` first');
  const top = mkdtempSync(join(tmpdir(), `otforms-host-${name}-`));
  const from = join(hostsDir, name);
  const dir = join(top, 'tests', 'hosts', name);
  cpSync(packedDir, join(top, '.packed'), { recursive: true });
  cpSync(from, dir, { recursive: true, filter: (path) => !leftovers.has(relative(from, path)) });
  for (let above = dirname(top); ; above = dirname(above)) {
    if (existsSync(join(above, 'node_modules'))) throw new Error(`${above}/node_modules would let the host resolve packages it does not install`);
    if (above === dirname(above)) break;
  }
  return { top, dir };
}

/**
 * npm records an `integrity` for a local tarball in the lockfile and then
 * trusts it: with the tarball in its cache, `npm ci` installs the cached
 * (old) contents of a rebuilt tarball without a word; with a cold cache (a new
 * CI machine) it fails with EINTEGRITY. Without the field npm reads the
 * tarball itself every time, so the hosts always test what was just packed.
 */
export function forgetPackedIntegrity(dir) {
  const file = join(dir, 'package-lock.json');
  const text = readFileSync(file, 'utf8');
  const lock = JSON.parse(text);
  for (const entry of Object.values(lock.packages ?? {})) {
    if (entry.resolved?.startsWith('file:') && entry.resolved.endsWith('.tgz')) delete entry.integrity;
  }
  const stripped = `${JSON.stringify(lock, null, 2)}\n`;
  if (stripped !== text) writeFileSync(file, stripped);
}
