// Writes a host app's package-lock.json again after its package.json has
// changed: `npm install` in a copy outside the repository (as run-hosts.mjs
// runs it), the packed tarballs' integrity dropped, and the lockfile copied
// back. `node tests/packages/pack.mjs && node tests/hosts/relock.mjs NAME…`
import { spawnSync } from 'node:child_process';
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { copyHost, forgetPackedIntegrity, hostsDir } from './host-copy.mjs';

const names = process.argv.slice(2);
if (names.length === 0) throw new Error('name the hosts to relock: node tests/hosts/relock.mjs react-19 vue');
for (const name of names) {
  const { top, dir } = copyHost(name);
  try {
    const { status } = spawnSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, stdio: 'inherit' });
    if (status !== 0) throw new Error(`npm install in ${name} exited ${status}`);
    forgetPackedIntegrity(dir);
    copyFileSync(join(dir, 'package-lock.json'), join(hostsDir, name, 'package-lock.json'));
    console.log(`relocked tests/hosts/${name}/package-lock.json`);
  } finally {
    rmSync(top, { recursive: true, force: true });
  }
}
