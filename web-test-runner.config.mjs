// Browser tests (npx wtr): the elements' own tests plus cross-package ones in tests/browser.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './tests/chromium.mjs';
import { summaryReporter } from './tests/summary-reporter.mjs';
import { validateFhirPlugin } from './tests/validate-fhir-plugin.mjs';
import { validateJsonSchemaPlugin } from './tests/validate-json-schema-plugin.mjs';
import { sourceResolverPlugin } from './workspace-source.mjs';

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

const readBody = async (req) => {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
};

// Native form submission tests post into an <iframe> and read back what the
// browser sent; without a real endpoint they would only see a 404 page.
// GET echoes the query string, any other method the raw (urlencoded) body.
async function echo(ctx, next) {
  if (ctx.path !== '/__echo') return next();
  const text = ctx.method === 'GET' || ctx.method === 'HEAD' ? ctx.querystring : await readBody(ctx.req);
  ctx.type = 'html';
  ctx.body = `<!doctype html><title>echo</title><pre id="echo">${escapeHtml(text)}</pre>\n`;
}

// A module worker is started from `new URL('./x.js', import.meta.url)`, which is
// not an import, so the esbuild plugin never rewrites it to the .ts source as it
// does imports (Vite's dev server does). Serve the source for such a URL.
async function workerSource(ctx, next) {
  const path = decodeURIComponent(ctx.path);
  if (/^\/packages\/[^/]+\/src\/.+\.js$/.test(path) && !existsSync(join(import.meta.dirname, path)) && existsSync(join(import.meta.dirname, `${path.slice(0, -3)}.ts`))) {
    ctx.url = ctx.url.replace(/\.js(?=$|\?)/, '.ts');
  }
  return next();
}

export default {
  files: ['packages/elements/src/**/*.test.ts', 'tests/browser/**/*.test.ts'],
  // 'development' gives Lit's dev-mode checks (and its "dev mode" console note);
  // 'browser' picks a dependency's browser build, as Vite does (hyparquet-writer's default one imports node:fs).
  nodeResolve: { exportConditions: ['development', 'browser'] },
  // The tsconfig's experimentalDecorators/useDefineForClassFields: false make
  // esbuild emit legacy decorators, matching tsc, Vite and Storybook.
  plugins: [sourceResolverPlugin(), esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' }), validateJsonSchemaPlugin(), validateFhirPlugin()],
  middleware: [echo, workerSource],
  // executablePath is always given, so the launcher never looks for (or fetches) a browser itself.
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs } })],
  // 2-core machines: one page at a time keeps timings stable and focus-dependent tests honest.
  concurrency: 1,
  testFramework: { config: { timeout: 20000 } },
  reporters: [defaultReporter(), summaryReporter()],
};
