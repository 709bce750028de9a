// Checks the spatial index of entity bodies: search by box, obstacles other than the entity itself and at least a size, rebuild and patching.
import { describe, expect, it } from 'vitest';
import { NodeIndex } from '../../../../renderer/canvas/node-index';

describe('NodeIndex', () => {
  const build = () => {
    const index = new NodeIndex();
    index.rebuild([
      { key: 'a', x: 0, y: 0, size: 10 },
      { key: 'b', x: 100, y: 0, size: 10 },
      { key: 'tiny', x: 50, y: 0, size: 1 },
    ]);
    return index;
  };

  it('finds the bodies a box touches', () => {
    const found = build().search({ minX: -6, minY: -6, maxX: 6, maxY: 6 });
    expect(found.map((n) => n.key)).toEqual(['a']);
  });

  it('ignores the entity itself and bodies below the minimum size', () => {
    const index = build();
    const box = { minX: -10, minY: -10, maxX: 110, maxY: 10 };
    expect(index.hitsOther(box, 'a', 2)).toBe(true);
    expect(index.hitsOther({ minX: 45, minY: -5, maxX: 55, maxY: 5 }, 'a', 2)).toBe(false);
    expect(index.hitsOther({ minX: 45, minY: -5, maxX: 55, maxY: 5 }, 'a', 0.1)).toBe(true);
  });

  it('answers like a search of every body, on piled-up bodies and after a bulk load', () => {
    // A seeded generator: bodies piled at the centre (a dense layout's first steps) and scattered around it.
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const nodes = Array.from({ length: 3000 }, (_, i) => {
      const spread = i % 3 === 0 ? 2000 : 50;
      return { key: `n${i}`, x: (random() - 0.5) * spread, y: (random() - 0.5) * spread, size: 1 + random() * 30 };
    });
    const piled = new NodeIndex();
    piled.rebuild(nodes);
    let hits = 0;
    for (let probe = 0; probe < 500; probe++) {
      const x = (random() - 0.5) * 2200;
      const y = (random() - 0.5) * 2200;
      const box = { minX: x, minY: y, maxX: x + random() * 80, maxY: y + random() * 20 };
      const except = `n${Math.floor(random() * 3000)}`;
      const minRadius = random() * 10;
      const expected = piled.search(box).some((item) => item.key !== except && item.radius >= minRadius);
      expect(piled.hitsOther(box, except, minRadius)).toBe(expected);
      if (expected) hits++;
    }
    // Both answers occur, so the comparison says something.
    expect(hits).toBeGreaterThan(50);
    expect(hits).toBeLessThan(450);
    expect(new NodeIndex().hitsOther({ minX: 0, minY: 0, maxX: 1, maxY: 1 }, '', 0)).toBe(false);
  });

  it('moves, adds and removes entries in place', () => {
    const index = build();
    index.patch([
      ['a', { key: 'a', x: 500, y: 500, size: 10 }],
      ['c', { key: 'c', x: -50, y: -50, size: 10 }],
      ['b', null],
    ]);
    expect(index.size).toBe(3);
    expect(index.get('a')?.x).toBe(500);
    expect(index.search({ minX: -6, minY: -6, maxX: 6, maxY: 6 })).toEqual([]);
    expect(index.get('b')).toBeUndefined();
    expect(index.search({ minX: -60, minY: -60, maxX: -40, maxY: -40 }).map((n) => n.key)).toEqual(['c']);
  });
});
