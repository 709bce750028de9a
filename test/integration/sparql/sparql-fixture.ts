// Owns what the global setup hands the SPARQL integration tests: the endpoint, the graphs loaded and the files they came from.
import { describe, inject } from 'vitest';

export const SYNTHETIC_GRAPH = 'http://example.org/atlas-test/graph/synthetic';

export interface SparqlFixture {
  endpoint: string;
  /** The Turtle file loaded into SYNTHETIC_GRAPH, for comparisons with `kg --file`. */
  syntheticFile: string;
  syntheticTriples: number;
}

declare module 'vitest' {
  export interface ProvidedContext {
    sparqlFixture: SparqlFixture | { skipped: string };
  }
}

/** The fixture, or null (after printing why) when this machine has no Virtuoso. */
export function sparqlFixture(): SparqlFixture | null {
  const provided = inject('sparqlFixture');
  if ('skipped' in provided) {
    console.warn(`skipped: ${provided.skipped}`);
    return null;
  }
  return provided;
}

/** describe() for suites that need the real endpoint: skipped, with the reason printed, when there is none. */
export const describeWithVirtuoso = (name: string, body: (fixture: SparqlFixture) => void) => {
  const fixture = sparqlFixture();
  if (fixture === null) describe.skip(name, () => undefined);
  else describe(name, () => body(fixture));
};
