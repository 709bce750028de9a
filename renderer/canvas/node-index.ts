// Owns the spatial index of the entities on the canvas (Flatbush over their bodies in model coordinates, typed arrays per entity): where each entity is, and which bodies a label would cover.
import Flatbush from 'flatbush';
import type { Box } from './label-placement';

export interface NodeGeometry {
  key: string;
  x: number;
  y: number;
  size: number;
}

/** Adds one entity to a rebuild: its key, centre and size (the body's width, in model units). */
export type AddNode = (key: string, x: number, y: number, size: number) => void;

/** The slot `find` gives for a key the index does not hold. */
export const NO_SLOT = -1;

const INITIAL_CAPACITY = 64;

/** A copy of `array` with room for `capacity` entries. */
function grown<T extends Float64Array | Uint8Array>(array: T, capacity: number): T {
  const next = new (array.constructor as new (length: number) => T)(capacity);
  next.set(array);
  return next;
}

/**
 * Entities live in slots: a key, a centre and a radius in typed arrays, so that a rebuild of 30,000 makes no object per
 * entity. With rbush it made three (its item, the tree's leaves, a geometry record): in an allocation profile of a
 * 30k/60k layout rerun the rebuilds were the largest source of garbage, and a rebuild that ended up running V8's
 * incremental marking was one 0.68 s task (a trace). Flatbush is static, so entities moved or added since the last
 * rebuild (a drag) sit in a short list beside the tree, their tree entries marked stale, until more than PATCH_LIMIT
 * have moved: then the tree is rebuilt from the slots.
 */
export class NodeIndex {
  /** Few moves are patched beside the tree; more than this rebuild it. */
  static readonly PATCH_LIMIT = 256;

  private keys: string[] = [];
  private xs = new Float64Array(INITIAL_CAPACITY);
  private ys = new Float64Array(INITIAL_CAPACITY);
  private radii = new Float64Array(INITIAL_CAPACITY);
  /** 1 where the tree's entry for the slot no longer holds (moved, added or removed since the rebuild). */
  private stale = new Uint8Array(INITIAL_CAPACITY);
  private readonly slots = new Map<string, number>();
  private tree: Flatbush | null = null;
  /** Slots moved or added since the rebuild, searched one by one. */
  private readonly patched = new Set<number>();

  /** Replaces every entry: `fill` calls `add` once per entity. */
  rebuild(fill: (add: AddNode) => void): void {
    this.slots.clear();
    this.patched.clear();
    const keys: string[] = [];
    const add: AddNode = (key, x, y, size) => {
      const slot = keys.length;
      if (slot === this.xs.length) this.grow(slot * 2);
      keys.push(key);
      this.xs[slot] = x;
      this.ys[slot] = y;
      this.radii[slot] = size / 2;
      this.slots.set(key, slot);
    };
    fill(add);
    this.keys = keys;
    this.stale.fill(0);
    this.buildTree();
  }

  /** Moves, adds or (with null) removes entries. */
  patch(changes: Iterable<[string, NodeGeometry | null]>): void {
    for (const [key, node] of changes) {
      const existing = this.slots.get(key);
      if (!node) {
        if (existing === undefined) continue;
        this.slots.delete(key);
        this.stale[existing] = 1;
        this.patched.delete(existing);
        continue;
      }
      let slot = existing;
      if (slot === undefined) {
        slot = this.keys.length;
        if (slot === this.xs.length) this.grow(slot * 2);
        this.keys.push(key);
        this.slots.set(key, slot);
      }
      this.xs[slot] = node.x;
      this.ys[slot] = node.y;
      this.radii[slot] = node.size / 2;
      this.stale[slot] = 1;
      this.patched.add(slot);
    }
    if (this.patched.size > NodeIndex.PATCH_LIMIT) this.compact();
  }

  /** The entity's slot, or NO_SLOT: read its place with x(), y() and radius(). */
  find(key: string): number {
    return this.slots.get(key) ?? NO_SLOT;
  }

  x(slot: number): number {
    return this.xs[slot] ?? 0;
  }

  y(slot: number): number {
    return this.ys[slot] ?? 0;
  }

  /** Half the body's size, in model units. */
  radius(slot: number): number {
    return this.radii[slot] ?? 0;
  }

  get size(): number {
    return this.slots.size;
  }

  /**
   * True when some entity other than `except`, at least `minRadius` in size, covers part of the box (touching counts).
   * Stops at the first one: where bodies pile up a box covers hundreds, and collecting them all was 0.9 s of one frame's
   * label placement at 30k/60k in a CPU profile.
   */
  hitsOther(box: Box, except: string, minRadius: number): boolean {
    const { keys, radii, stale } = this;
    const counts = (slot: number) => stale[slot] === 0 && (radii[slot] ?? 0) >= minRadius && keys[slot] !== except;
    if (this.tree?.collides(box.minX, box.minY, box.maxX, box.maxY, counts)) return true;
    for (const slot of this.patched) {
      const r = this.radii[slot] ?? 0;
      const x = this.xs[slot] ?? 0;
      const y = this.ys[slot] ?? 0;
      if (r < minRadius || keys[slot] === except) continue;
      if (x - r <= box.maxX && y - r <= box.maxY && x + r >= box.minX && y + r >= box.minY) return true;
    }
    return false;
  }

  /** Rebuilds the tree from the slots still held, moved ones at their new places. */
  private compact(): void {
    const { keys, xs, ys, radii, slots } = this;
    const live: number[] = [];
    for (let slot = 0; slot < keys.length; slot++) {
      if (slots.get(keys[slot] as string) === slot) live.push(slot);
    }
    this.rebuild((add) => {
      for (const slot of live) add(keys[slot] as string, xs[slot] ?? 0, ys[slot] ?? 0, (radii[slot] ?? 0) * 2);
    });
  }

  private buildTree(): void {
    const count = this.keys.length;
    if (count === 0) {
      this.tree = null;
      return;
    }
    const tree = new Flatbush(count);
    const { xs, ys, radii } = this;
    for (let slot = 0; slot < count; slot++) {
      const x = xs[slot] ?? 0;
      const y = ys[slot] ?? 0;
      const r = radii[slot] ?? 0;
      tree.add(x - r, y - r, x + r, y + r);
    }
    tree.finish();
    this.tree = tree;
  }

  private grow(capacity: number): void {
    this.xs = grown(this.xs, capacity);
    this.ys = grown(this.ys, capacity);
    this.radii = grown(this.radii, capacity);
    this.stale = grown(this.stale, capacity);
  }
}
