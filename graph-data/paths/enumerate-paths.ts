// Owns the enumeration of all simple paths up to a hop limit (optionally through a waypoint), streamed and capped.
import { hopDistancesTo } from './hop-search';
import { forEachStep, type TraversalRules } from './path-constraints';
import type { GraphPath } from './path-types';
import type { SearchBudget } from './search-budget';

interface Frame {
  node: string;
  steps: { edge: string; next: string }[];
  index: number;
}

/**
 * Depth-first enumeration of simple EDGE paths. Written here rather than using graphology-simple-path because
 * `allSimplePaths` returns node sequences (two typed relations between the same pair collapse into one path),
 * `allSimpleEdgePaths` has no filters, direction modes, streaming or caps, and both build the full array in memory.
 * Branches are pruned with backward hop distances: a node is entered only if the target (and the waypoint, while
 * not yet visited) can still be reached within the remaining hops.
 */
export function* enumerateSimplePaths(
  rules: TraversalRules,
  source: string,
  target: string,
  maxHops: number,
  budget: SearchBudget,
  through?: string,
): Generator<GraphPath> {
  const waypoint = through === source || through === target ? undefined : through;
  if (source === target) {
    if (waypoint === undefined) yield { nodes: [source], edges: [], length: 0 };
    return;
  }
  const toTarget = hopDistancesTo(rules, target, maxHops, budget);
  if (!toTarget.has(source)) return;
  let toWaypoint: Map<string, number> | null = null;
  let waypointToTarget = 0;
  if (waypoint !== undefined) {
    toWaypoint = hopDistancesTo(rules, waypoint, maxHops, budget);
    const d = toTarget.get(waypoint);
    if (d === undefined || !toWaypoint.has(source)) return;
    waypointToTarget = d;
  }
  const onPath = new Set<string>([source]);
  const edges: string[] = [];
  const nodes: string[] = [source];

  const expand = (node: string): Frame => {
    const hopsAfter = nodes.length; // hop count once the next edge is taken
    const waypointPending = waypoint !== undefined && !onPath.has(waypoint);
    const steps: { edge: string; next: string }[] = [];
    forEachStep(rules, node, false, (edge, next) => {
      if (onPath.has(next)) return;
      const remaining = toTarget.get(next);
      if (remaining === undefined || hopsAfter + remaining > maxHops) return;
      if (waypointPending && toWaypoint) {
        const toW = toWaypoint.get(next);
        if (toW === undefined || hopsAfter + toW + waypointToTarget > maxHops) return;
      }
      steps.push({ edge, next });
    });
    return { node, steps, index: 0 };
  };

  const stack: Frame[] = [expand(source)];
  while (stack.length > 0) {
    if (!budget.tick()) return;
    const frame = stack[stack.length - 1] as Frame;
    const step = frame.steps[frame.index++];
    if (!step) {
      stack.pop();
      if (stack.length > 0) {
        onPath.delete(nodes.pop() as string);
        edges.pop();
      }
      continue;
    }
    if (step.next === target) {
      if (waypoint === undefined || onPath.has(waypoint)) {
        yield { nodes: [...nodes, target], edges: [...edges, step.edge], length: edges.length + 1 };
        if (!budget.ok) return;
      }
      continue; // a simple path never leaves its target
    }
    nodes.push(step.next);
    edges.push(step.edge);
    onPath.add(step.next);
    stack.push(expand(step.next));
  }
}
