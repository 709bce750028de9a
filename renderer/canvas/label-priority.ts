// Owns the order in which labels claim space: the selection, the path, the hovered entity and its neighbours, search hits and the selection's neighbours first, then importance, then a stable order.

export interface LabelTiers {
  /** The selected entity, or a selected relation's ends. */
  selection: readonly string[];
  /** A drawn path's two ends, then its other members. */
  pathEnds: readonly string[];
  pathMembers: readonly string[];
  hovered: readonly string[];
  hoveredNeighbours: readonly string[];
  searchHits: readonly string[];
  selectionNeighbours: readonly string[];
}

export const NO_TIERS: LabelTiers = {
  selection: [],
  pathEnds: [],
  pathMembers: [],
  hovered: [],
  hoveredNeighbours: [],
  searchHits: [],
  selectionNeighbours: [],
};

/**
 * Every key once: importance descending, ties in the given (graph) order. Sorted when importance or the graph
 * changes, never per frame, so 30,000 entities cost one sort, not one per pan.
 */
export function importanceOrder(keys: readonly string[], importance: ReadonlyMap<string, number> | null): string[] {
  if (!importance) return [...keys];
  const rank = keys.map((key, index) => ({ key, index, value: importance.get(key) ?? 0 }));
  rank.sort((a, b) => b.value - a.value || a.index - b.index);
  return rank.map((r) => r.key);
}

/** The tiers in priority order, then the importance order; a key appears once, at its first (highest) place. */
export function* labelOrder(tiers: LabelTiers, base: readonly string[]): Generator<string> {
  const seen = new Set<string>();
  const lists = [
    tiers.selection,
    tiers.pathEnds,
    tiers.pathMembers,
    tiers.hovered,
    tiers.hoveredNeighbours,
    tiers.searchHits,
    tiers.selectionNeighbours,
  ];
  for (const list of lists) {
    for (const key of list) {
      if (seen.has(key)) continue;
      seen.add(key);
      yield key;
    }
  }
  for (const key of base) if (!seen.has(key)) yield key;
}
