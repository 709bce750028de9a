// Property tests: every algorithm of the path engine against a brute-force enumerator on random small multigraphs.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findPaths, type PathDirection, type PathMode, type PathQuery } from '../../../../graph-data/paths';
import { type BruteOptions, bruteForcePaths, edgeCost, makeGraph, type TestEdge } from './path-test-graphs';

const TYPES = ['a', 'b', 'c', 's'];

interface Scenario {
  nodeCount: number;
  edges: TestEdge[];
  fromIdx: number;
  toOffset: number;
  direction: PathDirection;
  maxHops: number;
  via: string[];
  excludeRelationTypes: string[];
  excludeIdx: number[];
  period: { start: number; end: number } | null;
  throughIdx: number | null;
  symmetricS: boolean;
}

const edgeArb = (n: number) =>
  fc.record({
    source: fc.integer({ min: 0, max: n - 1 }).map((i) => `n${i}`),
    target: fc.integer({ min: 0, max: n - 1 }).map((i) => `n${i}`),
    type: fc.constantFrom(...TYPES),
    year: fc.option(fc.integer({ min: 1990, max: 2000 }), { nil: undefined }),
    confidence: fc.option(fc.constantFrom('stated' as const, 'implied' as const), { nil: undefined }),
    weight: fc.option(fc.integer({ min: 0, max: 5 }), { nil: undefined }),
  });

/** Mostly `none`, sometimes `arb`: constraints on every query would leave most random graphs without any path. */
const sometimes = <T>(none: T, arb: fc.Arbitrary<T>, weight = 3): fc.Arbitrary<T> =>
  fc.oneof({ arbitrary: fc.constant(none), weight }, { arbitrary: arb, weight: 1 });

const scenarioArb: fc.Arbitrary<Scenario> = fc.integer({ min: 2, max: 6 }).chain((n) =>
  fc.record({
    nodeCount: fc.constant(n),
    // Few nodes and many edges: parallel typed edges and self-loops are common.
    edges: fc.array(edgeArb(n), { minLength: n, maxLength: 24 }),
    fromIdx: fc.integer({ min: 0, max: n - 1 }),
    // A different end most of the time; from = to (the zero-hop path) now and then.
    toOffset: fc.oneof(
      { arbitrary: fc.constant(0), weight: 1 },
      { arbitrary: fc.integer({ min: 1, max: n - 1 }), weight: 7 },
    ),
    direction: fc.constantFrom<PathDirection>('follow', 'against', 'any'),
    maxHops: fc.integer({ min: 1, max: 6 }),
    via: sometimes<string[]>([], fc.subarray(TYPES, { minLength: 2 })),
    excludeRelationTypes: sometimes<string[]>([], fc.subarray(['a', 'b'], { minLength: 1 })),
    excludeIdx: sometimes<number[]>([], fc.subarray([...Array(n).keys()], { minLength: 1, maxLength: 2 })),
    period: sometimes(
      null,
      fc
        .tuple(fc.integer({ min: 1988, max: 2002 }), fc.integer({ min: 0, max: 8 }))
        .map(([start, span]) => ({ start, end: start + span })),
    ),
    throughIdx: sometimes<number | null>(null, fc.integer({ min: 0, max: n - 1 })),
    symmetricS: fc.boolean(),
  }),
);

function setUp(s: Scenario) {
  const nodes = Array.from({ length: s.nodeCount }, (_, i) => `n${i}`);
  const graph = makeGraph(nodes, s.edges, [{ id: 's', symmetric: s.symmetricS }]);
  const from = `n${s.fromIdx}`;
  const to = `n${(s.fromIdx + s.toOffset) % s.nodeCount}`;
  const through = s.throughIdx === null ? undefined : `n${s.throughIdx}`;
  const excludeEntities = s.excludeIdx.map((i) => `n${i}`).filter((id) => id !== from && id !== to && id !== through);
  const brute: BruteOptions = {
    direction: s.direction,
    maxHops: s.maxHops,
    via: s.via,
    excludeRelationTypes: s.excludeRelationTypes,
    excludeNodes: excludeEntities,
    ...(s.period ? { period: s.period } : {}),
    ...(through !== undefined ? { through } : {}),
  };
  const query = (mode: PathMode, extra: Partial<PathQuery> = {}): PathQuery => ({
    from,
    to,
    mode,
    maxHops: s.maxHops,
    k: 3,
    direction: s.direction,
    via: s.via,
    excludeRelationTypes: s.excludeRelationTypes,
    excludeEntities,
    ...(s.period ? { period: s.period } : {}),
    ...(through !== undefined ? { through } : {}),
    ...extra,
  });
  const all = bruteForcePaths(graph, from, to, brute);
  return { graph, from, to, query, all };
}

const key = (edges: string[]) => edges.join('|');
const RUNS = { numRuns: 300 };
const BIG = { maxPaths: 100_000, timeBudgetMs: 60_000 };

describe('path algorithms against brute force', () => {
  it('shortest: length equals the brute-force minimum, and the path is one brute force also finds', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { graph, query, all } = setUp(s);
        const result = findPaths(graph, query('shortest'), BIG);
        expect(result.truncated).toBeNull();
        if (all.length === 0) {
          expect(result.paths).toEqual([]);
          expect(result.explanation).toBeDefined();
          return;
        }
        expect(result.paths).toHaveLength(1);
        const [path] = result.paths;
        expect(path?.length).toBe(Math.min(...all.map((p) => p.edges.length)));
        expect(all.map((p) => key(p.edges))).toContain(key(path?.edges ?? []));
      }),
      RUNS,
    );
  });

  it('all: the set of paths equals the brute-force set (parallel typed edges give distinct paths)', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const { graph, query, all } = setUp(s);
        const result = findPaths(graph, query('all'), BIG);
        expect(result.truncated).toBeNull();
        const found = result.paths.map((p) => key(p.edges)).sort();
        expect(found).toEqual(all.map((p) => key(p.edges)).sort());
        for (const p of result.paths) expect(p.nodes).toHaveLength(p.edges.length + 1);
        expect(result.paths.map((p) => p.length)).toEqual([...result.paths.map((p) => p.length)].sort((a, b) => a - b));
      }),
      RUNS,
    );
  });

  it('k-shortest (Yen): k distinct valid paths whose lengths are the k smallest of brute force', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 5 }), (s, k) => {
        const { graph, query, all } = setUp(s);
        const result = findPaths(graph, query('k-shortest', { k }), BIG);
        expect(result.truncated).toBeNull();
        const bruteKeys = new Set(all.map((p) => key(p.edges)));
        const keys = result.paths.map((p) => key(p.edges));
        expect(new Set(keys).size).toBe(keys.length);
        for (const k2 of keys) expect(bruteKeys.has(k2)).toBe(true);
        const expected = all
          .map((p) => p.edges.length)
          .sort((a, b) => a - b)
          .slice(0, k);
        expect(result.paths.map((p) => p.length)).toEqual(expected);
      }),
      RUNS,
    );
  });

  it('weighted (Dijkstra): cost equals the brute-force minimum cost within the hop limit', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom('weight', 'confidence'), (s, attribute) => {
        const { graph, query, all } = setUp(s);
        const result = findPaths(graph, query('weighted', { weightAttribute: attribute }), BIG);
        if (all.length === 0) {
          expect(result.paths).toEqual([]);
          return;
        }
        const best = Math.min(...all.map((p) => edgeCost(graph, p.edges, attribute)));
        const [path] = result.paths;
        expect(path?.cost).toBe(best);
        expect(edgeCost(graph, path?.edges ?? [], attribute)).toBe(best);
        expect(all.map((p) => key(p.edges))).toContain(key(path?.edges ?? []));
      }),
      RUNS,
    );
  });

  it('weighted k-shortest: costs are the k smallest brute-force costs', () => {
    fc.assert(
      fc.property(scenarioArb, fc.integer({ min: 1, max: 4 }), (s, k) => {
        const { graph, query, all } = setUp(s);
        const result = findPaths(graph, query('k-shortest', { k, weightAttribute: 'weight' }), BIG);
        const expected = all
          .map((p) => edgeCost(graph, p.edges, 'weight'))
          .sort((a, b) => a - b)
          .slice(0, k);
        expect(result.paths.map((p) => p.cost)).toEqual(expected);
        const bruteKeys = new Set(all.map((p) => key(p.edges)));
        for (const p of result.paths) expect(bruteKeys.has(key(p.edges))).toBe(true);
      }),
      RUNS,
    );
  });

  it('the graphology fast path and our bidirectional BFS agree on the shortest length', () => {
    fc.assert(
      fc.property(scenarioArb, (s) => {
        const nodes = Array.from({ length: s.nodeCount }, (_, i) => `n${i}`);
        const graph = makeGraph(nodes, s.edges);
        const query: PathQuery = {
          from: `n${s.fromIdx}`,
          to: `n${(s.fromIdx + s.toOffset) % s.nodeCount}`,
          mode: 'shortest',
          maxHops: s.maxHops,
          k: 1,
          direction: 'follow',
        };
        const library = findPaths(graph, query, { useLibraryFastPath: true });
        const own = findPaths(graph, query, { useLibraryFastPath: false });
        expect(library.paths.map((p) => p.length)).toEqual(own.paths.map((p) => p.length));
        const brute = bruteForcePaths(graph, query.from, query.to, { direction: 'follow', maxHops: s.maxHops });
        expect(own.paths.length).toBe(brute.length > 0 ? 1 : 0);
      }),
      RUNS,
    );
  });
});
