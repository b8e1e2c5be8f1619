// The custom-elements manifest of @otforms/elements, made in memory from the
// same config and plugins as `npm run analyze`, so a test reads what
// Storybook and editors will read without needing the generated (and
// git-ignored) packages/elements/custom-elements.json, and writes nothing.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { create, ts } from '@custom-elements-manifest/analyzer';
import { litPlugin } from '@custom-elements-manifest/analyzer/src/features/framework-plugins/lit/lit.js';
import config from '../../custom-elements-manifest.config.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));

/** A glob as the analyzer's globby reads it (`**`, `*`), as a RegExp over repository paths. */
function globPattern(glob) {
  const body = glob
    .split(/(\*\*\/|\*\*|\*)/)
    .map((piece) => ({ '**/': '(?:.*/)?', '**': '.*', '*': '[^/]*' })[piece] ?? piece.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('');
  return new RegExp(`^${body}$`);
}

/** The files the config's globs take, minus its excludes; Node 20 has no fs.glob, so each glob's fixed folder is walked. */
function configFiles() {
  const include = config.globs.map(globPattern);
  const exclude = (config.exclude ?? []).map(globPattern);
  const folders = new Set(config.globs.map((glob) => glob.slice(0, glob.indexOf('*')).replace(/\/[^/]*$/, '')));
  const files = [...folders].flatMap((folder) => readdirSync(`${root}${folder}`, { recursive: true }).map((file) => `${folder}/${file}`));
  return [...new Set(files)].filter((file) => include.some((pattern) => pattern.test(file)) && !exclude.some((pattern) => pattern.test(file))).sort();
}

export function elementsManifest() {
  const modules = configFiles().map((file) => ts.createSourceFile(file, readFileSync(`${root}${file}`, 'utf8'), ts.ScriptTarget.ES2015, true));
  return create({ modules, plugins: [...(config.litelement ? litPlugin() : []), ...(config.plugins ?? [])] });
}
