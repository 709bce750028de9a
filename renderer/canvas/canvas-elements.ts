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
  const elements = lazyCytoscapeElements(graph, size);
  return elements.slice(0, elements.length);
}

/** Element definitions made on demand, a run at a time (what DrawHold.addInSlices takes). */
export interface ElementSource {
  readonly length: number;
  slice(start: number, end: number): ElementDefinition[];
}

export const NO_ELEMENTS: ElementSource = { length: 0, slice: () => [] };

/**
 * The same elements as toCytoscapeElements (entities first), made a run at a time when asked: made all at once, the
 * 90,000 definitions of 30k/60k were 60 ms of the task that swaps the document in, and their garbage more. Entities
 * get `size` (or what it returns when the run is made). Without `relations`, entities only (the bulk raster's
 * relations stay apart: relation-table.ts).
 */
export function lazyCytoscapeElements(
  graph: AtlasGraph,
  size: number | (() => number) = DEFAULT_NODE_SIZE,
  relations = true,
): ElementSource {
  const lookup = styleLookup(graph);
  // A size given as a function is read once per run: a load may settle it after the source is made (view-load.ts).
  const sizeNow = typeof size === 'function' ? size : () => size;
  const nodes = graph.nodes();
  const edges = relations ? graph.edges() : [];
  return {
    length: nodes.length + edges.length,
    slice(start, end) {
      const out: ElementDefinition[] = [];
      const size = sizeNow();
      for (let i = Math.max(0, start); i < Math.min(end, nodes.length + edges.length); i++) {
        out.push(
          i < nodes.length
            ? nodeElement(graph, nodes[i] as string, lookup, size)
            : edgeElement(graph, edges[i - nodes.length] as string, lookup),
        );
      }
      return out;
    },
  };
}
