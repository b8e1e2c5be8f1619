// A project that installs the packed tarballs (a host app in tests/hosts, the
// consumer project in tests/packages/consumer) is installed and run in a copy
// outside the repository. Inside it, any import the project could not resolve
// from its own node_modules would fall back to the repository's, which links
// every @otforms/* package to its workspace source and holds every root dev
// dependency: a missing dependency would pass unseen. The copy keeps the
// repository's layout (`<temp>/tests/…/<name>` beside `<temp>/.packed`), so
// the committed `file:../../../.packed/…` specs resolve as they are, and
// nothing above the temporary folder has a node_modules.
import { spawnSync } from 'node:child_process';
import { basename, dirname, join, relative } from 'node:path';
import { copyFileSync, cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { packedDir, repoRoot } from './pack.mjs';

/** What an install or a build leaves in a project folder; the copy starts without them. */
const leftovers = new Set(['node_modules', 'dist', '.angular']);

/** Copies the project folder `from` and .packed/ into a new temporary folder; returns both paths. */
export function copyPackedProject(from) {
  if (!existsSync(packedDir)) throw new Error('no .packed folder: run `node tests/packages/pack.mjs` first');
  const top = mkdtempSync(join(tmpdir(), `otforms-${basename(from)}-`));
  const dir = join(top, relative(repoRoot, from));
  cpSync(packedDir, join(top, '.packed'), { recursive: true });
  cpSync(from, dir, { recursive: true, filter: (path) => !leftovers.has(relative(from, path)) });
  for (let above = dirname(top); ; above = dirname(above)) {
    if (existsSync(join(above, 'node_modules'))) throw new Error(`${above}/node_modules would let the project resolve packages it does not install`);
    if (above === dirname(above)) break;
  }
  return { top, dir };
}

/**
 * npm records an `integrity` for a local tarball in the lockfile and then
 * trusts it: with the tarball in its cache, `npm ci` installs the cached
 * (old) contents of a rebuilt tarball without a word; with a cold cache (a new
 * CI machine) it fails with EINTEGRITY. Without the field npm reads the
 * tarball itself every time, so a project always tests what was just packed.
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

/**
 * npm trusts a lockfile's entry for a local tarball, dependencies and all, so
 * a tarball that gained a dependency (elements → reporting) would be
 * installed without it. Dropping the packed entries makes npm read each
 * tarball's package.json again; every other dependency stays pinned.
 */
function forgetPackedEntries(dir) {
  const file = join(dir, 'package-lock.json');
  if (!existsSync(file)) return;
  const lock = JSON.parse(readFileSync(file, 'utf8'));
  for (const [path, entry] of Object.entries(lock.packages ?? {})) {
    if (entry.resolved?.startsWith('file:') && entry.resolved.endsWith('.tgz')) delete lock.packages[path];
  }
  writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
}

/**
 * Writes the project's package-lock.json again after its package.json has
 * changed: `npm install` in a copy, the packed tarballs' integrity dropped,
 * and the lockfile copied back. Pack first.
 */
export function relockPackedProject(from) {
  const { top, dir } = copyPackedProject(from);
  try {
    forgetPackedEntries(dir);
    const { status } = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm install in ${relative(repoRoot, from)} exited ${status}`);
    forgetPackedIntegrity(dir);
    copyFileSync(join(dir, 'package-lock.json'), join(from, 'package-lock.json'));
    console.log(`relocked ${relative(repoRoot, from)}/package-lock.json`);
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}
