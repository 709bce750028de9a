// Owns the export legend's content: the ontology's entity and relation types that are actually shown, in ontology order.
import type { Core } from 'cytoscape';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { LegendContent } from './decor-layout';

export function legendContent(cy: Core, graph: AtlasGraph): LegendContent {
  const ontology = graph.getAttribute('ontology');
  const shownEntities = new Set(cy.nodes(':visible').map((n) => String(n.data('type'))));
  const shownRelations = new Set(cy.edges(':visible').map((e) => String(e.data('type'))));
  return {
    entities: ontology.entityTypes
      .filter((t) => shownEntities.has(t.id))
      .map((t) => ({ label: t.label, color: t.color, shape: t.shape })),
    relations: ontology.relationTypes
      .filter((t) => shownRelations.has(t.id))
      .map((t) => ({ label: t.label, color: t.color, lineStyle: t.lineStyle, polarity: t.polarity })),
  };
}
