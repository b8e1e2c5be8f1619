/**
 * The custom-elements manifest of @otforms/elements, written by the package
 * build (`npm run build -w @otforms/elements`, after tsc) as
 * custom-elements.json: the public API read from the JSDoc (`@fires`,
 * `@csspart`, `@cssprop`, `@slot`) with module paths of the built files.
 * From the same manifest it writes the editor data and framework types into
 * dist/ (scripts/integrations.mjs). Run it from this folder.
 */
import { manifestPlugins, sourceExcludes, sourceGlobs } from './scripts/manifest-plugins.mjs';
import { integrationPlugins } from './scripts/integrations.mjs';

export default {
  globs: sourceGlobs,
  exclude: sourceExcludes,
  outdir: '.',
  litelement: true,
  // package.json already names the manifest; the analyzer would rewrite the file to say so.
  packagejson: false,
  // `npm pack --json` runs this build (prepack), and its stdout must be JSON only.
  quiet: true,
  plugins: [...manifestPlugins(), ...integrationPlugins()],
};
