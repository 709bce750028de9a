// Owns the public API of the RDF formats: the quads → AtlasGraph mapping, its helpers, and (below) readers and writers. Import RDF from here.
export {
  DEFAULT_RDF_BASE,
  type GraphQuads,
  graphToQuads,
  normaliseBase,
  type RdfWriteOptions,
} from './graph-to-quads';
export { edgeKeyForTriple, hash53, idForRef, isBlankRef, type RdfTermRef, termRef } from './rdf-ids';
export {
  compareTypeRefs,
  derivedNodeAttributes,
  getRdfGraphData,
  getRdfNodeData,
  type MergeResult,
  mergeQuadsInto,
  nodeKeyForRef,
  predicateOfType,
  quadsToAtlasGraph,
  RdfGraphBuilder,
  type RdfGraphData,
  type RdfGraphSelection,
  RdfMappingError,
  type RdfMappingOptions,
  type RdfNodeData,
} from './rdf-mapping';
export {
  displayNameForRef,
  languageRank,
  localName,
  pickByLanguage,
  prefixedName,
  type RdfLiteralValue,
  type RdfPrefixes,
} from './rdf-names';
export { RESOURCE_TYPE_ID } from './rdf-ontology';
export { type RdfReadOptions, type RdfReadResult, readRdfText } from './rdf-readers';
export { looksLikeRdfXml, RDF_SYNTAX_NAMES, type RdfSyntax, rdfSyntaxFromFileName } from './rdf-syntax';
export { createStableFactory } from './rdf-terms-factory';
export * from './rdf-vocabulary';
export { type RdfWriteSyntax, writeJsonLd, writeNTriples, writeTurtle } from './rdf-writers';
