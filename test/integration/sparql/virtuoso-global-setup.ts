// Owns the Virtuoso the SPARQL integration tests share: started once per run with the generated fixtures loaded, then stopped.
import type { TestProject } from 'vitest/node';
import { loadTestFixtures } from '../../support/sparql-fixtures/load-fixtures';
import { startVirtuoso, type VirtuosoServer, virtuosoAvailable } from '../../support/virtuoso/virtuoso-server';
import './sparql-fixture';

let server: VirtuosoServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!virtuosoAvailable()) {
    // .ci/run installs virtuoso-opensource-7-bin and sets ATLAS_REQUIRE_VIRTUOSO: there a missing server fails, never skips.
    if (process.env.CI || process.env.ATLAS_REQUIRE_VIRTUOSO)
      throw new Error('virtuoso-t / isql-vt not found: install virtuoso-opensource-7-bin');
    const reason = 'virtuoso-opensource-7-bin is not installed (apt-get install virtuoso-opensource-7-bin)';
    console.warn(`SPARQL integration tests skipped: ${reason}`);
    project.provide('sparqlFixture', { skipped: reason });
    return;
  }
  const started = Date.now();
  server = await startVirtuoso();
  const fixture = await loadTestFixtures(server);
  console.log(
    `Virtuoso at ${server.endpoint}: fixtures loaded (${fixture.syntheticTriples} synthetic triples + the embedded graph) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  project.provide('sparqlFixture', fixture);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
