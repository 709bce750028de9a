// Owns reading the embedded graph by entity label (never by id), so the dataset tests say what they check in the essay's words.
import { loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import type { EdgeAttributes } from '../../../graph-data/schema/atlas-schema';

export const graph = loadEmbeddedGraph();

/** The key of the one entity with this exact label; throws when there is none or several, so a typo cannot pass. */
export function keyOf(label: string): string {
  const keys = graph.filterNodes((_, a) => a.label === label);
  if (keys.length !== 1) throw new Error(`expected one entity labelled "${label}", found ${keys.length}`);
  return keys[0] as string;
}

export function labelOf(key: string): string {
  return graph.getNodeAttribute(key, 'label');
}

/** The attributes of every `source —type→ target` relation, named by labels. */
export function relations(source: string, type: string, target: string): EdgeAttributes[] {
  return graph
    .edges(keyOf(source), keyOf(target))
    .filter((e) => graph.getEdgeAttribute(e, 'type') === type)
    .map((e) => graph.getEdgeAttributes(e));
}

/** The single `source —type→ target` relation; throws unless there is exactly one. */
export function relation(source: string, type: string, target: string): EdgeAttributes {
  const found = relations(source, type, target);
  if (found.length !== 1) throw new Error(`expected one "${source} ${type} ${target}", found ${found.length}`);
  return found[0] as EdgeAttributes;
}

/** Every relation between two entities, in either direction, as "type" strings. */
export function typesBetween(a: string, b: string): string[] {
  const [x, y] = [keyOf(a), keyOf(b)];
  return [...graph.edges(x, y), ...graph.edges(y, x)].map((e) => graph.getEdgeAttribute(e, 'type'));
}

/** Labels at the other end of `label`'s relations of this type and direction. */
export function neighbours(label: string, type: string, direction: 'out' | 'in'): string[] {
  const key = keyOf(label);
  const edges = direction === 'out' ? graph.outEdges(key) : graph.inEdges(key);
  return edges
    .filter((e) => graph.getEdgeAttribute(e, 'type') === type)
    .map((e) => labelOf(direction === 'out' ? graph.target(e) : graph.source(e)))
    .sort((a, b) => a.localeCompare(b));
}
