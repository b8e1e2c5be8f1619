// The custom-elements manifest of @otforms/elements, made by the analyzer's
// own command line from the repository's config (the one `npm run analyze`
// uses, with the same plugins as the package build), so a test reads what
// Storybook and editors will read without needing a build, and without the
// generated (and git-ignored) packages/elements/custom-elements.json. It is
// written to a temporary folder and read back; nothing in the tree changes.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));

export function elementsManifest() {
  const outdir = mkdtempSync(join(tmpdir(), 'otforms-manifest-'));
  try {
    // The analyzer joins --outdir to its working directory, so it takes a relative path.
    execFileSync(join(root, 'node_modules/.bin/cem'), ['analyze', '--config', 'custom-elements-manifest.config.mjs', '--outdir', relative(root, outdir), '--quiet'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    return JSON.parse(readFileSync(join(outdir, 'custom-elements.json'), 'utf8'));
  } finally {
    rmSync(outdir, { recursive: true, force: true });
  }
}
