// Owns converting the graphology model into Cytoscape elements: one element per node and per relation (parallel edges stay separate).
import type { ElementDefinition } from 'cytoscape';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { EntityType, RelationType } from '../../graph-data/schema/atlas-schema';

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

/** Colour, shape and line style travel in element data so the stylesheet maps them without per-type selectors. */
export function toCytoscapeElements(graph: AtlasGraph): ElementDefinition[] {
  const lookup = styleLookup(graph);
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, attrs) => {
    const type = lookup.entity.get(attrs.type);
    const element: ElementDefinition = {
      group: 'nodes',
      data: {
        id: key,
        label: attrs.label,
        type: attrs.type,
        color: type?.color ?? '#888888',
        // `fill` and `size` are what is drawn; colour-by-community and size-by-metric overwrite them.
        fill: type?.color ?? '#888888',
        size: 30,
        shape: type?.shape ?? 'ellipse',
      },
    };
    if (attrs.x !== undefined && attrs.y !== undefined) element.position = { x: attrs.x, y: attrs.y };
    elements.push(element);
  });
  graph.forEachEdge((key, attrs, source, target) => {
    const type = lookup.relation.get(attrs.type);
    elements.push({
      group: 'edges',
      data: {
        id: key,
        source,
        target,
        type: attrs.type,
        label: type?.label ?? attrs.type,
        color: type?.color ?? '#888888',
        lineStyle: type?.lineStyle ?? 'solid',
        polarity: type?.polarity ?? 'neutral',
        arrow: type?.symmetric ? 'none' : 'triangle',
      },
    });
  });
  return elements;
}
