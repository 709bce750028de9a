// Owns the Virtuoso the SPARQL end-to-end tests use: one per Playwright worker (so once per run with one worker), loaded with the generated fixtures, stopped afterwards.
import { test as base } from '@playwright/test';
import { loadTestFixtures, type SparqlFixture } from '../../support/sparql-fixtures/load-fixtures';
import { startVirtuoso, virtuosoAvailable } from '../../support/virtuoso/virtuoso-server';

export const VIRTUOSO_MISSING =
  'virtuoso-opensource-7-bin is not installed (apt-get install virtuoso-opensource-7-bin)';

export const test = base.extend<Record<never, never>, { virtuoso: SparqlFixture | null }>({
  virtuoso: [
    // biome-ignore lint/correctness/noEmptyPattern: Playwright reads a fixture's dependencies from its first parameter, which must be an object pattern.
    async ({}, use) => {
      if (!virtuosoAvailable()) {
        if (process.env.CI || process.env.ATLAS_REQUIRE_VIRTUOSO) throw new Error(VIRTUOSO_MISSING);
        console.warn(`SPARQL end-to-end tests skipped: ${VIRTUOSO_MISSING}`);
        await use(null);
        return;
      }
      const server = await startVirtuoso();
      try {
        await use(await loadTestFixtures(server));
      } finally {
        await server.stop();
      }
    },
    { scope: 'worker', timeout: 180_000 },
  ],
});

export { expect } from '@playwright/test';
