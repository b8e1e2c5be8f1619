// Builds every workspace package and packs it into .packed/, exactly as
// `npm publish` would (each package's `prepack` runs its build). The host
// apps in tests/hosts install these tarballs, never the workspace links.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';

export const repoRoot = new URL('../..', import.meta.url).pathname;
export const packedDir = join(repoRoot, '.packed');

/** The workspace packages in build order (each after the packages it imports). */
export const workspaces = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')).workspaces;

/** `@otforms/core` → `otforms-core-0.1.0.tgz`, npm's own naming. */
export function tarballName(dir) {
  const { name, version } = JSON.parse(readFileSync(join(repoRoot, dir, 'package.json'), 'utf8'));
  return `${name.replace(/^@/, '').replace('/', '-')}-${version}.tgz`;
}

export function packAll() {
  // Packed beside .packed/ and swapped in whole at the end, so a host being
  // installed meanwhile never finds the folder empty or half written.
  const staging = mkdtempSync(join(repoRoot, '.packed-'));
  try {
    for (const dir of workspaces) {
      // Sequential, in order: a package's build type-checks against its siblings' built .d.ts.
      const report = execFileSync('npm', ['pack', '--json', '--pack-destination', staging, '--loglevel=error'], {
        cwd: join(repoRoot, dir),
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'inherit'],
      });
      // Tools that read `npm pack --json` (release scripts, CI) break when a build step prints to stdout.
      try {
        JSON.parse(report);
      } catch {
        throw new Error(`npm pack --json in ${dir} printed more than JSON (a build step writes to stdout):\n${report.slice(0, 500)}`);
      }
    }
    rmSync(packedDir, { recursive: true, force: true });
    renameSync(staging, packedDir);
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return workspaces.map((dir) => join(packedDir, tarballName(dir)));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const file of packAll()) console.log(file);
}
