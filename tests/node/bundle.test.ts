import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, expectTypeOf, it } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import * as core from '@otforms/core';
import * as instruments from '@otforms/instruments';
import type * as cdnCatalogue from '../../packages/elements/cdn/catalogue.js';
import { chromeArgs, chromePath } from '../chromium.mjs';
import { serveStatic } from './static-server.js';

/**
 * The CDN files of @otforms/elements (cdn/otforms.js and cdn/catalogue.js) in
 * a plain page, as a vendor without a bundler uses them, under a strict
 * Content-Security-Policy: the page must work and the browser must report no
 * violation (no eval, no inline styles or scripts). Built here as the package
 * builds them, from its siblings' dist.
 */
const repoRoot = new URL('../..', import.meta.url).pathname;
const cdnDir = join(repoRoot, 'packages/elements/cdn');
const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Vendor page</title>
<script src="/watch-csp.js"></script></head><body><main>
<form method="post" action="/save"><ot-assessment name="barthel" subject-reference="Person/csp"></ot-assessment></form>
</main><script type="module" src="/host.js"></script></body></html>`;
const watchCsp = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const host = `import * as otforms from '/otforms.js';
import * as catalogue from '/catalogue.js';
window.exported = { otforms: Object.keys(otforms), catalogue: Object.keys(catalogue) };
const assessment = document.querySelector('ot-assessment');
assessment.addEventListener('ot-outcome', (event) => { window.record = event.detail; });
assessment.definition = catalogue.getInstrument('barthel-cw20');`;

/** What a TypeScript consumer of the installed package writes; it must type-check as it is. */
const consumer = `import { OtAssessment, validateOutcomeRecord, type OutcomeRecord } from '@otforms/elements/cdn/otforms.js';
import { catalogue, getInstrument } from '@otforms/elements/cdn/catalogue.js';

const assessment: OtAssessment = document.createElement('ot-assessment');
const definition = getInstrument('barthel-cw20');
if (definition) assessment.definition = definition;
assessment.addEventListener('ot-outcome', (event) => {
  const record: OutcomeRecord = event.detail;
  const result = validateOutcomeRecord(record);
  if (result.success) console.info(result.record.recordId, catalogue.length);
});
`;

describe('the CDN files in a plain HTML page', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    // npm runs these in the root's workspace order: core, machines, instruments, elements.
    execFileSync('npm', ['run', 'build', '--silent', '-w', '@otforms/core', '-w', '@otforms/machines', '-w', '@otforms/instruments', '-w', '@otforms/elements'], {
      cwd: repoRoot,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    server = await serveStatic(cdnDir, { '/': page, '/watch-csp.js': watchCsp, '/host.js': host, '/favicon.ico': '' }, { 'content-security-policy': csp });
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('completes an assessment under a strict CSP without a single violation, loading each file once', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    const requested: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    tab.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await tab.goto(server.url);
    await tab.getByRole('heading', { name: 'Activities of daily living' }).waitFor();
    for (const legend of await tab.locator('fieldset').all()) {
      await legend.getByRole('radio').first().check();
    }
    await tab.getByRole('button', { name: 'Continue' }).click();
    await tab.getByRole('button', { name: 'Complete assessment' }).click();
    await tab.getByRole('heading', { name: 'Assessment complete' }).waitFor();
    const record = await tab.evaluate(() => (window as unknown as { record: unknown }).record);
    expect(core.validateOutcomeRecord(record)).toMatchObject({ success: true, record: { total: 0, subject: { reference: 'Person/csp' } } });
    expect(await tab.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    // catalogue.js takes core from otforms.js, so the page fetches nothing else.
    expect(requested.sort()).toEqual(['/', '/catalogue.js', '/host.js', '/otforms.js', '/watch-csp.js']);

    const exported = await tab.evaluate(() => (window as unknown as { exported: { otforms: string[]; catalogue: string[] } }).exported);
    expect(exported.otforms).toEqual(expect.arrayContaining([...Object.keys(core), 'OtAssessment', 'OtGoalPlan', 'OtEpisode', 'OtOutcomeEvent']));
    expect(exported.catalogue.sort()).toEqual(Object.keys(instruments).sort());
    await tab.close();
  });

  it('keeps core out of catalogue.js: its one import is ./otforms.js', () => {
    const catalogueFile = readFileSync(join(cdnDir, 'catalogue.js'), 'utf8');
    expect([...catalogueFile.matchAll(/\bfrom\s*["']([^"']+)["']|\bimport\s*["']([^"']+)["']/g)].map((match) => match[1] ?? match[2])).toEqual(['./otforms.js']);
    // A message from core's record schema is in otforms.js only.
    expect(readFileSync(join(cdnDir, 'otforms.js'), 'utf8')).toContain('completedAt must not be before startedAt');
    expect(catalogueFile).not.toContain('completedAt must not be before startedAt');
  });

  it('has hand-written catalogue types that say what @otforms/instruments says', () => {
    // Checked by `tsc --noEmit` (npm run typecheck), which reads this file.
    expectTypeOf<cdnCatalogue.CatalogueEntry>().toEqualTypeOf<instruments.CatalogueEntry>();
    expectTypeOf<cdnCatalogue.ReferenceCase>().toEqualTypeOf<instruments.ReferenceCase>();
    expectTypeOf<typeof cdnCatalogue.catalogue>().toEqualTypeOf<typeof instruments.catalogue>();
    expectTypeOf<typeof cdnCatalogue.getInstrument>().toEqualTypeOf<typeof instruments.getInstrument>();
    expectTypeOf<keyof typeof cdnCatalogue>().toEqualTypeOf<keyof typeof instruments>();
    expectTypeOf(instruments.barthelDefinition).toExtend<typeof cdnCatalogue.barthelDefinition>();
    expectTypeOf(instruments.lawtonDefinition).toExtend<typeof cdnCatalogue.lawtonDefinition>();
    expectTypeOf(instruments.fesIDefinition).toExtend<typeof cdnCatalogue.fesIDefinition>();
    expectTypeOf(instruments.shortFesIDefinition).toExtend<typeof cdnCatalogue.shortFesIDefinition>();
    expectTypeOf(instruments.tugDefinition).toExtend<typeof cdnCatalogue.tugDefinition>();
    expectTypeOf(instruments.personRatedPerformanceDefinition).toExtend<typeof cdnCatalogue.personRatedPerformanceDefinition>();
  });

  it('types both files for a TypeScript consumer (nodenext, strict, library types checked)', () => {
    // Under node_modules, so that '@otforms/elements' resolves through its package exports as it does in a host.
    const dir = join(repoRoot, 'node_modules/.cache/otforms-cdn-consumer');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), '{ "type": "module" }\n');
    writeFileSync(join(dir, 'page.ts'), consumer);
    const compilerOptions = { module: 'nodenext', target: 'es2022', lib: ['es2023', 'dom', 'dom.iterable'], strict: true, noEmit: true, types: [], skipLibCheck: false };
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['page.ts'] }));
    const run = () => execFileSync(join(repoRoot, 'node_modules/.bin/tsc'), ['-p', dir], { encoding: 'utf8' });
    expect(run).not.toThrow();
  });
});
