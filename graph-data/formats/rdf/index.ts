// Owns the public API of the RDF formats: the quads → AtlasGraph mapping, its helpers, and (below) readers and writers. Import RDF from here.
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
export * from './rdf-vocabulary';
