// Bundles parse-cost.ts with esbuild (Node 20 cannot run TypeScript) and runs it:
//   node bench/parse-cost/run.mjs [items per section…]   (default: 20 200, i.e. 300 and 3,000 items)
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { workspaceSources } from '../../workspace-source.mjs';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const outfile = here('../../dist/bench-node/parse-cost.mjs');
const alias = workspaceSources();
await build({ entryPoints: [here('./parse-cost.ts')], bundle: true, platform: 'node', format: 'esm', outfile, alias, logLevel: 'warning' });
const { status } = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], { stdio: 'inherit' });
process.exit(status ?? 1);
