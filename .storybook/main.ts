import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { sourceResolve } from '../workspace-source.mjs';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

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
    resolve: { ...viteConfig.resolve, conditions: sourceResolve.resolve.conditions },
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
