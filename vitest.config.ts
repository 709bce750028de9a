// Vitest: unit tests of the pure modules and of main's plain functions, in Node; integration tests against a real SPARQL server (Virtuoso, started once per run).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      {
        extends: true,
        test: {
          name: 'sparql',
          include: ['test/integration/sparql/**/*.test.ts'],
          // One Virtuoso for every integration file: started before the first, stopped after the last.
          globalSetup: ['test/integration/sparql/virtuoso-global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
