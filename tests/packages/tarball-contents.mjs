// What a tarball must and must not hold, beyond what publint checks (publint
// looks at JavaScript entry points; a missing JSON or type-only export, a
// test file shipped by accident, or an import of an undeclared package
// passes it).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ts } from '@custom-elements-manifest/analyzer';
import { bareImports, moduleSpecifiers } from './bare-imports.mjs';

const testFiles = [/\.test\.ts$/, /\.test-support\.ts$/, /\.fixture\.ts$/, /\/test-support\//, /\/test-fixtures\//, /\.stories\.ts$/];

/** Every file an `exports` entry names, with `*` patterns left out (they name a folder's files). */
function exportTargets(exports) {
  if (typeof exports === 'string') return exports.includes('*') ? [] : [exports];
  return Object.values(exports ?? {}).flatMap(exportTargets);
}

/** Every `*` pattern among the `exports` targets, as a test of a file's path (a `*` takes any text, slashes too, as in Node). */
function exportPatterns(exports) {
  if (typeof exports === 'string') {
    if (!exports.includes('*')) return [];
    const escaped = exports.replace(/^\.\//, '').replace(/[.+?^${}()|[\]\\]/g, '\\$&');
    return [{ pattern: exports, test: new RegExp(`^${escaped.replace('*', '.+')}$`) }];
  }
  return Object.values(exports ?? {}).flatMap(exportPatterns);
}

/** Files a package must ship that its exports name only by pattern: the themes a host imports by name. */
const namedByPattern = { '@otforms/elements': ['themes/govuk.css', 'themes/nhs.css'] };

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
      checks.push({ name: 'CDN files (catalogue.js and reporting.js take core and Lit from otforms.js; each loads once)', problems: cdnProblems(files, read) });
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
  for (const { pattern, test } of exportPatterns(manifest.exports)) {
    if (![...files].some((path) => test.test(path))) problems.push(`exports name ${pattern}, which matches no file in the tarball`);
  }
  for (const path of namedByPattern[manifest.name] ?? []) {
    if (!files.has(path)) problems.push(`the tarball lacks ${path}`);
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
/** Where Lit's templating is, it registers its version here. */
const litMarker = 'litHtmlVersions';
/** The tag, in the report's define module (and nowhere else). */
const reportMarker = 'ot-outcome-report';
/** The worker reporting.js starts, beside it. */
const workerFile = 'outcome-summary-worker.js';
/** What cdn/reporting.js exports: the list tests/packages/consumer/src/cdn.ts holds cdn/reporting.d.ts to. */
const reportingExports = [
  'DEFAULT_SUPPRESSION_THRESHOLD',
  'EXTRACT_COLUMNS',
  'OtOutcomeReport',
  'createOutcomeSummariser',
  'outcomeExtract',
  'outcomeExtractCsv',
  'outcomeSummaryCsv',
  'summariseOutcomes',
  'suppressFigures',
];

/**
 * The CDN files as a page without a bundler loads them: otforms.js whole
 * (it imports nothing, so nothing else is fetched) and without the outcome
 * report; catalogue.js and reporting.js each taking core from it (their one
 * import is ./otforms.js, and neither carries core, nor reporting.js Lit,
 * again), so a page that loads them fetches each file once and each module
 * once; and the report's worker beside reporting.js, importing nothing.
 */
function cdnProblems(files, read) {
  const problems = [];
  const scripts = files.filter((path) => /^cdn\/.+\.js$/.test(path));
  const expected = ['cdn/catalogue.js', 'cdn/otforms.js', `cdn/${workerFile}`, 'cdn/reporting.js'];
  if (scripts.join() !== expected.join()) problems.push(`cdn/ should hold ${expected.map((path) => path.slice(4)).join(', ')} and no other script (chunks would be fetched too): ${scripts.join(', ')}`);
  const otforms = read('cdn/otforms.js');
  const otformsImports = moduleSpecifiers('cdn/otforms.js', otforms);
  if (otformsImports.length) problems.push(`cdn/otforms.js imports ${otformsImports.join(', ')}; it must import nothing`);
  if (!otforms.includes(coreMarker)) problems.push(`cdn/otforms.js lacks core's "${coreMarker}": is core in it?`);
  if (otforms.includes(reportMarker)) problems.push(`cdn/otforms.js mentions ${reportMarker}: the report belongs in cdn/reporting.js`);
  for (const name of ['catalogue.js', 'reporting.js'].filter((file) => files.includes(`cdn/${file}`))) {
    const text = read(`cdn/${name}`);
    const imports = moduleSpecifiers(`cdn/${name}`, text);
    if (imports.join() !== './otforms.js') problems.push(`cdn/${name} imports ${imports.join(', ') || 'nothing'}; its one import must be ./otforms.js`);
    if (text.includes(coreMarker)) problems.push(`cdn/${name} carries core's "${coreMarker}": core (and zod) would load twice`);
    if (text.includes(litMarker)) problems.push(`cdn/${name} carries Lit ("${litMarker}"): Lit would load twice`);
  }
  if (files.includes('cdn/reporting.js')) {
    const reporting = read('cdn/reporting.js');
    if (!new RegExp(`customElements\\.define\\([\`'"]${reportMarker}[\`'"]`).test(reporting)) problems.push(`cdn/reporting.js does not register <${reportMarker}>`);
    if (!reporting.includes(workerFile)) problems.push(`cdn/reporting.js does not name ${workerFile}: where does it find its worker?`);
    const exported = exportedNames('cdn/reporting.js', reporting).sort();
    if (exported.join() !== reportingExports.join()) problems.push(`cdn/reporting.js exports ${exported.join(', ')}; its types (cdn/reporting.d.ts) say ${reportingExports.join(', ')}`);
  }
  if (files.includes(`cdn/${workerFile}`)) {
    const workerImports = moduleSpecifiers(`cdn/${workerFile}`, read(`cdn/${workerFile}`));
    if (workerImports.length) problems.push(`cdn/${workerFile} imports ${workerImports.join(', ')}; a worker beside the page's files must import nothing`);
  }
  return problems;
}

/** The names a built ES module exports, read from its `export { a as b }` statements. */
function exportedNames(path, text) {
  const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, false);
  return file.statements
    .filter((node) => ts.isExportDeclaration(node) && node.exportClause && ts.isNamedExports(node.exportClause))
    .flatMap((node) => node.exportClause.elements.map((element) => element.name.text));
}
