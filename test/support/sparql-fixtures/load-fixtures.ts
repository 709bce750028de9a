// Owns what a test Virtuoso holds: the synthetic graph and the embedded graph (exported by the RDF writer), each written to Turtle and loaded into its own named graph.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { writeTurtle } from '../../../graph-data/formats/rdf';
import type { VirtuosoServer } from '../virtuoso/virtuoso-server';
import { type SyntheticRdfSpec, syntheticQuads, TEST_SPEC, writeRdfFile } from './synthetic-rdf';

export const SYNTHETIC_GRAPH = 'http://example.org/atlas-test/graph/synthetic';
export const EMBEDDED_GRAPH = 'http://example.org/atlas-test/graph/embedded';

export interface SparqlFixture {
  endpoint: string;
  /** The Turtle file loaded into SYNTHETIC_GRAPH, for comparisons with `kg --file`. */
  syntheticFile: string;
  syntheticTriples: number;
  /** The embedded graph written as Turtle, loaded into EMBEDDED_GRAPH. */
  embeddedFile: string;
}

/** Writes the fixture files into the server's folder (the only place Virtuoso may read) and loads them. */
export async function loadTestFixtures(
  server: VirtuosoServer,
  spec: SyntheticRdfSpec = TEST_SPEC,
): Promise<SparqlFixture> {
  const syntheticFile = join(server.dir, 'synthetic.ttl');
  const syntheticTriples = await writeRdfFile(syntheticFile, syntheticQuads(spec));
  await server.loadTurtle(syntheticFile, SYNTHETIC_GRAPH);
  // The app's own graph, exported by the RDF writer (IRIs under its default base, ontology as RDFS).
  const embeddedFile = join(server.dir, 'alliance-atlas.ttl');
  writeFileSync(embeddedFile, writeTurtle(loadEmbeddedGraph()).text);
  await server.loadTurtle(embeddedFile, EMBEDDED_GRAPH);
  return { endpoint: server.endpoint, syntheticFile, syntheticTriples, embeddedFile };
}
