// Checks the spatial index of entity bodies: where each entity is, obstacles other than the entity itself and at least a size, against a scan of every body, after a rebuild and after patches.
import { describe, expect, it } from 'vitest';
import type { Box } from '../../../../renderer/canvas/label-placement';
import { NO_SLOT, type NodeGeometry, NodeIndex } from '../../../../renderer/canvas/node-index';

const rebuilt = (nodes: readonly NodeGeometry[]): NodeIndex => {
  const index = new NodeIndex();
  index.rebuild((add) => {
    for (const n of nodes) add(n.key, n.x, n.y, n.size);
  });
  return index;
};

/** The oracle: every body checked one by one (touching counts, as in the index). */
const scanHits = (nodes: Iterable<NodeGeometry>, box: Box, except: string, minRadius: number): boolean => {
  for (const n of nodes) {
    const r = n.size / 2;
    if (n.key === except || r < minRadius) continue;
    if (n.x - r <= box.maxX && n.y - r <= box.maxY && n.x + r >= box.minX && n.y + r >= box.minY) return true;
  }
  return false;
};

/** A seeded generator: the same bodies and probes on every run. */
const seeded = (seed: number) => () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};

describe('NodeIndex', () => {
  const three = () =>
    rebuilt([
      { key: 'a', x: 0, y: 0, size: 10 },
      { key: 'b', x: 100, y: 0, size: 10 },
      { key: 'tiny', x: 50, y: 0, size: 1 },
    ]);

  it('knows where each entity is and how big', () => {
    const index = three();
    expect(index.size).toBe(3);
    const b = index.find('b');
    expect([index.x(b), index.y(b), index.radius(b)]).toEqual([100, 0, 5]);
    expect(index.find('missing')).toBe(NO_SLOT);
  });

  it('ignores the entity itself and bodies below the minimum size', () => {
    const index = three();
    expect(index.hitsOther({ minX: -10, minY: -10, maxX: 110, maxY: 10 }, 'a', 2)).toBe(true);
    expect(index.hitsOther({ minX: -6, minY: -6, maxX: 6, maxY: 6 }, 'a', 2)).toBe(false);
    expect(index.hitsOther({ minX: -6, minY: -6, maxX: 6, maxY: 6 }, 'b', 2)).toBe(true);
    expect(index.hitsOther({ minX: 45, minY: -5, maxX: 55, maxY: 5 }, 'a', 2)).toBe(false);
    expect(index.hitsOther({ minX: 45, minY: -5, maxX: 55, maxY: 5 }, 'a', 0.1)).toBe(true);
    // Touching counts: b's body starts at x = 95.
    expect(index.hitsOther({ minX: 90, minY: 0, maxX: 95, maxY: 1 }, '', 0)).toBe(true);
    expect(index.hitsOther({ minX: 90, minY: 0, maxX: 94.9, maxY: 1 }, '', 0)).toBe(false);
    expect(new NodeIndex().hitsOther({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, '', 0)).toBe(false);
  });

  it('answers like a scan of every body, on piled-up bodies, after a rebuild and after patches', () => {
    const random = seeded(7);
    // Bodies piled at the centre (a dense layout's first steps) and scattered around it.
    const nodes = new Map<string, NodeGeometry>();
    for (let i = 0; i < 3000; i++) {
      const spread = i % 3 === 0 ? 2000 : 50;
      const key = `n${i}`;
      nodes.set(key, { key, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, size: 1 + random() * 30 });
    }
    const index = rebuilt([...nodes.values()]);
    const probe = () => {
      let hits = 0;
      for (let i = 0; i < 500; i++) {
        const x = (random() - 0.5) * 2200;
        const y = (random() - 0.5) * 2200;
        const box = { minX: x, minY: y, maxX: x + random() * 80, maxY: y + random() * 20 };
        const except = `n${Math.floor(random() * 3000)}`;
        const minRadius = random() * 10;
        const expected = scanHits(nodes.values(), box, except, minRadius);
        expect(index.hitsOther(box, except, minRadius)).toBe(expected);
        if (expected) hits++;
      }
      // Both answers occur, so the comparison says something.
      expect(hits).toBeGreaterThan(50);
      expect(hits).toBeLessThan(450);
    };
    probe();
    // Drags: fewer moves than the limit stay beside the tree; then more than the limit, which rebuilds it.
    for (const count of [40, NodeIndex.PATCH_LIMIT + 10]) {
      const changes: [string, NodeGeometry | null][] = [];
      for (let i = 0; i < count; i++) {
        const key = `n${Math.floor(random() * 3000)}`;
        if (i % 10 === 0) {
          nodes.delete(key);
          changes.push([key, null]);
          continue;
        }
        const moved = { key, x: (random() - 0.5) * 2000, y: (random() - 0.5) * 2000, size: 1 + random() * 30 };
        nodes.set(key, moved);
        changes.push([key, moved]);
      }
      index.patch(changes);
      expect(index.size).toBe(nodes.size);
      probe();
    }
  });

  it('moves, adds and removes entries', () => {
    const index = three();
    index.patch([
      ['a', { key: 'a', x: 500, y: 500, size: 10 }],
      ['c', { key: 'c', x: -50, y: -50, size: 10 }],
      ['b', null],
    ]);
    expect(index.size).toBe(3);
    expect(index.x(index.find('a'))).toBe(500);
    expect(index.find('b')).toBe(NO_SLOT);
    // a left the origin, b is gone, c is where it was added.
    expect(index.hitsOther({ minX: -6, minY: -6, maxX: 6, maxY: 6 }, '', 0)).toBe(false);
    expect(index.hitsOther({ minX: 495, minY: 495, maxX: 496, maxY: 496 }, '', 0)).toBe(true);
    expect(index.hitsOther({ minX: 95, minY: -5, maxX: 105, maxY: 5 }, '', 0)).toBe(false);
    expect(index.hitsOther({ minX: -60, minY: -60, maxX: -40, maxY: -40 }, 'a', 0)).toBe(true);
    expect(index.hitsOther({ minX: -60, minY: -60, maxX: -40, maxY: -40 }, 'c', 0)).toBe(false);
    // Added past the starting capacity: the slots grow.
    const many: [string, NodeGeometry][] = Array.from({ length: 200 }, (_, i) => [
      `m${i}`,
      { key: `m${i}`, x: 1000 + i * 20, y: 0, size: 4 },
    ]);
    index.patch(many);
    expect(index.size).toBe(203);
    expect(index.x(index.find('m199'))).toBe(1000 + 199 * 20);
    expect(index.hitsOther({ minX: 4979, minY: -1, maxX: 4981, maxY: 1 }, '', 0)).toBe(true);
  });
});
