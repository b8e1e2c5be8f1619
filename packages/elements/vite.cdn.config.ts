import { defineConfig } from 'vite';

/**
 * The two CDN files in cdn/, for pages without a bundler (`npm run build:cdn`):
 * `vite build -c vite.cdn.config.ts` makes otforms.js, everything inlined;
 * `--mode catalogue` makes catalogue.js, whose @otforms/core is otforms.js.
 *
 * Built from the packages' dist/ (this package's own after `tsc`), never their
 * source: no "@otforms/source" condition is asked for, so every @otforms/*
 * import resolves as it does in a host. The file shipped is made of the very
 * modules the npm package ships, with their decorators compiled by tsc.
 *
 * otforms.js also writes outcome-summary-worker.js beside it: the worker that
 * `<ot-outcome-report>` (through summariseOffMainThread) starts for 5,000
 * records or more, found from `new URL('./outcome-summary-worker.js',
 * import.meta.url)`. It is an ES module with its own copy of what it needs
 * (zod/mini, core, reporting; no `new Function`, so no CSP change), loaded
 * only when a large report runs; a page that leaves it out gets the same
 * report, made on the main thread in slices.
 */
export default defineConfig(({ mode }) => {
  const catalogue = mode === 'catalogue';
  return {
    publicDir: false,
    logLevel: 'warn',
    // Relative, so otforms.js finds the worker beside itself wherever a host puts the two.
    base: './',
    build: {
      target: 'es2022',
      outDir: 'cdn',
      // cdn/ also holds the hand-written .d.ts files.
      emptyOutDir: false,
      lib: {
        entry: catalogue ? 'cdn-src/catalogue.ts' : 'cdn-src/otforms.ts',
        formats: ['es'],
        fileName: () => (catalogue ? 'catalogue.js' : 'otforms.js'),
      },
      rolldownOptions: {
        external: catalogue ? ['@otforms/core'] : [],
        output: {
          // Vite's library mode keeps whitespace in 'es' output unless asked.
          minify: true,
          // Nothing bundles these files again, so @__PURE__ marks are only bytes; licences stay.
          comments: { legal: true, annotation: false, jsdoc: false },
          ...(catalogue ? { paths: { '@otforms/core': './otforms.js' } } : {}),
        },
      },
    },
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          // A fixed name, beside otforms.js, that a host copies with it.
          entryFileNames: 'outcome-summary-worker.js',
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
