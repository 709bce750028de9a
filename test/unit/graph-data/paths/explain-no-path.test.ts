// Crafted no-path cases: each explanation must name the reason or the relaxation that actually connects the ends.
import { describe, expect, it } from 'vitest';
import { defaultPathQuery, findPaths, type PathQuery } from '../../../../graph-data/paths';
import { makeGraph } from './path-test-graphs';

const q = (from: string, to: string, extra: Partial<PathQuery> = {}): PathQuery => ({
  ...defaultPathQuery(from, to),
  ...extra,
});

describe('explainNoPath', () => {
  it('reports different weakly connected components with their sizes', () => {
    const graph = makeGraph(
      ['a', 'b', 'c', 'x', 'y'],
      [
        { source: 'a', target: 'b', type: 'supports' },
        { source: 'b', target: 'c', type: 'supports' },
        { source: 'x', target: 'y', type: 'supports' },
      ],
    );
    const result = findPaths(graph, q('a', 'y', { direction: 'any', maxHops: 10 }));
    expect(result.paths).toEqual([]);
    expect(result.explanation?.reason).toBe('different-components');
    expect(result.explanation?.componentSizes).toEqual({ from: 3, to: 2 });
    expect(result.explanation?.sentence).toMatch(/different parts of the graph/);
  });

  it('names the relation type to allow when "via" cuts the only path', () => {
    const graph = makeGraph(
      ['ecowas', 'ecomog', 'liberia'],
      [
        { source: 'ecowas', target: 'ecomog', type: 'deployed' },
        { source: 'ecomog', target: 'liberia', type: 'intervened-in' },
      ],
    );
    const result = findPaths(graph, q('ecowas', 'liberia', { via: ['intervened-in'] }));
    expect(result.explanation?.reason).toBe('constraint');
    expect(result.explanation?.relaxations).toEqual([{ kind: 'allow-relation-type', relationType: 'deployed' }]);
    expect(result.explanation?.sentence).toContain('"deployed"');
  });

  it('says to ignore direction when only a reversed edge connects', () => {
    const graph = makeGraph(
      ['a', 'b', 'c'],
      [
        { source: 'a', target: 'b', type: 'supports' },
        { source: 'c', target: 'b', type: 'supports' },
      ],
    );
    const result = findPaths(graph, q('a', 'c'));
    expect(result.explanation?.relaxations).toContainEqual({ kind: 'direction', direction: 'any' });
    expect(result.explanation?.relaxations).toHaveLength(1);
    // And the relaxation is right: with it the path appears.
    expect(findPaths(graph, q('a', 'c', { direction: 'any' })).paths).toHaveLength(1);
  });

  it('gives the exact hop limit that is needed', () => {
    const chain = ['n0', 'n1', 'n2', 'n3', 'n4', 'n5'];
    const graph = makeGraph(
      chain,
      chain.slice(1).map((target, i) => ({ source: chain[i] as string, target, type: 'supports' })),
    );
    const result = findPaths(graph, q('n0', 'n5', { maxHops: 3 }));
    expect(result.explanation?.relaxations).toEqual([{ kind: 'max-hops', maxHops: 5 }]);
    expect(result.explanation?.sentence).toMatch(/hop limit to 5 \(now 3\)/);
    expect(findPaths(graph, q('n0', 'n5', { maxHops: 4 })).paths).toEqual([]);
    expect(findPaths(graph, q('n0', 'n5', { maxHops: 5 })).paths).toHaveLength(1);
  });

  it('names the excluded entity to re-include, and only the one that matters', () => {
    const graph = makeGraph(
      ['a', 'hub', 'side', 'b'],
      [
        { source: 'a', target: 'hub', type: 'supports' },
        { source: 'hub', target: 'b', type: 'supports' },
        { source: 'a', target: 'side', type: 'supports' },
      ],
    );
    const result = findPaths(graph, q('a', 'b', { excludeEntities: ['hub', 'side'] }));
    expect(result.explanation?.relaxations).toEqual([{ kind: 'include-entity', entity: 'hub' }]);
    expect(result.explanation?.sentence).toContain('no longer excluding hub');
  });

  it('names an excluded relation type, the period and the waypoint when each alone is the cut', () => {
    const graph = makeGraph(
      ['a', 'b', 'w', 'z'],
      [
        { source: 'a', target: 'b', type: 'undermines', year: 1995 },
        { source: 'w', target: 'z', type: 'supports' },
      ],
    );
    const excluded = findPaths(graph, q('a', 'b', { excludeRelationTypes: ['undermines'] }));
    expect(excluded.explanation?.relaxations).toEqual([{ kind: 'include-relation-type', relationType: 'undermines' }]);
    const dated = findPaths(graph, q('a', 'b', { period: { start: 2000, end: 2010 } }));
    expect(dated.explanation?.relaxations).toEqual([{ kind: 'drop-period' }]);
    expect(findPaths(graph, q('a', 'b', { period: { start: 1990, end: 1995 } })).paths).toHaveLength(1);
    const waypoint = findPaths(graph, q('a', 'b', { through: 'w' }));
    expect(waypoint.explanation?.relaxations).toEqual([{ kind: 'drop-through' }]);
    expect(waypoint.explanation?.sentence).toContain('dropping the waypoint w');
  });

  it('finds a minimal set when no single relaxation is enough', () => {
    const graph = makeGraph(
      ['a', 'm', 'b'],
      [
        { source: 'a', target: 'm', type: 'deployed' },
        { source: 'b', target: 'm', type: 'supports' },
      ],
    );
    const result = findPaths(graph, q('a', 'b', { via: ['supports'] }));
    expect(result.explanation?.reason).toBe('several-constraints');
    expect(result.explanation?.relaxations).toEqual([
      { kind: 'direction', direction: 'any' },
      { kind: 'allow-relation-type', relationType: 'deployed' },
    ]);
    expect(findPaths(graph, q('a', 'b', { direction: 'any' })).paths).toHaveLength(1);
  });

  it('does not explain when the search was cut short', () => {
    const graph = makeGraph(['a', 'b'], [{ source: 'b', target: 'a', type: 'supports' }]);
    const result = findPaths(graph, q('a', 'b'), { signal: { aborted: true } });
    expect(result.truncated).toBe('cancelled');
    expect(result.explanation).toBeUndefined();
  });
});
