import { resolve } from 'node:path';
import { defineConfig } from 'vite';
import { sourceResolve } from './workspace-source.mjs';

const demoRoot = resolve(import.meta.dirname, 'demo');

// The demo is one chunk, so the modulepreload polyfill would only add bytes.
const shared = { target: 'es2022', modulePreload: { polyfill: false }, rolldownOptions: { output: { minify: true } } } as const;

/**
 * `npm start` serves the demo; `vite build` builds it (the benchmark measures
 * that build). `vite build --mode bundle` builds `dist/otforms/otforms.js`,
 * the one-file ES module for hosts without a bundler. Both minify fully:
 * Vite's library mode otherwise keeps whitespace in 'es' output.
 */
export default defineConfig(({ mode }) =>
  mode === 'bundle'
    ? {
        ...sourceResolve,
        publicDir: false,
        build: {
          ...shared,
          outDir: 'dist/otforms',
          emptyOutDir: true,
          lib: { entry: 'bundle/otforms.ts', formats: ['es'], fileName: () => 'otforms.js' },
        },
      }
    : {
        ...sourceResolve,
        root: 'demo',
        publicDir: false,
        server: { host: '127.0.0.1', port: 5173 },
        build: {
          ...shared,
          outDir: '../dist/demo',
          emptyOutDir: true,
          // Every page: the episode, and the single forms it is made of.
          rolldownOptions: {
            ...shared.rolldownOptions,
            input: { index: resolve(demoRoot, 'index.html'), assessment: resolve(demoRoot, 'assessment.html'), goals: resolve(demoRoot, 'goals.html') },
          },
        },
      },
);
