// Owns the "by type" layout: one column per entity type in ontology order, entities sorted by label, long columns wrapped.
import type { Positions } from './view-types';

export interface TypedNode {
  id: string;
  type: string;
  label: string;
}

export interface ByTypeOptions {
  columnGap?: number;
  rowGap?: number;
  maxRows?: number;
}

export function byTypePositions(nodes: TypedNode[], typeOrder: string[], options: ByTypeOptions = {}): Positions {
  const columnGap = options.columnGap ?? 170;
  const rowGap = options.rowGap ?? 80;
  const maxRows = options.maxRows ?? 20;
  const rank = new Map(typeOrder.map((t, i) => [t, i]));
  const groups = new Map<string, TypedNode[]>();
  for (const node of nodes) {
    const group = groups.get(node.type) ?? [];
    group.push(node);
    groups.set(node.type, group);
  }
  // Types missing from the ontology go last, alphabetically, so a file with unknown types still lays out.
  const types = [...groups.keys()].sort(
    (a, b) => (rank.get(a) ?? typeOrder.length) - (rank.get(b) ?? typeOrder.length) || a.localeCompare(b),
  );
  const positions: Positions = {};
  let column = 0;
  for (const type of types) {
    const group = (groups.get(type) ?? []).sort((a, b) => a.label.localeCompare(b.label));
    const subColumns = Math.max(1, Math.ceil(group.length / maxRows));
    group.forEach((node, i) => {
      const sub = Math.floor(i / maxRows);
      positions[node.id] = { x: (column + sub * 0.8) * columnGap, y: (i % maxRows) * rowGap };
    });
    column += 1 + (subColumns - 1) * 0.8;
  }
  return positions;
}
