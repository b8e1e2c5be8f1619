import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import type { AliasOptions, Alias } from 'vite';
import { sourceAliases } from '../workspace-source.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** Vite takes aliases as an object or an array; Storybook's own come either way. */
const toAliasArray = (alias: AliasOptions | undefined): Alias[] =>
  Array.isArray(alias) ? alias : Object.entries(alias ?? {}).map(([find, replacement]) => ({ find, replacement }));

const config: StorybookConfig = {
  stories: ['../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-a11y', '@storybook/addon-docs'],
  framework: { name: '@storybook/web-components-vite', options: {} },
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  viteFinal: async (viteConfig) => ({
    ...viteConfig,
    // The root vite.config.ts is the demo's (`root: 'demo'`). Storybook's builder
    // already puts root back and drops its `build`; this keeps that true whatever the builder does.
    root: repoRoot,
    // The workspace packages from source, whether or not the builder carried the root config's aliases over.
    resolve: { ...viteConfig.resolve, alias: [...toAliasArray(viteConfig.resolve?.alias), ...sourceAliases()] },
    optimizeDeps: {
      ...viteConfig.optimizeDeps,
      // Otherwise the renderer's raw import of it loads a second copy of Lit in dev (toolchain.md pitfall 8).
      include: [...(viteConfig.optimizeDeps?.include ?? []), 'lit/directive-helpers.js'],
    },
    build: {
      ...viteConfig.build,
      // The docs renderer (≈1 MB), the preview iframe (≈900 kB) and axe (≈660 kB) pass Vite's 500 kB warning.
      chunkSizeWarningLimit: 1500,
    },
  }),
};

export default config;
