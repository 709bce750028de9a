// Owns checking a PathQuery and resolving its entity names to node ids before any search runs.
import type { AtlasGraph } from '../model/atlas-graph';
import { compileConstraints, PathQueryError, type TraversalRules } from './path-constraints';
import { PATH_DIRECTIONS, PATH_MODES, type PathQuery, type ResolvedEntity } from './path-types';
import { requireEntity } from './resolve-entity';

/** A query whose names are node ids; relaxations in explain-no-path are expressed as edits of this. */
export interface ResolvedQuery {
  query: PathQuery;
  from: string;
  to: string;
  through?: string;
  excludeNodes: string[];
}

export function describeEntity(graph: AtlasGraph, id: string): ResolvedEntity {
  const attrs = graph.getNodeAttributes(id);
  return { id, label: attrs.label, type: attrs.type };
}

function checkShape(query: PathQuery): void {
  if (!PATH_MODES.includes(query.mode)) throw new PathQueryError(`unknown mode "${query.mode}"`);
  if (!PATH_DIRECTIONS.includes(query.direction)) {
    throw new PathQueryError(`unknown direction "${query.direction}" (use follow, against or any)`);
  }
  if (!Number.isInteger(query.maxHops) || query.maxHops < 1) {
    throw new PathQueryError(`max hops must be a whole number ≥ 1, not ${query.maxHops}`);
  }
  if (!Number.isInteger(query.k) || query.k < 1)
    throw new PathQueryError(`k must be a whole number ≥ 1, not ${query.k}`);
  if (query.period && query.period.start > query.period.end) {
    throw new PathQueryError(`the period starts (${query.period.start}) after it ends (${query.period.end})`);
  }
}

/** Throws EntityResolutionError for an unknown/ambiguous name and PathQueryError for a contradictory query. */
export function resolveQuery(graph: AtlasGraph, query: PathQuery): ResolvedQuery {
  checkShape(query);
  const from = requireEntity(graph, query.from);
  const to = requireEntity(graph, query.to);
  const through = query.through !== undefined ? requireEntity(graph, query.through) : undefined;
  const excludeNodes = [...new Set((query.excludeEntities ?? []).map((name) => requireEntity(graph, name)))];
  for (const id of excludeNodes) {
    const label = graph.getNodeAttribute(id, 'label');
    if (id === from || id === to) throw new PathQueryError(`cannot exclude ${label}: it is an end of the path`);
    if (id === through) throw new PathQueryError(`cannot exclude ${label}: it is the waypoint`);
  }
  return { query, from, to, excludeNodes, ...(through !== undefined ? { through } : {}) };
}

/** `weighted` without an attribute uses the conventional `weight` edge attribute. */
export function weightAttributeOf(query: PathQuery): string | undefined {
  if (query.weightAttribute !== undefined) return query.weightAttribute;
  return query.mode === 'weighted' ? 'weight' : undefined;
}

export function rulesFor(graph: AtlasGraph, resolved: ResolvedQuery): TraversalRules {
  const q = resolved.query;
  return compileConstraints(graph, {
    direction: q.direction,
    via: q.via,
    excludeRelationTypes: q.excludeRelationTypes,
    excludeNodes: resolved.excludeNodes,
    period: q.period,
    weightAttribute: weightAttributeOf(q),
  });
}
