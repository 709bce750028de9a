// Safety caps (max paths, time, cancellation, streaming) and entity resolution.
import { describe, expect, it } from 'vitest';
import {
  defaultPathQuery,
  EntityResolutionError,
  findPaths,
  type GraphPath,
  type PathQuery,
  PathQueryError,
  resolveEntity,
  streamPaths,
} from '../../../../graph-data/paths';
import { makeGraph, type TestEdge } from './path-test-graphs';

/** A complete directed graph with two parallel typed edges per ordered pair: a huge number of simple paths. */
function dense(n: number) {
  const nodes = Array.from({ length: n }, (_, i) => `v${i}`);
  const edges: TestEdge[] = [];
  for (const s of nodes)
    for (const t of nodes)
      if (s !== t) edges.push({ source: s, target: t, type: 'a' }, { source: s, target: t, type: 'b' });
  return makeGraph(nodes, edges);
}

const allQuery = (maxHops: number): PathQuery => ({ ...defaultPathQuery('v0', 'v1'), mode: 'all', maxHops });

describe('caps', () => {
  it('stops at max paths and says so', () => {
    const streamed: GraphPath[] = [];
    const result = findPaths(dense(9), allQuery(8), { maxPaths: 50, onPath: (p) => streamed.push(p) });
    expect(result.truncated).toBe('max-paths');
    expect(result.paths).toHaveLength(50);
    expect(streamed).toHaveLength(50);
    expect(result.explanation).toBeUndefined();
  });

  it('returns plain data a Web Worker can post (structured clone keeps it intact)', () => {
    const result = findPaths(dense(4), allQuery(3), { maxPaths: 3 });
    expect(structuredClone(result)).toEqual(result);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });

  it('is not truncated when the cap is not reached', () => {
    // v0 -> v1 in K3 with 2 parallel edges: 2 direct + 2*2 via v2 = 6 paths.
    const result = findPaths(dense(3), allQuery(3), { maxPaths: 7 });
    expect(result.paths).toHaveLength(6);
    expect(result.truncated).toBeNull();
    // Exactly at the cap with nothing left is complete; one below the cap is truncated.
    expect(findPaths(dense(3), allQuery(3), { maxPaths: 6 }).truncated).toBeNull();
    const cut = findPaths(dense(3), allQuery(3), { maxPaths: 5 });
    expect(cut.truncated).toBe('max-paths');
    expect(cut.paths).toHaveLength(5);
  });

  it('stops at the time budget with a fake clock', () => {
    let clock = 0;
    const result = findPaths(dense(9), allQuery(8), {
      maxPaths: 1_000_000,
      timeBudgetMs: 100,
      now: () => {
        clock += 1;
        return clock;
      },
    });
    expect(result.truncated).toBe('time');
    expect(result.paths.length).toBeGreaterThan(0);
  });

  it('stops when cancelled between steps (AbortSignal or callback)', () => {
    const controller = new AbortController();
    let seen = 0;
    const result = findPaths(dense(9), allQuery(8), {
      maxPaths: 1_000_000,
      signal: controller.signal,
      onPath: () => {
        seen++;
        if (seen === 10) controller.abort();
      },
    });
    expect(result.truncated).toBe('cancelled');
    expect(result.paths).toHaveLength(10);
    let calls = 0;
    const byCallback = findPaths(dense(9), allQuery(8), { maxPaths: 1_000_000, isCancelled: () => ++calls > 3 });
    expect(byCallback.truncated).toBe('cancelled');
  });

  it('streams lazily: taking 5 paths from the generator does not enumerate the rest', () => {
    const generator = streamPaths(dense(9), allQuery(8), { maxPaths: 1_000_000 });
    const taken: GraphPath[] = [];
    for (const path of generator) {
      taken.push(path);
      if (taken.length === 5) break;
    }
    expect(taken).toHaveLength(5);
    expect(new Set(taken.map((p) => p.edges.join())).size).toBe(5);
  });

  it('returns the generator result as the truncation reason', () => {
    const generator = streamPaths(dense(3), allQuery(3));
    let step = generator.next();
    let count = 0;
    while (!step.done) {
      count++;
      step = generator.next();
    }
    expect(count).toBe(6);
    expect(step.value).toBeNull();
  });
});

describe('resolution', () => {
  const graph = makeGraph(
    [
      { id: 'ci', label: "Côte d'Ivoire", aliases: ['Ivory Coast'] },
      { id: 'nato', label: 'NATO', aliases: ['North Atlantic Treaty Organization'] },
      { id: 'congo-b', label: 'Congo', aliases: ['Republic of the Congo'] },
      { id: 'congo-k', label: 'Congo', aliases: ['DRC'] },
    ],
    [],
  );

  it('finds by id, label or alias, ignoring case and accents', () => {
    expect(resolveEntity(graph, 'nato')).toEqual({ ok: true, id: 'nato' });
    expect(resolveEntity(graph, 'cote d’ivoire')).toEqual({ ok: true, id: 'ci' });
    expect(resolveEntity(graph, 'IVORY   coast')).toEqual({ ok: true, id: 'ci' });
    expect(resolveEntity(graph, 'north atlantic treaty organization')).toEqual({ ok: true, id: 'nato' });
  });

  it('refuses ambiguous names and lists the candidates', () => {
    const result = resolveEntity(graph, 'congo');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('ambiguous');
      expect(result.candidates.map((c) => c.id)).toEqual(['congo-b', 'congo-k']);
      expect(result.message).toContain('congo-k');
    }
  });

  it('suggests close names for unknown ones', () => {
    const result = resolveEntity(graph, 'NATOO');
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe('unknown');
      expect(result.candidates[0]?.id).toBe('nato');
      expect(result.message).toMatch(/did you mean NATO/);
    }
    const nothing = resolveEntity(graph, 'Xylophone Quartet');
    expect(!nothing.ok && nothing.candidates).toEqual([]);
  });

  it('findPaths throws typed errors for bad names and contradictory queries', () => {
    expect(() => findPaths(graph, defaultPathQuery('Atlantis', 'nato'))).toThrow(EntityResolutionError);
    expect(() => findPaths(graph, { ...defaultPathQuery('ci', 'nato'), excludeEntities: ['NATO'] })).toThrow(
      PathQueryError,
    );
    expect(() => findPaths(graph, { ...defaultPathQuery('ci', 'nato'), maxHops: 0 })).toThrow(PathQueryError);
  });

  it('rejects negative weights with the edge named', () => {
    const weighted = makeGraph(['a', 'b'], [{ key: 'neg', source: 'a', target: 'b', type: 'r', weight: -1 }]);
    expect(() => findPaths(weighted, { ...defaultPathQuery('a', 'b'), mode: 'weighted' })).toThrow(/"neg".*negative/);
  });
});

describe('hop limits under weights', () => {
  // a→b→c→d costs 3 in three hops; a→x→d costs 20 in two hops; a→d direct costs 50.
  const graph = makeGraph(
    ['a', 'b', 'c', 'd', 'x'],
    [
      { key: 'ab', source: 'a', target: 'b', type: 'r', weight: 1 },
      { key: 'bc', source: 'b', target: 'c', type: 'r', weight: 1 },
      { key: 'cd', source: 'c', target: 'd', type: 'r', weight: 1 },
      { key: 'ax', source: 'a', target: 'x', type: 'r', weight: 10 },
      { key: 'xd', source: 'x', target: 'd', type: 'r', weight: 10 },
      { key: 'ad', source: 'a', target: 'd', type: 'r', weight: 50 },
    ],
  );

  it('weighted returns the cheapest path that fits the hop limit, not the cheapest overall', () => {
    const q = { ...defaultPathQuery('a', 'd'), mode: 'weighted' as const };
    expect(findPaths(graph, q).paths[0]?.edges).toEqual(['ab', 'bc', 'cd']);
    expect(findPaths(graph, { ...q, maxHops: 2 }).paths[0]).toMatchObject({ edges: ['ax', 'xd'], cost: 20 });
    expect(findPaths(graph, { ...q, maxHops: 1 }).paths[0]).toMatchObject({ edges: ['ad'], cost: 50 });
  });

  it('weighted k-shortest never reports a path over the hop limit', () => {
    const q = {
      ...defaultPathQuery('a', 'd'),
      mode: 'k-shortest' as const,
      k: 5,
      weightAttribute: 'weight',
      maxHops: 2,
    };
    const result = findPaths(graph, q);
    expect(result.paths.map((p) => p.edges.join())).toEqual(['ax,xd', 'ad']);
    expect(result.paths.map((p) => p.cost)).toEqual([20, 50]);
  });
});
