// Owns grouping an entity's relations by relation type and direction, for the details panel.
import type { AtlasGraph } from '../model/atlas-graph';

export interface RelationItem {
  edge: string;
  other: string;
  otherLabel: string;
}

export interface RelationGroup {
  type: string;
  typeLabel: string;
  direction: 'out' | 'in';
  /** How the group reads from the entity's side: "Intervened in" (out) or "Intervened in ← by" (in). */
  heading: string;
  items: RelationItem[];
}

export function groupRelations(graph: AtlasGraph, key: string): RelationGroup[] {
  if (!graph.hasNode(key)) return [];
  const labels = new Map(graph.getAttribute('ontology').relationTypes.map((t) => [t.id, t.label]));
  const groups = new Map<string, RelationGroup>();
  const add = (edge: string, type: string, direction: 'out' | 'in', other: string) => {
    const id = `${direction}:${type}`;
    let group = groups.get(id);
    if (!group) {
      const typeLabel = labels.get(type) ?? type;
      group = {
        type,
        typeLabel,
        direction,
        heading: direction === 'out' ? typeLabel : `${typeLabel} (incoming)`,
        items: [],
      };
      groups.set(id, group);
    }
    group.items.push({ edge, other, otherLabel: graph.getNodeAttribute(other, 'label') });
  };
  graph.forEachOutEdge(key, (edge, attrs, _s, target) => add(edge, attrs.type, 'out', target));
  graph.forEachInEdge(key, (edge, attrs, source) => add(edge, attrs.type, 'in', source));
  const list = [...groups.values()];
  for (const group of list) group.items.sort((a, b) => a.otherLabel.localeCompare(b.otherLabel));
  // Outgoing first, then by relation label: a stable order the reader can scan.
  return list.sort((a, b) =>
    a.direction === b.direction ? a.typeLabel.localeCompare(b.typeLabel) : a.direction === 'out' ? -1 : 1,
  );
}
