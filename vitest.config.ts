import { defineConfig } from 'vitest/config';
import { sourceAliases } from './workspace-source.mjs';

/** DOM-free tests: core, machines, instruments, interop, reporting, and Node-side checks in tests/node. */
export default defineConfig({
  resolve: { alias: sourceAliases() },
  test: {
    environment: 'node',
    include: ['packages/{core,machines,instruments,interop,reporting,react}/src/**/*.test.ts', 'tests/node/**/*.test.ts'],
    reporters: ['default', ['json', { outputFile: '.test-results/unit.json' }]],
    testTimeout: 20_000,
  },
});
