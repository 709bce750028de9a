// Checks the order labels claim space in: tiers first (each key once, at its highest tier), then importance, ties in graph order.
import { describe, expect, it } from 'vitest';
import { importanceOrder, labelOrder, NO_TIERS } from '../../../../renderer/canvas/label-priority';

describe('importanceOrder', () => {
  it('sorts by importance, descending, keeping the given order for ties', () => {
    const importance = new Map([
      ['a', 1],
      ['b', 5],
      ['c', 1],
      ['d', 3],
    ]);
    expect(importanceOrder(['a', 'b', 'c', 'd'], importance)).toEqual(['b', 'd', 'a', 'c']);
  });

  it('keeps the given order without importance', () => {
    expect(importanceOrder(['c', 'a', 'b'], null)).toEqual(['c', 'a', 'b']);
  });
});

describe('labelOrder', () => {
  it('puts selection, path, hover, search hits and selection neighbours before importance, each key once', () => {
    const tiers = {
      ...NO_TIERS,
      selection: ['s'],
      pathEnds: ['p1', 'p2'],
      pathMembers: ['m', 's'],
      hovered: ['h'],
      hoveredNeighbours: ['hn', 'p1'],
      searchHits: ['q'],
      selectionNeighbours: ['sn'],
    };
    const base = ['x', 'q', 'y', 's', 'h'];
    expect([...labelOrder(tiers, base)]).toEqual(['s', 'p1', 'p2', 'm', 'h', 'hn', 'q', 'sn', 'x', 'y']);
  });

  it('is the importance order when nothing is chosen', () => {
    expect([...labelOrder(NO_TIERS, ['b', 'a'])]).toEqual(['b', 'a']);
  });
});
