// Owns fewest-hops search under constraints: bidirectional BFS between two nodes, and hop distances to a target.
import { forEachStep, type TraversalRules } from './path-constraints';
import type { GraphPath } from './path-types';
import type { SearchBudget } from './search-budget';

/** Nodes and edges a sub-search must avoid (Yen's spur searches, waypoint legs). */
export interface SearchBans {
  nodes?: ReadonlySet<string>;
  edges?: ReadonlySet<string>;
}

interface Visit {
  /** Edge used to reach this node from its side's root, and the node on the root side of it. */
  edge: string;
  via: string;
  depth: number;
}

/**
 * Bidirectional BFS on our own step function rather than graphology-shortest-path's `bidirectional`: the library
 * walks node neighbours, so it cannot honour relation-type filters, direction modes, symmetric relation types,
 * banned edges, or tell which of several parallel typed edges it used.
 */
export function shortestByHops(
  rules: TraversalRules,
  source: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  bans: SearchBans = {},
): GraphPath | null {
  if (source === target) return { nodes: [source], edges: [], length: 0 };
  const forward = new Map<string, Visit | null>([[source, null]]);
  const backward = new Map<string, Visit | null>([[target, null]]);
  let forwardFront = [source];
  let backwardFront = [target];
  let forwardDepth = 0;
  let backwardDepth = 0;
  const bannedNodes = bans.nodes;
  const bannedEdges = bans.edges;
  while (forwardFront.length > 0 && backwardFront.length > 0 && forwardDepth + backwardDepth < maxHops) {
    // Expanding the smaller frontier keeps the explored ball small on both sides.
    const isForward = forwardFront.length <= backwardFront.length;
    const front = isForward ? forwardFront : backwardFront;
    const mine = isForward ? forward : backward;
    const other = isForward ? backward : forward;
    const depth = (isForward ? forwardDepth : backwardDepth) + 1;
    const next: string[] = [];
    let meet: string | null = null;
    let meetTotal = Number.POSITIVE_INFINITY;
    for (const node of front) {
      if (!budget.tick()) return null;
      forEachStep(rules, node, !isForward, (edge, neighbour) => {
        if (mine.has(neighbour)) return;
        if (bannedEdges?.has(edge) || bannedNodes?.has(neighbour)) return;
        mine.set(neighbour, { edge, via: node, depth });
        next.push(neighbour);
        const there = other.get(neighbour);
        if (there !== undefined) {
          const total = depth + (there?.depth ?? 0);
          if (total < meetTotal) {
            meetTotal = total;
            meet = neighbour;
          }
        }
      });
    }
    // The level is finished before choosing: a meeting found early in the level is not necessarily the closest.
    if (meet !== null) return joinHalves(forward, backward, meet);
    if (isForward) {
      forwardFront = next;
      forwardDepth = depth;
    } else {
      backwardFront = next;
      backwardDepth = depth;
    }
  }
  return null;
}

function joinHalves(forward: Map<string, Visit | null>, backward: Map<string, Visit | null>, meet: string): GraphPath {
  const nodes: string[] = [meet];
  const edges: string[] = [];
  for (let visit = forward.get(meet); visit; visit = forward.get(visit.via)) {
    nodes.unshift(visit.via);
    edges.unshift(visit.edge);
  }
  for (let visit = backward.get(meet); visit; visit = backward.get(visit.via)) {
    nodes.push(visit.via);
    edges.push(visit.edge);
  }
  return { nodes, edges, length: edges.length };
}

/** Hop distance from every node that can reach `target` within `maxHops` (backward BFS); used to prune enumeration. */
export function hopDistancesTo(
  rules: TraversalRules,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  bans: SearchBans = {},
): Map<string, number> {
  const distances = new Map<string, number>([[target, 0]]);
  let front = [target];
  for (let depth = 1; depth <= maxHops && front.length > 0; depth++) {
    const next: string[] = [];
    for (const node of front) {
      if (!budget.tick()) return distances;
      forEachStep(rules, node, true, (edge, previous) => {
        if (distances.has(previous) || bans.edges?.has(edge) || bans.nodes?.has(previous)) return;
        distances.set(previous, depth);
        next.push(previous);
      });
    }
    front = next;
  }
  return distances;
}
