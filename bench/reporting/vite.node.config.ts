import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { sourceAliases } from '../../workspace-source.mjs';

/**
 * The Node half of the reporting bench. Node 20 cannot run TypeScript, so
 * each script is bundled on its own into one file, dist/bench-node/<name>.js,
 * with the workspace packages read from their source and zod inlined, and run
 * with `node`. One file per script, so that the generator's bundle is exactly
 * what the cohort cache is keyed on (cohort-cache.mjs). Not minified, so
 * that a CPU profile names the functions; `BENCH_PROFILE=1` (bench --profile)
 * also keeps one file per module, in dist/bench-node-profile, so that a
 * profile names the packages/ file each function comes from.
 *
 *   BENCH_NODE_ENTRY=generate-cohort|summarise-node vite build --config bench/reporting/vite.node.config.ts
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const entry = process.env.BENCH_NODE_ENTRY;
const profile = process.env.BENCH_PROFILE === '1';
if (entry !== 'generate-cohort' && entry !== 'summarise-node') throw new Error('set BENCH_NODE_ENTRY to generate-cohort or summarise-node');

export default defineConfig({
  resolve: { alias: sourceAliases() },
  publicDir: false,
  ssr: { noExternal: true },
  build: {
    ssr: true,
    target: 'node20',
    outDir: here(profile ? '../../dist/bench-node-profile' : '../../dist/bench-node'),
    emptyOutDir: profile,
    minify: false,
    rolldownOptions: {
      input: { [entry]: here(`${entry}.ts`) },
      output: profile
        ? { format: 'es', preserveModules: true, preserveModulesRoot: here('../..') }
        : { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
