// What a tarball must and must not hold, beyond what publint checks (publint
// looks at JavaScript entry points; a missing JSON or type-only export, a
// test file shipped by accident, or an import of an undeclared package
// passes it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bareImports, moduleSpecifiers } from './bare-imports.mjs';

const testFiles = [/\.test\.ts$/, /\.test-support\.ts$/, /\.fixture\.ts$/, /\/test-support\//, /\/test-fixtures\//, /\.stories\.ts$/];

/** Every file an `exports` entry names, with `*` patterns left out (they name a folder's files). */
function exportTargets(exports) {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/**
 * The checks of one packed tarball, each with its problems (none when it
 * passes): its contents, its imports, and for @otforms/elements its CDN files.
 */
export function tarballChecks(tarball) {
  const dir = mkdtempSync(join(tmpdir(), 'otforms-tarball-'));
  try {
    execFileSync('tar', ['-xzf', tarball, '-C', dir]);
    const root = join(dir, 'package');
    const files = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(root.length + 1))
      .sort();
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    const read = (path) => readFileSync(join(root, path), 'utf8');
    const checks = [
      { name: 'contents (every export present, licence, no tests or fixtures)', problems: contentsProblems(new Set(files), manifest) },
      { name: 'imports only the packages it declares', problems: undeclaredImports(files, manifest, read) },
    ];
    if (files.includes('cdn/otforms.js')) {
      checks.push({ name: 'CDN files (catalogue.js takes core from otforms.js; each loads once)', problems: cdnProblems(files, read) });
    }
    return checks;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

function contentsProblems(files, manifest) {
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

/** The built files a host loads or type-checks: JavaScript and declarations in dist/ and cdn/. */
const shippedCode = /^(dist|cdn)\/.+\.(js|mjs|d\.ts|d\.mts)$/;

/**
 * Each bare import of the shipped code that the package does not declare.
 * A host installs only what the package declares, so an undeclared import
 * (such as `import("lit-html")` that tsc writes for an inferred return type)
 * fails there, with TS2307 under `skipLibCheck: false` or at run time, while
 * it passes in this workspace, whose node_modules holds everything. A
 * declaration may also take its types from the `@types/` package.
 */
function undeclaredImports(files, manifest, read) {
  const declared = new Set([manifest.name, ...Object.keys({ ...manifest.dependencies, ...manifest.peerDependencies })]);
  const problems = [];
  for (const path of files.filter((file) => shippedCode.test(file))) {
    const isDeclaration = /\.d\.m?ts$/.test(path);
    for (const specifier of bareImports(path, read(path))) {
      const name = packageOf(specifier);
      if (declared.has(name) || (isDeclaration && declared.has(typesPackageOf(name)))) continue;
      problems.push(`${path} imports ${specifier}, but ${name} is not a dependency or peer dependency`);
    }
  }
  return problems;
}

/** `@scope/name/sub/path.js` → `@scope/name`; `name/sub.js` → `name`. */
const packageOf = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Where TypeScript looks for a package's types when it ships none: `react` → `@types/react`, `@a/b` → `@types/a__b`. */
const typesPackageOf = (name) => `@types/${name.replace(/^@/, '').replace('/', '__')}`;

/** A message of core's outcome record schema: where it is, core (and its zod) is. */
const coreMarker = 'completedAt must not be before startedAt';

/**
 * The CDN files as a page without a bundler loads them: otforms.js whole
 * (it imports nothing, so nothing else is fetched), and catalogue.js taking
 * core from it (its one import is ./otforms.js, and core is not in it
 * again), so a page that loads both fetches each file once and core once.
 */
function cdnProblems(files, read) {
  const problems = [];
  const scripts = files.filter((path) => /^cdn\/.+\.js$/.test(path));
  if (scripts.join() !== 'cdn/catalogue.js,cdn/otforms.js') problems.push(`cdn/ should hold catalogue.js and otforms.js and no other script (chunks would be fetched too): ${scripts.join(', ')}`);
  const otforms = read('cdn/otforms.js');
  const otformsImports = moduleSpecifiers('cdn/otforms.js', otforms);
  if (otformsImports.length) problems.push(`cdn/otforms.js imports ${otformsImports.join(', ')}; it must import nothing`);
  if (!otforms.includes(coreMarker)) problems.push(`cdn/otforms.js lacks core's "${coreMarker}": is core in it?`);
  if (files.includes('cdn/catalogue.js')) {
    const catalogue = read('cdn/catalogue.js');
    const catalogueImports = moduleSpecifiers('cdn/catalogue.js', catalogue);
    if (catalogueImports.join() !== './otforms.js') problems.push(`cdn/catalogue.js imports ${catalogueImports.join(', ') || 'nothing'}; its one import must be ./otforms.js`);
    if (catalogue.includes(coreMarker)) problems.push(`cdn/catalogue.js carries core's "${coreMarker}": core (and zod) would load twice`);
  }
  return problems;
}

