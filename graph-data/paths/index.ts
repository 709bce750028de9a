// Owns the public API of the path engine (plain data in and out, so it can run in a Web Worker).
export { explainNoPath } from './explain-no-path';
export { findPaths, streamPaths } from './find-paths';
export {
  csvCell,
  formatPathResultsCsv,
  formatPathResultsJson,
  formatPathResultsMarkdown,
  PATH_CSV_COLUMNS,
  type PathResultsJson,
  pathResultsToJson,
  truncationNote,
} from './format-path-results';
export {
  describeEvidence,
  type NarratedHop,
  narratePath,
  type PathNarration,
  type PathPolarity,
  type ProvenanceRef,
  PREDICTED_MARK,
  pathPolarity,
  sectionIndex,
} from './narrate-path';
export {
  formatPathQuery,
  type PathQueryParseError,
  type PathQueryParseResult,
  parsePathQuery,
} from './parse-path-query';
export { compileConstraints, edgeOverlapsPeriod, PathQueryError, type TraversalRules } from './path-constraints';
export * from './path-types';
export { describeEntity, type ResolvedQuery, resolveQuery } from './query-resolution';
export {
  type EntityCandidate,
  type EntityResolution,
  EntityResolutionError,
  normalizeName,
  requireEntity,
  resolveEntity,
} from './resolve-entity';
export { SearchBudget } from './search-budget';
