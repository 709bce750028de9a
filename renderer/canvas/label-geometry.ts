// Owns keeping the label layer's index of entity bodies current with the canvas: rebuilt when the shown entities or their sizes change or many moved, patched when a few moved (a drag).
import type { Core, EventObject, NodeSingular } from 'cytoscape';
import { graphKeyOf, isRegionElement, nodeElementId } from './element-ids';
import { canvasNodes } from './element-lists';
import { type NodeGeometry, NodeIndex } from './node-index';

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
