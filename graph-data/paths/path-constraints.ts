// Owns the compiled form of a query's constraints: which edges may be walked, in which direction, at what cost.
import type { AtlasGraph } from '../model/atlas-graph';
import { AtlasError } from '../model/errors';
import type { EdgeAttributes } from '../schema/atlas-schema';
import type { PathDirection, YearRange } from './path-types';

/** A user error in a query that resolution cannot catch (bad weights, endpoint excluded...). */
export class PathQueryError extends AtlasError {
  constructor(message: string) {
    super(message);
    this.name = 'PathQueryError';
  }
}

export interface ConstraintSpec {
  direction: PathDirection;
  via?: readonly string[] | undefined;
  excludeRelationTypes?: readonly string[] | undefined;
  /** Node ids (already resolved). */
  excludeNodes?: Iterable<string> | undefined;
  period?: YearRange | undefined;
  weightAttribute?: string | undefined;
}

export type EdgeCost = (edge: string, attrs: EdgeAttributes) => number;

export interface TraversalRules {
  graph: AtlasGraph;
  direction: PathDirection;
  /** null when every edge passes, so the hot loop can skip the call. */
  edgeFilter: ((attrs: EdgeAttributes) => boolean) | null;
  blockedNodes: ReadonlySet<string>;
  symmetricTypes: ReadonlySet<string>;
  cost: EdgeCost | null;
  /** True when nothing restricts the walk beyond edge direction: the library fast path may be used. */
  unconstrained: boolean;
}

/** Callback of a step: walk `edge` to `next`; `reversed` is true when the walk goes against the edge's direction. */
export type StepVisitor = (edge: string, next: string, reversed: boolean, attrs: EdgeAttributes) => void;

/**
 * Period semantics: a relation is kept when its year (or period) overlaps the range. A relation with no date is
 * KEPT: most relations in an essay-derived graph are undated, and dropping them would make any period filter
 * disconnect almost everything; the filter is meant to remove relations known to lie outside the range.
 */
export function edgeOverlapsPeriod(attrs: EdgeAttributes, range: YearRange): boolean {
  const start = attrs.period?.start ?? attrs.year;
  const end = attrs.period?.end ?? attrs.year;
  if (start === undefined || end === undefined) return true;
  return start <= range.end && end >= range.start;
}

export function makeEdgeCost(graph: AtlasGraph, attribute: string | undefined): EdgeCost | null {
  if (attribute === undefined) return null;
  if (attribute === 'confidence') return (_edge, attrs) => (attrs.confidence === 'implied' ? 2 : 1);
  return (edge, attrs) => {
    const value = (attrs as Record<string, unknown>)[attribute];
    // A missing or non-numeric weight costs one hop, so partially weighted graphs stay searchable.
    if (typeof value !== 'number' || !Number.isFinite(value)) return 1;
    if (value < 0) {
      throw new PathQueryError(
        `edge "${edge}" (${graph.source(edge)} → ${graph.target(edge)}) has negative ${attribute} ${value}; weights must be ≥ 0`,
      );
    }
    return value;
  };
}

export function compileConstraints(graph: AtlasGraph, spec: ConstraintSpec): TraversalRules {
  const via = spec.via && spec.via.length > 0 ? new Set(spec.via) : null;
  const excluded =
    spec.excludeRelationTypes && spec.excludeRelationTypes.length > 0 ? new Set(spec.excludeRelationTypes) : null;
  const period = spec.period;
  const filters: ((attrs: EdgeAttributes) => boolean)[] = [];
  if (via) filters.push((a) => via.has(a.type));
  if (excluded) filters.push((a) => !excluded.has(a.type));
  if (period) filters.push((a) => edgeOverlapsPeriod(a, period));
  const edgeFilter = filters.length === 0 ? null : (a: EdgeAttributes) => filters.every((f) => f(a));
  const blockedNodes = new Set(spec.excludeNodes ?? []);
  const ontology = graph.getAttribute('ontology');
  const symmetricTypes = new Set((ontology?.relationTypes ?? []).filter((t) => t.symmetric).map((t) => t.id));
  return {
    graph,
    direction: spec.direction,
    edgeFilter,
    blockedNodes,
    symmetricTypes,
    cost: makeEdgeCost(graph, spec.weightAttribute),
    unconstrained: edgeFilter === null && blockedNodes.size === 0,
  };
}

/** Whether a symmetric relation type is used by any edge; if so the library's directed search would miss walks. */
export function graphUsesSymmetricTypes(rules: TraversalRules): boolean {
  if (rules.symmetricTypes.size === 0) return false;
  return rules.graph.someEdge((_e, attrs) => rules.symmetricTypes.has(attrs.type));
}

/**
 * Visits the steps leaving `node` (backward = false) or the steps that arrive at `node` (backward = true, used by
 * the target side of bidirectional search and by distance bounds). Self-loops are skipped: they never belong to a
 * simple path. Parallel edges are visited one by one, because each typed relation is a different path.
 */
export function forEachStep(rules: TraversalRules, node: string, backward: boolean, visit: StepVisitor): void {
  const { graph, direction, edgeFilter, blockedNodes, symmetricTypes } = rules;
  const sym = symmetricTypes.size > 0;
  // Forward: out edges are walked along their direction, in edges against it. Backward: the roles swap.
  const alongOk = direction !== 'against';
  const againstOk = direction !== 'follow';
  // Skip a whole edge list when no edge in it can be walked: halves the work of a plain follow/against search.
  const outUseful = sym || (backward ? againstOk : alongOk);
  const inUseful = sym || (backward ? alongOk : againstOk);
  if (outUseful)
    graph.forEachOutEdge(node, (edge, attrs, _source, next) => {
      if (next === node || blockedNodes.has(next)) return;
      const walkAlong = !backward;
      if (!(walkAlong ? alongOk : againstOk) && !(sym && symmetricTypes.has(attrs.type))) return;
      if (edgeFilter && !edgeFilter(attrs)) return;
      visit(edge, next, !walkAlong, attrs);
    });
  if (inUseful)
    graph.forEachInEdge(node, (edge, attrs, next) => {
      if (next === node || blockedNodes.has(next)) return;
      const walkAlong = backward;
      if (!(walkAlong ? alongOk : againstOk) && !(sym && symmetricTypes.has(attrs.type))) return;
      if (edgeFilter && !edgeFilter(attrs)) return;
      visit(edge, next, !walkAlong, attrs);
    });
}
