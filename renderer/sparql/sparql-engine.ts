// Owns the SPARQL engine the session loads on demand (dynamic import on the first connect): the client, RDF/JS terms and the mapping, kept out of the main bundle.
export { findRemotePaths } from '../../graph-data/sparql/remote-path-search';
export {
  emptyRemoteGraph,
  mergeEdit,
  prepareExpansion,
  searchEntities,
} from '../../graph-data/sparql/remote-source';
export { resolveRemoteEntity } from '../../graph-data/sparql/resolve-remote-entity';
export { SparqlClient } from '../../graph-data/sparql/sparql-client';
