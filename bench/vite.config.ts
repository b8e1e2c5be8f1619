import { fileURLToPath } from 'node:url';
import { mergeConfig, type UserConfig } from 'vite';
import demoConfig from '../vite.config.js';
import { compiledDefinitions } from './compiled/compiled-definitions.mjs';

/**
 * The benchmark pages, built with the demo's own build settings (target,
 * minification) so they measure what a host would ship: only root, outDir and
 * the inputs differ. `BENCH_PROFILE=1` (scripts/bench.mjs --profile)
 * keeps names and one file per module, so a CPU profile names the functions
 * and the packages/ files they come from. `BENCH_PAGES=reporting` builds the
 * reporting page (bench/reporting/run.mjs) alone, into dist/bench-reporting:
 * built with the form pages, it would share a chunk with the otforms page
 * and change how that page loads. The form pages' build also compiles each
 * bench form in Node (compiled/compiled-definitions.mjs) into `compiled/<items>.json`,
 * which the otforms page is given, as a vendor gives a catalogue form.
 */
const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const profile = process.env.BENCH_PROFILE === '1';
const reporting = process.env.BENCH_PAGES === 'reporting';
const outDir = reporting ? '../dist/bench-reporting' : profile ? '../dist/bench-profile' : '../dist/bench';

const bench: UserConfig = {
  root: here('.'),
  plugins: reporting ? [] : [compiledDefinitions()],
  build: {
    outDir: here(outDir),
    emptyOutDir: true,
    rolldownOptions: {
      input: reporting
        ? { reporting: here('reporting-page/index.html') }
        : { otforms: here('otforms-page/index.html'), vanilla: here('vanilla-page/index.html') },
      ...(profile ? { output: { minify: false, preserveModules: true } } : {}),
    },
  },
};

// The demo's own pages are not benchmark pages: its inputs are left out rather than merged.
const { input: _demoPages, ...demoRolldown } = demoConfig.build?.rolldownOptions ?? {};
export default mergeConfig({ ...demoConfig, build: { ...demoConfig.build, rolldownOptions: demoRolldown } }, bench);
