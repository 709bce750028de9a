// Owns the Virtuoso the SPARQL integration tests share: started once per run with the generated fixtures loaded, then stopped.
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { syntheticQuads, TEST_SPEC, writeRdfFile } from '../../support/sparql-fixtures/synthetic-rdf';
import { startVirtuoso, type VirtuosoServer, virtuosoAvailable } from '../../support/virtuoso/virtuoso-server';
import { type SparqlFixture, SYNTHETIC_GRAPH } from './sparql-fixture';

let server: VirtuosoServer | undefined;

export async function setup(project: TestProject): Promise<void> {
  if (!virtuosoAvailable()) {
    // CI installs virtuoso-opensource-7-bin (.ci/run); there a missing server is a failure, not a skip.
    if (process.env.CI) throw new Error('virtuoso-t / isql-vt not found: install virtuoso-opensource-7-bin');
    const reason = 'virtuoso-opensource-7-bin is not installed (apt-get install virtuoso-opensource-7-bin)';
    console.warn(`SPARQL integration tests skipped: ${reason}`);
    project.provide('sparqlFixture', { skipped: reason });
    return;
  }
  const started = Date.now();
  server = await startVirtuoso();
  const syntheticFile = join(server.dir, 'synthetic.ttl');
  const triples = await writeRdfFile(syntheticFile, syntheticQuads(TEST_SPEC));
  server.loadTurtle(syntheticFile, SYNTHETIC_GRAPH);
  console.log(
    `Virtuoso at ${server.endpoint}: ${triples} synthetic triples loaded in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  const fixture: SparqlFixture = {
    endpoint: server.endpoint,
    syntheticFile,
    syntheticTriples: triples,
  };
  project.provide('sparqlFixture', fixture);
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
