import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sourceAliases } from './workspace-source.mjs';

const demoRoot = resolve(import.meta.dirname, 'demo');

/**
 * `npm start` serves the demo; `vite build` builds it (the benchmark measures
 * that build). Minified fully, in one chunk per page, so the modulepreload
 * polyfill would only add bytes. The one-file CDN build for hosts without a
 * bundler belongs to @otforms/elements (packages/elements/vite.cdn.config.ts).
 */
export default defineConfig({
  resolve: { alias: sourceAliases() },
  root: 'demo',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    target: 'es2022',
    modulePreload: { polyfill: false },
    outDir: '../dist/demo',
    emptyOutDir: true,
    rolldownOptions: {
      output: { minify: true },
      // Every page: the episode, the single forms it is made of, and the outcome report across people.
      input: {
        index: resolve(demoRoot, 'index.html'),
        assessment: resolve(demoRoot, 'assessment.html'),
        goals: resolve(demoRoot, 'goals.html'),
        outcomes: resolve(demoRoot, 'outcomes.html'),
      },
    },
  },
});
