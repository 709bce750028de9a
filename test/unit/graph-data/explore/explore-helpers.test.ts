import { describe, expect, it, vi } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { byTypePositions } from '../../../../graph-data/explore/by-type-layout';
import { communityColor, computeMetric, MetricCache, sizesFor } from '../../../../graph-data/explore/graph-metrics';
import { neighbourInDirection } from '../../../../graph-data/explore/neighbour-step';
import { groupRelations } from '../../../../graph-data/explore/relation-groups';
import { buildSearchIndex, foldText } from '../../../../graph-data/explore/search-index';
import { UndoHistory } from '../../../../graph-data/explore/undo-history';
import { smallGraph } from './small-graph';

describe('search', () => {
  it('folds accents and case', () => {
    expect(foldText('Côte d’Ivoire ÉCOWAS')).toBe('cote d’ivoire ecowas');
  });

  it('finds by label, alias and description, accent- and case-insensitively', () => {
    const index = buildSearchIndex(smallGraph());
    expect(index.search('cote')[0]?.key).toBe('b');
    expect(index.search('CÔTE BRAVO')[0]).toMatchObject({ key: 'b', typeLabel: 'Region' });
    expect(index.search('first pact')[0]).toMatchObject({ key: 'a', matchedOn: 'First Pact' });
    expect(index.search('civil war')[0]).toMatchObject({ key: 'b', matchedOn: 'description' });
    expect(index.search('   ')).toEqual([]);
  });

  it('reads the graph on the first query, once, not when the index is asked for', () => {
    const graph = smallGraph();
    const reads = vi.spyOn(graph, 'mapNodes');
    const index = buildSearchIndex(graph);
    expect(index.search('  ')).toEqual([]);
    expect(reads).not.toHaveBeenCalled();
    expect(index.search('cote')[0]?.key).toBe('b');
    expect(index.search('bravo')[0]?.key).toBe('b');
    expect(reads).toHaveBeenCalledTimes(1);
  });

  it('tolerates typos on the embedded graph', () => {
    const index = buildSearchIndex(loadEmbeddedGraph());
    expect(index.search('ecowas')[0]?.key).toBe('ecowas');
    expect(index.search('Ecowsa')[0]?.key).toBe('ecowas');
    expect(index.search('North Atlantic Treaty')[0]?.key).toBe('nato');
  });
});

describe('metrics', () => {
  it('computes degree, betweenness, pagerank and communities', () => {
    const g = smallGraph();
    expect(computeMetric(g, 'degree').get('b')).toBe(3);
    const between = computeMetric(g, 'betweenness');
    expect(between.get('c')).toBeGreaterThan(between.get('a') ?? 0);
    const rank = computeMetric(g, 'pagerank');
    const total = [...rank.values()].reduce((a, b) => a + b, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(rank.get('e')).toBeGreaterThan(rank.get('a') ?? 0);
    const communities = computeMetric(g, 'community');
    expect(communities.size).toBe(5);
  });

  it('is deterministic and cached on the embedded graph', () => {
    const g = loadEmbeddedGraph();
    const cache = new MetricCache();
    const first = cache.get(g, 'community');
    expect(cache.get(g, 'community')).toBe(first);
    expect([...computeMetric(g, 'community')]).toEqual([...first]);
    expect(new Set(first.values()).size).toBeGreaterThan(1);
  });

  it('maps values to sizes and communities to colours', () => {
    const sizes = sizesFor(
      new Map([
        ['x', 0],
        ['y', 4],
        ['z', 16],
      ]),
      10,
      50,
    );
    expect(sizes.get('x')).toBe(10);
    expect(sizes.get('z')).toBe(50);
    expect(sizes.get('y')).toBe(30);
    expect(communityColor(0)).toMatch(/^#/);
    expect(communityColor(12)).toBe(communityColor(0));
  });
});

describe('undo history', () => {
  it('undoes and redoes, and a new record clears redo', () => {
    const h = new UndoHistory<number>(3);
    expect(h.undo(0)).toBeNull();
    h.record(0);
    h.record(1);
    expect(h.undo(2)).toBe(1);
    expect(h.canRedo).toBe(true);
    expect(h.redo(1)).toBe(2);
    expect(h.undo(2)).toBe(1);
    h.record(1);
    expect(h.canRedo).toBe(false);
    h.record(5);
    h.record(6);
    // limit 3: the oldest entry fell off
    expect([h.undo(9), h.undo(9), h.undo(9), h.undo(9)]).toEqual([6, 5, 1, null]);
  });
});

describe('by-type layout', () => {
  it('places one column per type in ontology order, sorted by label, wrapping long columns', () => {
    const p = byTypePositions(
      [
        { id: 'r2', type: 'region', label: 'Zulu' },
        { id: 'a1', type: 'alliance', label: 'Alpha' },
        { id: 'r1', type: 'region', label: 'Bravo' },
        { id: 'x', type: 'unknown', label: 'X' },
      ],
      ['alliance', 'region'],
      { columnGap: 100, rowGap: 10 },
    );
    expect(p.a1).toEqual({ x: 0, y: 0 });
    expect(p.r1).toEqual({ x: 100, y: 0 });
    expect(p.r2).toEqual({ x: 100, y: 10 });
    expect(p.x?.x).toBe(200);
    const wrapped = byTypePositions(
      Array.from({ length: 5 }, (_, i) => ({ id: `n${i}`, type: 't', label: `n${i}` })),
      ['t'],
      { maxRows: 2, columnGap: 100, rowGap: 10 },
    );
    expect(wrapped.n4).toEqual({ x: 160, y: 0 });
  });
});

describe('relation groups', () => {
  it('groups by type and direction, outgoing first', () => {
    const groups = groupRelations(smallGraph(), 'b');
    expect(groups.map((g) => `${g.direction}:${g.type}:${g.items.map((i) => i.other).join(',')}`)).toEqual([
      'out:intervened-in:c',
      'in:intervened-in:a',
      'in:undermines:a',
    ]);
  });

  it('lists NATO relations to Kosovo and Afghanistan', () => {
    const others = groupRelations(loadEmbeddedGraph(), 'nato').flatMap((g) => g.items.map((i) => i.otherLabel));
    expect(others).toContain('Kosovo');
    expect(others).toContain('Afghanistan');
  });
});

describe('neighbourInDirection', () => {
  const origin = { id: 'o', x: 0, y: 0 };
  const around = [
    { id: 'right', x: 100, y: 5 },
    { id: 'far-right', x: 300, y: 0 },
    { id: 'up', x: 0, y: -50 },
    { id: 'down-left', x: -60, y: 60 },
  ];
  it('picks the best-aligned neighbour', () => {
    expect(neighbourInDirection(origin, around, 'right')).toBe('far-right');
    expect(neighbourInDirection(origin, around, 'up')).toBe('up');
    expect(neighbourInDirection(origin, around, 'down')).toBe('down-left');
    expect(neighbourInDirection(origin, [{ id: 'up', x: 0, y: -50 }], 'down')).toBeNull();
  });
});
