import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'vite';
import { chromium, type Browser } from 'playwright-core';
import { validateOutcomeRecord } from '@otforms/core';
import { chromeArgs, chromePath } from '../chromium.mjs';
import { serveStatic } from './static-server.js';

/**
 * The one-file bundle in a plain page, as a vendor without a bundler would
 * use it, under a strict Content-Security-Policy: the page must work and the
 * browser must report no violation (no eval, no inline styles or scripts).
 */
const csp = "default-src 'self'; script-src 'self'; style-src 'self'";
const page = `<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><title>Vendor page</title>
<script src="/watch-csp.js"></script></head><body><main>
<form method="post" action="/save"><ot-assessment name="barthel" subject-reference="Person/csp"></ot-assessment></form>
</main><script type="module" src="/host.js"></script></body></html>`;
const watchCsp = `window.violations = [];
document.addEventListener('securitypolicyviolation', (e) => window.violations.push(e.violatedDirective + ' ' + e.blockedURI));`;
const host = `import { getInstrument } from '/otforms.js';
const assessment = document.querySelector('ot-assessment');
assessment.addEventListener('ot-outcome', (event) => { window.record = event.detail; });
assessment.definition = getInstrument('barthel-cw20');`;

describe('the one-file bundle in a plain HTML page', () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;

  beforeAll(async () => {
    await build({ mode: 'bundle', logLevel: 'silent' });
    server = await serveStatic('dist/otforms', { '/': page, '/watch-csp.js': watchCsp, '/host.js': host, '/favicon.ico': '' }, { 'content-security-policy': csp });
    browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('completes an assessment under a strict CSP without a single violation', async () => {
    const tab = await browser.newPage();
    const errors: string[] = [];
    tab.on('pageerror', (error) => errors.push(error.message));
    tab.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await tab.goto(server.url);
    await tab.getByRole('heading', { name: 'Activities of daily living' }).waitFor();
    for (const legend of await tab.locator('fieldset').all()) {
      await legend.getByRole('radio').first().check();
    }
    await tab.getByRole('button', { name: 'Continue' }).click();
    await tab.getByRole('button', { name: 'Complete assessment' }).click();
    await tab.getByRole('heading', { name: 'Assessment complete' }).waitFor();
    const record = await tab.evaluate(() => (window as unknown as { record: unknown }).record);
    expect(validateOutcomeRecord(record)).toMatchObject({ success: true, record: { total: 0, subject: { reference: 'Person/csp' } } });
    expect(await tab.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(errors).toEqual([]);
    await tab.close();
  });
});
