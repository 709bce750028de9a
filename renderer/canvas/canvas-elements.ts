// Owns converting the graphology model into Cytoscape elements: one element per entity and per relation (parallel relations stay separate), under the canvas's own ids.
import type { ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { EntityType, RelationType } from '../../graph-data/schema/atlas-schema';
import { DEFAULT_NODE_SIZE } from './canvas-style';
import { edgeElementId, nodeElementId } from './element-ids';

export interface ElementStyleLookup {
  entity: Map<string, EntityType>;
  relation: Map<string, RelationType>;
}

export function styleLookup(graph: AtlasGraph): ElementStyleLookup {
  const ontology = graph.getAttribute('ontology');
  return {
    entity: new Map(ontology.entityTypes.map((t) => [t.id, t])),
    relation: new Map(ontology.relationTypes.map((t) => [t.id, t])),
  };
}

/** True when every entity of a non-empty graph has stored coordinates: the canvas shows them as they are. */
export function hasStoredPositions(graph: AtlasGraph): boolean {
  return graph.order > 0 && graph.everyNode((_, a) => a.x !== undefined && a.y !== undefined);
}

export function nodeElement(
  graph: AtlasGraph,
  key: string,
  lookup: ElementStyleLookup,
  size = DEFAULT_NODE_SIZE,
): ElementDefinition {
  const attrs = graph.getNodeAttributes(key);
  const type = lookup.entity.get(attrs.type);
  const element: ElementDefinition = {
    group: 'nodes',
    data: {
      id: nodeElementId(key),
      key,
      type: attrs.type,
      color: type?.color ?? '#888888',
      // `fill` and `size` are what is drawn; colour-by-community and size-by-metric overwrite them.
      fill: type?.color ?? '#888888',
      size,
      shape: type?.shape ?? 'ellipse',
    },
  };
  if (attrs.x !== undefined && attrs.y !== undefined) element.position = { x: attrs.x, y: attrs.y };
  return element;
}

export function edgeElement(graph: AtlasGraph, key: string, lookup: ElementStyleLookup): ElementDefinition {
  const attrs = graph.getEdgeAttributes(key);
  const type = lookup.relation.get(attrs.type);
  return {
    group: 'edges',
    data: {
      id: edgeElementId(key),
      key,
      source: nodeElementId(graph.source(key)),
      target: nodeElementId(graph.target(key)),
      type: attrs.type,
      color: type?.color ?? '#888888',
      lineStyle: type?.lineStyle ?? 'solid',
      polarity: type?.polarity ?? 'neutral',
      arrow: type?.symmetric ? 'none' : 'triangle',
    },
  };
}

/** Colour, shape and line style travel in element data so the stylesheet maps them without per-type selectors. */
export function toCytoscapeElements(graph: AtlasGraph, size = DEFAULT_NODE_SIZE): ElementDefinition[] {
  const lookup = styleLookup(graph);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key) => {
    elements.push(nodeElement(graph, key, lookup, size));
  });
  graph.forEachEdge((key) => {
    elements.push(edgeElement(graph, key, lookup));
  });
  return elements;
}
