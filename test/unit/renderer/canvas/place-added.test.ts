// Checks where entities added to an open graph first stand: around their placed neighbours, chains outwards, strangers beside the rest.
import { describe, expect, it } from 'vitest';
import { placeAdded } from '../../../../renderer/canvas/place-added';

const neighbours = (edges: [string, string][]) => (key: string) =>
  edges.flatMap(([a, b]) => (a === key ? [b] : b === key ? [a] : []));

describe('placeAdded', () => {
  it('puts each new neighbour of a placed entity on a ring around it, none on another', () => {
    const placed = new Map([['hub', { x: 100, y: 50 }]]);
    const added = ['a', 'b', 'c', 'd', 'e', 'f'];
    const spots = placeAdded(added, placed, neighbours(added.map((k) => ['hub', k])), 20);
    expect([...spots.keys()].sort()).toEqual(added);
    const points = [...spots.values(), { x: 100, y: 50 }];
    for (const p of spots.values()) {
      const d = Math.hypot(p.x - 100, p.y - 50);
      expect(d).toBeGreaterThanOrEqual(30);
      expect(d).toBeLessThanOrEqual(30 + 10 * Math.sqrt(added.length));
    }
    for (let i = 0; i < points.length; i++) {
      for (let j = i + 1; j < points.length; j++) {
        const a = points[i];
        const b = points[j];
        if (a && b) expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(10);
      }
    }
  });

  it('grows a chain outwards from what stands, and is deterministic', () => {
    const placed = new Map([['root', { x: 0, y: 0 }]]);
    const edges: [string, string][] = [
      ['root', 'one'],
      ['one', 'two'],
    ];
    const spots = placeAdded(['two', 'one'], placed, neighbours(edges), 10);
    const one = spots.get('one');
    const two = spots.get('two');
    expect(one && Math.hypot(one.x, one.y)).toBeCloseTo(15, 5);
    expect(two && one && Math.hypot(two.x - one.x, two.y - one.y)).toBeCloseTo(15, 5);
    expect(placeAdded(['two', 'one'], placed, neighbours(edges), 10)).toEqual(spots);
  });

  it('places entities with no placed neighbour beside the others, and an empty canvas around the origin', () => {
    const placed = new Map([
      ['a', { x: 0, y: 0 }],
      ['b', { x: 100, y: 40 }],
    ]);
    const spots = placeAdded(['x'], placed, () => [], 10);
    expect(spots.get('x')?.x).toBeGreaterThan(100);
    const fresh = placeAdded(['p', 'q'], new Map(), () => [], 10);
    expect(fresh.size).toBe(2);
    expect(fresh.get('p')).not.toEqual(fresh.get('q'));
  });

  it('never moves an entity that already stands', () => {
    const placed = new Map([['a', { x: 5, y: 5 }]]);
    expect(placeAdded(['a'], placed, () => [], 10).size).toBe(0);
  });
});
