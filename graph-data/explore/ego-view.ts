// Owns the ego neighbourhood: the entities within K hops of one entity, following relations out, in or both ways.
import type { AtlasGraph } from '../model/atlas-graph';
import type { Direction } from './view-types';

/**
 * Breadth-first from `key`. `followEdge` lets the caller skip relations it hides, so the ego view
 * only grows along relations the user can see.
 */
export function egoNeighbourhood(
  graph: AtlasGraph,
  key: string,
  depth: number,
  direction: Direction,
  followEdge: (edge: string) => boolean = () => true,
): Set<string> {
  const seen = new Set<string>();
  if (!graph.hasNode(key)) return seen;
  seen.add(key);
  let frontier = [key];
  for (let level = 0; level < depth && frontier.length > 0; level++) {
    const next: string[] = [];
    const visit = (edge: string, neighbour: string) => {
      if (seen.has(neighbour) || !followEdge(edge)) return;
      seen.add(neighbour);
      next.push(neighbour);
    };
    for (const node of frontier) {
      if (direction !== 'in') graph.forEachOutEdge(node, (edge, _a, _s, target) => visit(edge, target));
      if (direction !== 'out') graph.forEachInEdge(node, (edge, _a, source) => visit(edge, source));
    }
    frontier = next;
  }
  return seen;
}
