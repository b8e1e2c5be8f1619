/**
 * `npm run analyze` (run by `npm run storybook` and `npm run build-storybook`):
 * the same packages/elements/custom-elements.json as the package build
 * writes, from the repository root, for Storybook's controls and docs. The
 * package build (packages/elements/custom-elements-manifest.config.mjs) also
 * writes the editor data and framework types; Storybook needs only the manifest.
 */
import { manifestPlugins, sourceExcludes, sourceGlobs } from './packages/elements/scripts/manifest-plugins.mjs';

const inPackage = (glob) => `packages/elements/${glob}`;

export default {
  globs: sourceGlobs.map(inPackage),
  exclude: sourceExcludes.map(inPackage),
  outdir: 'packages/elements',
  litelement: true,
  // package.json already names the manifest; the analyzer would rewrite the file to say so.
  packagejson: false,
  plugins: manifestPlugins(),
};
