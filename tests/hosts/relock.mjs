// Writes a host app's package-lock.json again after its package.json has
// changed (see relockPackedProject). `node tests/packages/pack.mjs && node tests/hosts/relock.mjs NAME…`
import { join } from 'node:path';
import { relockPackedProject } from '../packages/packed-project.mjs';

const hostsDir = new URL('.', import.meta.url).pathname;
const names = process.argv.slice(2);
if (names.length === 0) throw new Error('name the hosts to relock: node tests/hosts/relock.mjs react-19 vue');
for (const name of names) relockPackedProject(join(hostsDir, name));
