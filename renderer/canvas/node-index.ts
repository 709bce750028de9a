// Owns the spatial index of the entities on the canvas (rbush over their bodies in model coordinates): what is in view, and which bodies a label would cover.
import RBush from 'rbush';
import type { Box } from './label-placement';

export interface IndexedNode extends Box {
  key: string;
  x: number;
  y: number;
  /** Half the body's size, in model units. */
  radius: number;
}

export interface NodeGeometry {
  key: string;
  x: number;
  y: number;
  size: number;
}

/** An rbush tree node as `toJSON` gives it: its bounds, and either entities (a leaf) or more nodes. */
interface TreeNode extends Box {
  leaf: boolean;
  children: (TreeNode | IndexedNode)[];
}

/** rbush's own test: boxes that touch overlap. */
function overlaps(a: Box, b: Box): boolean {
  return b.minX <= a.maxX && b.minY <= a.maxY && b.maxX >= a.minX && b.maxY >= a.minY;
}

function toItem(node: NodeGeometry): IndexedNode {
  const radius = node.size / 2;
  return {
    key: node.key,
    x: node.x,
    y: node.y,
    radius,
    minX: node.x - radius,
    minY: node.y - radius,
    maxX: node.x + radius,
    maxY: node.y + radius,
  };
}

/**
 * Rebuilt in one bulk load (fast, and the tree comes out better balanced) when many entities move; updated item by
 * item when a few do (a drag), so dragging on a big graph does not rebuild 30,000 entries per frame.
 */
export class NodeIndex {
  private tree = new RBush<IndexedNode>();
  private items = new Map<string, IndexedNode>();

  /** Few moves are patched in place; more than this rebuild the tree. */
  static readonly PATCH_LIMIT = 256;

  rebuild(nodes: Iterable<NodeGeometry>): void {
    this.items.clear();
    const all: IndexedNode[] = [];
    for (const node of nodes) {
      const item = toItem(node);
      all.push(item);
      this.items.set(node.key, item);
    }
    this.tree = new RBush<IndexedNode>();
    this.tree.load(all);
  }

  /** Moves, adds or (with null) removes entries. */
  patch(changes: Iterable<[string, NodeGeometry | null]>): void {
    for (const [key, node] of changes) {
      const old = this.items.get(key);
      if (old) this.tree.remove(old);
      if (node) {
        const item = toItem(node);
        this.items.set(key, item);
        this.tree.insert(item);
      } else {
        this.items.delete(key);
      }
    }
  }

  get(key: string): IndexedNode | undefined {
    return this.items.get(key);
  }

  get size(): number {
    return this.items.size;
  }

  search(box: Box): IndexedNode[] {
    return this.tree.search(box);
  }

  /**
   * True when some entity other than `except`, at least `minRadius` in size, covers part of the box. Stops at the
   * first one: rbush's `search` collects every entity under the box first, hundreds where bodies pile up (0.9 s of
   * one frame's label placement at 30k/60k, in a CPU profile), and its `collides` takes no condition. Written by hand
   * for that reason, over the tree rbush hands out through `toJSON` (its documented node format).
   */
  hitsOther(box: Box, except: string, minRadius: number): boolean {
    const root = this.tree.toJSON() as TreeNode;
    if (!overlaps(box, root)) return false;
    // A node is queued only once its own bounds overlap the box.
    const pending: TreeNode[] = [root];
    for (let node = pending.pop(); node; node = pending.pop()) {
      for (const child of node.children) {
        if (!overlaps(box, child)) continue;
        if (!node.leaf) pending.push(child as TreeNode);
        else if ((child as IndexedNode).key !== except && (child as IndexedNode).radius >= minRadius) return true;
      }
    }
    return false;
  }

  all(): IterableIterator<IndexedNode> {
    return this.items.values();
  }
}
