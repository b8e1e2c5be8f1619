import { defineConfig, type Plugin } from 'vite';

/**
 * The CDN files in cdn/, for pages without a bundler (`npm run build:cdn`):
 * `vite build -c vite.cdn.config.ts` makes otforms.js and reporting.js in one
 * run; `--mode catalogue` makes catalogue.js, whose @otforms/core is otforms.js.
 *
 * Built from the packages' dist/ (this package's own after `tsc`), never their
 * source: no "@otforms/source" condition is asked for, so every @otforms/*
 * import resolves as it does in a host. The file shipped is made of the very
 * modules the npm package ships, with their decorators compiled by tsc.
 *
 * otforms.js registers every element but `<ot-outcome-report>`, which most
 * pages (the forms) do not need; reporting.js registers that one. Built
 * together, the modules both use (Lit, core, zod, shared styles) would go to
 * a third, hashed file that each imports. Instead every module otforms.js
 * reaches is put in otforms.js, which then also exports, under short
 * minified names, what reporting.js takes from it ('allow-extension'). So
 * otforms.js imports nothing, reporting.js imports only ./otforms.js, a page
 * loads each module once, and the two files must come from the same build.
 *
 * reporting.js has outcome-summary-worker.js written beside it: the worker
 * that `<ot-outcome-report>` (through summariseOffMainThread) starts for
 * 5,000 records or more, found from `new URL('./outcome-summary-worker.js',
 * import.meta.url)`. It is an ES module with its own copy of what it needs
 * (zod/mini, core, reporting; no `new Function`, so no CSP change), loaded
 * only when a large report runs; a page that leaves it out gets the same
 * report, made on the main thread in slices.
 */

const otformsEntry = /[\\/]cdn-src[\\/]otforms\.ts$/;

/**
 * Every module cdn-src/otforms.ts imports, directly or not, known once the
 * module graph is complete (before chunks are made). otforms.ts imports the
 * elements' classes from their own modules so that this never reaches the report.
 */
function reachOfOtforms(): { plugin: Plugin; has: (id: string) => boolean } {
  const reached = new Set<string>();
  const plugin: Plugin = {
    name: 'otforms-cdn-reach',
    buildEnd() {
      const pending = [...this.getModuleIds()].filter((id) => otformsEntry.test(id));
      if (pending.length !== 1) throw new Error(`expected one cdn-src/otforms.ts in the graph, found ${pending.length}`);
      for (let id = pending.pop(); id !== undefined; id = pending.pop()) {
        if (reached.has(id)) continue;
        reached.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
  };
  return { plugin, has: (id) => reached.has(id) };
}

export default defineConfig(({ mode }) => {
  const catalogue = mode === 'catalogue';
  const otforms = reachOfOtforms();
  // Each entry's name is its file's name: otforms.js, reporting.js, catalogue.js.
  const entry: Record<string, string> = catalogue ? { catalogue: 'cdn-src/catalogue.ts' } : { otforms: 'cdn-src/otforms.ts', reporting: 'cdn-src/reporting.ts' };
  return {
    publicDir: false,
    logLevel: 'warn',
    plugins: catalogue ? [] : [otforms.plugin],
    // Relative, so reporting.js finds the worker beside itself wherever a host puts the files.
    base: './',
    build: {
      target: 'es2022',
      outDir: 'cdn',
      // cdn/ also holds the hand-written .d.ts files.
      emptyOutDir: false,
      lib: {
        entry,
        formats: ['es'],
        fileName: (_format, name) => `${name}.js`,
      },
      rolldownOptions: {
        external: catalogue ? ['@otforms/core'] : [],
        // Vite's library mode says 'strict', which would keep the shared modules out of otforms.js.
        preserveEntrySignatures: 'allow-extension',
        output: {
          // Vite's library mode keeps whitespace in 'es' output unless asked.
          minify: true,
          // Nothing bundles these files again, so @__PURE__ marks are only bytes; licences stay.
          comments: { legal: true, annotation: false, jsdoc: false },
          ...(catalogue
            ? { paths: { '@otforms/core': './otforms.js' } }
            : // The group holds the otforms.ts entry itself, so it is otforms.js, not a chunk of its own.
              { codeSplitting: { groups: [{ name: 'otforms', test: otforms.has }] } }),
        },
      },
    },
    worker: {
      format: 'es',
      rolldownOptions: {
        output: {
          // A fixed name, beside reporting.js, that a host copies with it.
          entryFileNames: 'outcome-summary-worker.js',
          minify: true,
          comments: { legal: true, annotation: false, jsdoc: false },
        },
      },
    },
  };
});
