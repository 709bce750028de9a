// Owns the engine's entry points: run a PathQuery on a graph, streaming and capped, and explain an empty result.
import type { AtlasGraph } from '../model/atlas-graph';
import { explainNoPath } from './explain-no-path';
import type { GraphPath, PathQuery, PathSearchOptions, PathSearchResult, Truncation } from './path-types';
import { describeEntity, resolveQuery } from './query-resolution';
import { runSearch } from './run-search';
import { SearchBudget } from './search-budget';

/** At the path cap (and not stopped for another reason), one more path from the search means the list is truncated. */
function stopAtCap(search: Generator<GraphPath>, budget: SearchBudget): void {
  if (budget.stopped || budget.found < budget.maxPaths) return;
  if (!search.next().done) budget.capped();
  search.return(undefined);
}

/**
 * Streams the paths of `query` as they are found and returns how the search ended. Throws EntityResolutionError
 * or PathQueryError before yielding anything when the query itself is wrong.
 */
export function* streamPaths(
  graph: AtlasGraph,
  query: PathQuery,
  options: PathSearchOptions = {},
): Generator<GraphPath, Truncation> {
  const resolved = resolveQuery(graph, query);
  const budget = new SearchBudget(options);
  const search = runSearch(graph, resolved, budget, options);
  for (let step = search.next(); !step.done; step = search.next()) {
    const more = budget.accept(step.value);
    yield step.value;
    if (!more) {
      stopAtCap(search, budget);
      break;
    }
  }
  return budget.stopped;
}

/** Runs `query` to completion (or to a cap) and returns plain, JSON-serialisable data. */
export function findPaths(graph: AtlasGraph, query: PathQuery, options: PathSearchOptions = {}): PathSearchResult {
  const now = options.now ?? Date.now;
  const started = now();
  const resolved = resolveQuery(graph, query);
  const budget = new SearchBudget(options);
  const paths: GraphPath[] = [];
  const search = runSearch(graph, resolved, budget, options);
  for (let step = search.next(); !step.done; step = search.next()) {
    paths.push(step.value);
    if (!budget.accept(step.value)) {
      stopAtCap(search, budget);
      break;
    }
  }
  if (query.mode === 'all') {
    // Depth-first discovery order is arbitrary for a reader; shortest first (stable) reads better.
    paths.sort((a, b) => a.length - b.length);
  }
  const result: PathSearchResult = {
    query,
    from: describeEntity(graph, resolved.from),
    to: describeEntity(graph, resolved.to),
    paths,
    truncated: budget.stopped,
    elapsedMs: 0,
  };
  // Only a complete search may claim there is no path; a truncated empty one says so through `truncated`.
  if (paths.length === 0 && budget.stopped === null) result.explanation = explainNoPath(graph, resolved, options);
  result.elapsedMs = now() - started;
  return result;
}
