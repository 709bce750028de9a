// Owns a manual helper: `npx tsx test/support/virtuoso/serve-fixtures.ts` starts a throwaway Virtuoso with the test fixtures and keeps it up until Ctrl+C (ports from ATLAS_VIRTUOSO_HTTP_PORT / ATLAS_VIRTUOSO_ISQL_PORT).
import { EMBEDDED_GRAPH, loadTestFixtures, SYNTHETIC_GRAPH } from '../sparql-fixtures/load-fixtures';
import { startVirtuoso } from './virtuoso-server';

const server = await startVirtuoso();
const fixture = await loadTestFixtures(server);
console.log(`SPARQL endpoint: ${server.endpoint}`);
console.log(`  ${SYNTHETIC_GRAPH}  (${fixture.syntheticTriples} triples, from ${fixture.syntheticFile})`);
console.log(`  ${EMBEDDED_GRAPH}  (from ${fixture.embeddedFile})`);
const stop = () => {
  void server.stop().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
