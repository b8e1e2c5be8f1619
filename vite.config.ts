import { defineConfig } from 'vite';

/**
 * The demo that `npm start` serves and `npm run bench` builds. The benchmark
 * pages are a second entry so that they are built with the same settings.
 */
export default defineConfig({
  root: 'demo',
  publicDir: false,
  server: { host: '127.0.0.1', port: 5173 },
  build: {
    outDir: '../dist/demo',
    emptyOutDir: true,
    target: 'es2022',
    rolldownOptions: { output: { minify: true } },
  },
});
