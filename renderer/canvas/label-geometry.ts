// Owns the label layer's geometry: its index of entity bodies, kept current with the canvas (rebuilt when the shown entities or their sizes change or many moved, patched when a few moved, a drag), and where a relation's label is anchored.
import type { Core, EdgeSingular, EventObject, NodeSingular } from 'cytoscape';
import { edgeElementId, graphKeyOf, isRegionElement, nodeElementId } from './element-ids';
import { canvasNodes } from './element-lists';
import { isHidden } from './hidden-flag';
import { type NodeGeometry, NodeIndex } from './node-index';
import type { RelationEnds } from './relation-table';

export class LabelGeometry {
  readonly index = new NodeIndex();
  private stale = true;
  private readonly moved = new Set<string>();
  /** Entities in the index at its last rebuild (placement on a big graph waits for the viewport to rest). */
  private indexed = 0;
  private readonly onPosition = (event: EventObject) => {
    // Past the limit the index is rebuilt whole: the keys of a 30,000-entity move would be garbage.
    if (this.moved.size <= NodeIndex.PATCH_LIMIT) this.moved.add(graphKeyOf(event.target));
  };

  constructor(private readonly cy: Core) {
    cy.on('position', 'node', this.onPosition);
  }

  get indexedNodes(): number {
    return this.indexed;
  }

  /** Which entities are shown, or their sizes, changed: the index is rebuilt on the next refresh. */
  invalidate(): void {
    this.stale = true;
  }

  /** Brings the index up to date with the canvas; `isShown` tells which of its entities are on show. */
  refresh(isShown: (key: string) => boolean): void {
    const cy = this.cy;
    if (this.stale || this.moved.size > NodeIndex.PATCH_LIMIT) {
      // Read straight into the index: no record per entity (see NodeIndex).
      this.index.rebuild((add) => {
        for (const node of canvasNodes(cy)) {
          const key = graphKeyOf(node);
          if (!isShown(key)) continue;
          const p = node.position();
          add(key, p.x, p.y, bodySize(node));
        }
      });
      this.indexed = this.index.size;
      this.stale = false;
      this.moved.clear();
      return;
    }
    if (this.moved.size === 0) return;
    const changes: [string, NodeGeometry | null][] = [];
    for (const key of this.moved) {
      const node = cy.getElementById(nodeElementId(key));
      if (node.empty() || !isShown(key)) {
        changes.push([key, null]);
        continue;
      }
      const p = node.position();
      changes.push([key, { key, x: p.x, y: p.y, size: bodySize(node as NodeSingular) }]);
    }
    this.moved.clear();
    this.index.patch(changes);
  }

  destroy(): void {
    this.cy.off('position', 'node', this.onPosition);
  }
}

/** The body size labels keep clear of. A region's name is written over it, like a map's: no obstacle (size 0). */
function bodySize(node: NodeSingular): number {
  return isRegionElement(node) ? 0 : Number(node.data('size')) || 0;
}

/** Looks up a relation Cytoscape may not hold (relation-table.ts). */
export type RelationLookup = (key: string) => RelationEnds | null;

/**
 * Where a shown relation's label is anchored, in model coordinates; null when it is hidden or not on the canvas.
 * `straight`: every relation is a straight line between its entities' centres (the plain stylesheet's haystack lines),
 * so the anchor is read from their positions; Cytoscape's `midpoint()` styles and measures each relation it is asked
 * about, and on a graph the bulk raster draws no relation is otherwise styled (asking was 85 ms of placing labels
 * after a 30k/60k layout, a CPU profile). A relation Cytoscape does not hold is looked up in `apart`.
 */
export function relationAnchor(
  cy: Core,
  key: string,
  straight: boolean,
  apart: RelationLookup | null,
): { x: number; y: number } | null {
  const edge = cy.getElementById(edgeElementId(key));
  if (edge.nonempty()) {
    if (isHidden(edge)) return null;
    if (!straight) return (edge as EdgeSingular).midpoint();
    return midway((edge as EdgeSingular).source().position(), (edge as EdgeSingular).target().position());
  }
  const ends = apart?.(key);
  if (!ends || ends.hidden) return null;
  const source = cy.getElementById(nodeElementId(ends.source));
  const target = cy.getElementById(nodeElementId(ends.target));
  if (source.empty() || target.empty()) return null;
  return midway((source as NodeSingular).position(), (target as NodeSingular).position());
}

function midway(s: { x: number; y: number }, t: { x: number; y: number }): { x: number; y: number } {
  return { x: (s.x + t.x) / 2, y: (s.y + t.y) / 2 };
}
