import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { compileHints } from './compile-hints.mjs';
import { sourceAliases } from './workspace-source.mjs';

const demoRoot = resolve(import.meta.dirname, 'demo');

/**
 * Every page: the episode, the single forms it is made of, the home visit, and the outcome
 * report across people. `OTFORMS_DEMO_PAGE=assessment` builds one page alone
 * (into dist/demo-assessment): the benchmark sizes each page that way, as a
 * host embedding only that page would bundle it, because chunks shared
 * between pages of one build change with every page added.
 */
function demoPages(): Record<string, string> {
  const pages = { index: 'index.html', assessment: 'assessment.html', goals: 'goals.html', 'home-visit': 'home-visit.html', outcomes: 'outcomes.html' };
  const only = process.env.OTFORMS_DEMO_PAGE;
  if (only && !(only in pages)) throw new Error(`OTFORMS_DEMO_PAGE must be one of ${Object.keys(pages).join(', ')}`);
  const chosen = Object.entries(pages).filter(([name]) => !only || name === only);
  return Object.fromEntries(chosen.map(([name, file]) => [name, resolve(demoRoot, file)]));
}

/**
 * `npm start` serves the demo; `vite build` builds it (the benchmark measures
 * that build). Minified fully, in one chunk per page, so the modulepreload
 * polyfill would only add bytes. The chunks a page loads up front carry V8's
 * compile hint (compile-hints.mjs), as the hosts guide suggests a host's own
 * build does. The one-file CDN build for hosts without a
 * bundler belongs to @otforms/elements (packages/elements/vite.cdn.config.ts).
 */
export default defineConfig({
  resolve: { alias: sourceAliases() },
  plugins: [compileHints()],
  root: 'demo',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    outDir: process.env.OTFORMS_DEMO_PAGE ? `../dist/demo-${process.env.OTFORMS_DEMO_PAGE}` : '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      output: { minify: true },
      input: demoPages(),
    },
  },
});
