// Owns how SPARQL integration tests get the shared Virtuoso fixture (provided by the global setup), or skip with the reason printed.
import { describe, inject } from 'vitest';
import type { SparqlFixture } from '../../support/sparql-fixtures/load-fixtures';

export { EMBEDDED_GRAPH, type SparqlFixture, SYNTHETIC_GRAPH } from '../../support/sparql-fixtures/load-fixtures';

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
