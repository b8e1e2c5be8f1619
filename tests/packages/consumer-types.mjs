// Type-checks what a host writes against the PACKED tarballs, in the
// project tests/packages/consumer: React 19 JSX through
// @otforms/elements/jsx, the @otforms/react components, the CDN files'
// types (and catalogue.d.ts against @otforms/instruments), Vue templates
// through @otforms/elements/vue with vue-tsc, and each `define` entry on its
// own. Every check is strict with `skipLibCheck: false`, so a package whose
// .d.ts import something it does not declare fails here as in a host.
//
// The project runs in a copy outside the repository (packed-project.mjs says why).
//
// `node tests/packages/consumer-types.mjs` runs the checks (pack first);
// `--relock` writes the project's package-lock.json again after its
// package.json changed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from './pack.mjs';
import { copyPackedProject, forgetPackedIntegrity, relockPackedProject } from './packed-project.mjs';

const consumerDir = join(repoRoot, 'tests', 'packages', 'consumer');

function run(dir, command, args) {
  const result = spawnSync(command, args, { cwd: dir, encoding: 'utf8' });
  return { ok: result.status === 0, output: `${result.stdout ?? ''}\n${result.stderr ?? ''}${result.error ? `\n${result.error.message}` : ''}`.trim() };
}

/** `./define` → `src/define/define.ts`; `./define/ot-assessment` → `src/define/ot-assessment.ts`. */
const defineFixture = (entry) => `src/define/${entry === './define' ? 'define' : entry.slice('./define/'.length)}.ts`;

/**
 * Runs every check in a fresh copy and calls `report(name, ok, output)` for
 * each. The copy is deleted when all pass and kept (its path reported) when
 * one fails, to look into.
 */
export function checkConsumerTypes(report) {
  let copy;
  try {
    copy = copyPackedProject(consumerDir);
  } catch (error) {
    report('consumer project: copied outside the repository', false, error instanceof Error ? error.message : String(error));
    return;
  }
  const { top, dir } = copy;
  let allOk = true;
  const check = (name, { ok, output }) => {
    allOk &&= ok;
    report(name, ok, output);
    return ok;
  };
  // TypeScript 7 (native, and what a new host gets) for tsc; vue-tsc needs
  // the JavaScript API that only TypeScript 6 still has (the Vue starter pins it).
  const tsc = (project) => run(dir, process.execPath, [join(dir, 'node_modules/typescript-7/bin/tsc'), '-p', project]);

  forgetPackedIntegrity(dir);
  if (check('consumer project: npm ci of the packed tarballs', run(dir, 'npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error']))) {
    check('consumer types: React 19 JSX (@otforms/elements/jsx), @otforms/react and the CDN files, nodenext', tsc('tsconfig.json'));
    check('consumer types: the same, moduleResolution bundler', tsc('tsconfig.bundler.json'));
    check('consumer types: Vue templates (@otforms/elements/vue), vue-tsc', run(dir, process.execPath, [join(dir, 'node_modules/vue-tsc/bin/vue-tsc.js'), '-p', 'tsconfig.vue.json']));
    // Each entry in its own program: in one, an entry's declarations would stand in for another's.
    const { exports } = JSON.parse(readFileSync(join(dir, 'node_modules/@otforms/elements/package.json'), 'utf8'));
    for (const entry of Object.keys(exports).filter((key) => key === './define' || key.startsWith('./define/'))) {
      const name = `consumer types: @otforms/elements/${entry.slice(2)} alone types its tags and events`;
      const fixture = defineFixture(entry);
      if (!existsSync(join(dir, fixture))) {
        check(name, { ok: false, output: `tests/packages/consumer/${fixture} is missing: write what a host importing only this entry writes` });
        continue;
      }
      const project = `tsconfig.${entry.slice(2).replace('/', '-')}.json`;
      writeFileSync(join(dir, project), JSON.stringify({ extends: './tsconfig.base.json', files: [fixture] }));
      check(name, tsc(project));
    }
  }
  if (allOk) rmSync(top, { recursive: true, force: true });
  else console.log(`     kept the consumer project in ${dir} to look into; delete it when done`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (process.argv.includes('--relock')) {
    relockPackedProject(consumerDir);
  } else {
    let failed = 0;
    checkConsumerTypes((name, ok, output) => {
      console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
      if (!ok) failed++;
      if (!ok && output) console.log(output.replace(/^/gm, '     '));
    });
    process.exit(failed ? 1 : 0);
  }
}
