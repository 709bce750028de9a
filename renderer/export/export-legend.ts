// Owns the export legend's content: the ontology's entity and relation types that are actually shown, in ontology order.
import type { Visibility } from '../../graph-data/explore/visibility';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { LegendContent } from './decor-layout';

/** `drawn` maps a type's colour to the colour the exported picture draws it in (lifted on a dark background). */
export function legendContent(
  graph: AtlasGraph,
  shown: Visibility,
  drawn: (color: string) => string = (color) => color,
): LegendContent {
  const ontology = graph.getAttribute('ontology');
  const shownEntities = new Set<string>();
  const shownRelations = new Set<string>();
  for (const key of shown.nodes) if (graph.hasNode(key)) shownEntities.add(graph.getNodeAttribute(key, 'type'));
  for (const key of shown.edges) if (graph.hasEdge(key)) shownRelations.add(graph.getEdgeAttribute(key, 'type'));
  return {
    entities: ontology.entityTypes
      .filter((t) => shownEntities.has(t.id))
      .map((t) => ({ label: t.label, color: drawn(t.color), shape: t.shape })),
    relations: ontology.relationTypes
      .filter((t) => shownRelations.has(t.id))
      .map((t) => ({ label: t.label, color: t.color, lineStyle: t.lineStyle, polarity: t.polarity })),
  };
}
