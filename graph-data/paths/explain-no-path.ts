// Owns saying why a query found no path: different components, or the smallest relaxation(s) of the query that connect.
import type { AtlasGraph } from '../model/atlas-graph';
import { PathQueryError } from './path-constraints';
import type { NoPathExplanation, PathQuery, PathSearchOptions, Relaxation } from './path-types';
import type { ResolvedQuery } from './query-resolution';
import { runSearch } from './run-search';
import { SearchBudget } from './search-budget';

/** Size of the weakly connected component of `start`, and whether `goal` is in it (undirected BFS, no constraint). */
function weakComponent(graph: AtlasGraph, start: string, goal: string): { size: number; reached: boolean } {
  const seen = new Set<string>([start]);
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    graph.forEachNeighbor(queue[i] as string, (next) => {
      if (seen.has(next)) return;
      seen.add(next);
      queue.push(next);
    });
  }
  return { size: seen.size, reached: seen.has(goal) };
}

function shortestLength(graph: AtlasGraph, resolved: ResolvedQuery, maxHops: number, options: PathSearchOptions) {
  // Existence does not depend on the mode or on weights: ask for the fewest hops.
  const query: PathQuery = { ...resolved.query, mode: 'shortest', maxHops };
  const budget = new SearchBudget({ ...options, maxPaths: 1, onPath: undefined });
  for (const path of runSearch(graph, { ...resolved, query }, budget, options)) return path.length;
  return null;
}

type Atom = Relaxation;

function relax(resolved: ResolvedQuery, atom: Atom): ResolvedQuery {
  const q = resolved.query;
  switch (atom.kind) {
    case 'max-hops':
      return { ...resolved, query: { ...q, maxHops: atom.maxHops } };
    case 'direction':
      return { ...resolved, query: { ...q, direction: atom.direction } };
    case 'include-entity':
      return { ...resolved, excludeNodes: resolved.excludeNodes.filter((id) => id !== atom.entity) };
    case 'include-relation-type':
      return {
        ...resolved,
        query: { ...q, excludeRelationTypes: (q.excludeRelationTypes ?? []).filter((t) => t !== atom.relationType) },
      };
    case 'allow-relation-type':
      return { ...resolved, query: { ...q, via: [...(q.via ?? []), atom.relationType] } };
    case 'drop-via':
      return { ...resolved, query: { ...q, via: undefined } };
    case 'drop-period':
      return { ...resolved, query: { ...q, period: undefined } };
    case 'drop-through': {
      const { through: _dropped, ...rest } = resolved;
      return rest;
    }
  }
}

function describeRelaxation(graph: AtlasGraph, atom: Atom, query: PathQuery): string {
  const label = (id: string) => (graph.hasNode(id) ? graph.getNodeAttribute(id, 'label') : id);
  switch (atom.kind) {
    case 'max-hops':
      return `raising the hop limit to ${atom.maxHops} (now ${query.maxHops})`;
    case 'direction':
      return `walking relations in any direction (now ${query.direction})`;
    case 'include-entity':
      return `no longer excluding ${label(atom.entity)}`;
    case 'include-relation-type':
      return `no longer excluding relation type "${atom.relationType}"`;
    case 'allow-relation-type':
      return `also allowing relation type "${atom.relationType}"`;
    case 'drop-via':
      return 'allowing every relation type';
    case 'drop-period':
      return query.period ? `dropping the period ${query.period.start}–${query.period.end}` : 'dropping the period';
    case 'drop-through':
      return query.through ? `dropping the waypoint ${query.through}` : 'dropping the waypoint';
  }
}

/** Every single-step relaxation of the query, cheapest-to-accept first (hop limit last: it is computed, not tried). */
function singleRelaxations(graph: AtlasGraph, resolved: ResolvedQuery): Atom[] {
  const q = resolved.query;
  const atoms: Atom[] = [];
  if (q.direction !== 'any') atoms.push({ kind: 'direction', direction: 'any' });
  for (const entity of resolved.excludeNodes) atoms.push({ kind: 'include-entity', entity });
  for (const relationType of q.excludeRelationTypes ?? []) atoms.push({ kind: 'include-relation-type', relationType });
  if (q.via && q.via.length > 0) {
    const allowed = new Set(q.via);
    const used = new Set(graph.mapEdges((_e, attrs) => attrs.type));
    for (const relationType of [...used].sort()) {
      if (!allowed.has(relationType)) atoms.push({ kind: 'allow-relation-type', relationType });
    }
  }
  if (q.period) atoms.push({ kind: 'drop-period' });
  if (resolved.through !== undefined) atoms.push({ kind: 'drop-through' });
  return atoms;
}

/**
 * Explains an empty result of a complete (not truncated) search. Each relaxation is tested by an actual search, so
 * every one reported is sufficient on its own; when none is, a greedy minimisation finds a set that works together.
 */
export function explainNoPath(
  graph: AtlasGraph,
  resolved: ResolvedQuery,
  options: PathSearchOptions = {},
): NoPathExplanation {
  const fromLabel = graph.getNodeAttribute(resolved.from, 'label');
  const toLabel = graph.getNodeAttribute(resolved.to, 'label');
  const head = `No path from ${fromLabel} to ${toLabel}`;
  const q = resolved.query;
  const component = weakComponent(graph, resolved.from, resolved.to);
  if (!component.reached) {
    const other = weakComponent(graph, resolved.to, resolved.from);
    return {
      reason: 'different-components',
      relaxations: [],
      componentSizes: { from: component.size, to: other.size },
      sentence: `${head}: they are in different parts of the graph, with no relation of any kind linking them (${fromLabel}'s part has ${component.size} entities, ${toLabel}'s has ${other.size}).`,
    };
  }
  const unlimited = Math.max(graph.order, q.maxHops);
  const works: Atom[] = [];
  const length = shortestLength(graph, resolved, unlimited, options);
  if (length !== null && length > q.maxHops) works.push({ kind: 'max-hops', maxHops: length });
  for (const atom of singleRelaxations(graph, resolved)) {
    if (shortestLength(graph, relax(resolved, atom), q.maxHops, options) !== null) works.push(atom);
  }
  if (works.length > 0) {
    const [first, ...others] = works.map((a) => describeRelaxation(graph, a, q));
    const alternatives = others.length > 0 ? `; alternatively ${others.join(', or ')}` : '';
    return {
      reason: 'constraint',
      relaxations: works,
      sentence: `${head} under this query; one appears when ${first}${alternatives}.`,
    };
  }
  // No single change suffices: relax everything, then put back each constraint that is not needed.
  let needed: Atom[] = singleRelaxations(graph, resolved).filter((a) => a.kind !== 'allow-relation-type');
  if (q.via && q.via.length > 0) needed.push({ kind: 'drop-via' });
  const apply = (atoms: Atom[]) => atoms.reduce(relax, resolved);
  for (const atom of [...needed]) {
    const without = needed.filter((a) => a !== atom);
    if (shortestLength(graph, apply(without), unlimited, options) !== null) needed = without;
  }
  // "Allow every relation type" is blunt: name a single type to add when one is enough together with the rest.
  const viaIndex = needed.findIndex((a) => a.kind === 'drop-via');
  if (viaIndex >= 0) {
    const rest = needed.filter((_a, i) => i !== viaIndex);
    const single = singleRelaxations(graph, resolved).find(
      (a) =>
        a.kind === 'allow-relation-type' && shortestLength(graph, apply([...rest, a]), unlimited, options) !== null,
    );
    if (single) needed[viaIndex] = single;
  }
  const hops = shortestLength(graph, apply(needed), unlimited, options);
  if (hops === null) throw new PathQueryError('internal: relaxing every constraint still found no path');
  if (hops > q.maxHops) needed.push({ kind: 'max-hops', maxHops: hops });
  return {
    reason: 'several-constraints',
    relaxations: needed,
    sentence: `${head} under this query; no single change is enough, but one appears when ${needed
      .map((a) => describeRelaxation(graph, a, q))
      .join(' and ')}.`,
  };
}
