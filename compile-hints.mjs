// V8's explicit compile hint (Chromium 136 and later): a script whose very
// first line is `//# allFunctionsCalledOnLoad` has all its functions compiled
// while it loads, on a background thread as it streams in, rather than each
// one on the main thread the first time it runs. Measured on the bench's
// otforms page (one assessment, compiled definition), about half of what the
// first render spent running script was that first-time compiling.
//
// The comment only counts on the first line (measured: on the second, the
// first render is as slow as without it). Vite puts its `__vite__mapDeps`
// line at the top of a chunk that imports on demand, after the output's
// banners, so the hint is added here, once every other plugin has written
// the chunk. Other browsers read it as a comment. The file names' hashes are
// worked out before this, so they do not change with it: a cached copy
// without the line runs the same code.
//
// It is a page's choice, not the library's: eager compiling costs memory for
// the bytecode of functions that may never run (about 0.3 MB more JS heap on
// the 300-item bench form). It fits chunks a page loads up front and runs;
// a chunk imported on demand (Welsh words, the photo question) is left lazy,
// and so is the CDN file, which holds every element when a page uses one or two.

/** The magic comment, exactly as V8 looks for it. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * A Vite plugin: the compile hint on the first line of every chunk a page loads up front, that is an entry and what
 * it imports, statically, however deep. A chunk that only code imported with `import()` needs is left as it is.
 */
export function compileHints() {
  return {
    name: 'otforms:compile-hints',
    apply: 'build',
    enforce: 'post',
    // `order: 'post'`: after Vite's own generateBundle, which puts `__vite__mapDeps` first.
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const chunk of upFrontChunks(bundle)) {
          if (chunk.code.startsWith(COMPILE_HINT)) continue;
          chunk.code = `${COMPILE_HINT}\n${chunk.code}`;
          // One line more at the top: a source map's lines are `;`-separated, so an empty first line keeps the rest in place.
          if (chunk.map) chunk.map.mappings = `;${chunk.map.mappings}`;
          const mapFile = bundle[`${chunk.fileName}.map`];
          if (mapFile?.type === 'asset') {
            const map = JSON.parse(String(mapFile.source));
            mapFile.source = JSON.stringify({ ...map, mappings: `;${map.mappings}` });
          }
        }
      },
    },
  };
}

/** The entry chunks and every chunk they import statically. */
function upFrontChunks(bundle) {
  const found = new Map();
  const visit = (fileName) => {
    const chunk = bundle[fileName];
    if (found.has(fileName) || chunk?.type !== 'chunk') return;
    found.set(fileName, chunk);
    chunk.imports.forEach(visit);
  };
  for (const output of Object.values(bundle)) if (output.type === 'chunk' && output.isEntry) visit(output.fileName);
  return found.values();
}
