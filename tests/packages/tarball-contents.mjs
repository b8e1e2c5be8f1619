// What a tarball must and must not hold, beyond what publint checks (publint
// looks at JavaScript entry points; a missing JSON or type-only export, or a
// test file shipped by accident, passes it).
import { execFileSync } from 'node:child_process';

const testFiles = [/\.test\.ts$/, /\.test-support\.ts$/, /\.fixture\.ts$/, /\/test-support\//, /\/test-fixtures\//, /\.stories\.ts$/];

/** Every file an `exports` entry names, with `*` patterns left out (they name a folder's files). */
function exportTargets(exports) {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/** Problems with a packed tarball's contents; empty when it is right. */
export function contentsProblems(tarball) {
  const files = new Set(
    execFileSync('tar', ['-tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((path) => path.replace(/^package\//, '')),
  );
  const manifest = JSON.parse(execFileSync('tar', ['-xzOf', tarball, 'package/package.json'], { encoding: 'utf8' }));
  const problems = [];
  for (const target of new Set(exportTargets(manifest.exports))) {
    if (!files.has(target.replace(/^\.\//, ''))) problems.push(`exports name ${target}, which the tarball lacks`);
  }
  if (![...files].some((path) => /^licen[cs]e(\.md|\.txt)?$/i.test(path))) problems.push('no LICENSE file');
  if (!files.has('README.md')) problems.push('no README.md');
  for (const path of files) {
    if (testFiles.some((pattern) => pattern.test(`/${path}`))) problems.push(`ships a test file: ${path}`);
  }
  for (const [name, range] of Object.entries({ ...manifest.dependencies, ...manifest.peerDependencies })) {
    // A sibling pinned exactly would make `npm install @otforms/elements` alone fail on any other patch.
    if (name.startsWith('@otforms/') && !range.startsWith('^')) problems.push(`depends on ${name}@${range}; siblings take a caret range`);
  }
  return problems;
}
