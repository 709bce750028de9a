// The browser bench's pure parts: BROWSER_BENCH_SIZES parsing, seeded graph generation and its GEXF, and the summaries' medians and ratios.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateGraph, parseSizes, writeGraphFiles } from '../../../bench/browser/graph-files';
import type { SideResult } from '../../../bench/browser/measure';
import { summariseGraph } from '../../../bench/browser/report';
import { readGraphFile } from '../../../graph-data/formats/read-graph-file';

describe('parseSizes', () => {
  it('reads N/E items with flags and names them', () => {
    expect(parseSizes('1000/5000, 500/18000:nopos,10000/20000:gephi')).toEqual([
      { name: '1k/5k', nodes: 1000, edges: 5000, positions: true, ids: 'distinct' },
      { name: '500/18k nopos', nodes: 500, edges: 18000, positions: false, ids: 'distinct' },
      { name: '10k/20k gephi-ids', nodes: 10000, edges: 20000, positions: true, ids: 'gephi' },
    ]);
  });

  it('refuses what it cannot generate, naming the item', () => {
    expect(() => parseSizes('1000x5000')).toThrow(/"1000x5000" is not N\/E/);
    expect(() => parseSizes('10/20:fast')).toThrow(/unknown flag "fast"/);
    expect(() => parseSizes('10/46')).toThrow(/more edges than pairs/);
  });
});

describe('generateGraph', () => {
  const [positioned, dense, gephi] = parseSizes('400/1200,60/900:nopos,400/1200:gephi');

  it('is seeded: the same seed gives the same graph, another seed another one', () => {
    if (!positioned) throw new Error('no spec');
    const a = generateGraph(positioned, 7);
    const b = generateGraph(positioned, 7);
    const c = generateGraph(positioned, 8);
    expect(a.export()).toEqual(b.export());
    expect(a.export()).not.toEqual(c.export());
  });

  it('makes exactly the asked counts, without self-loops or duplicate pairs, with or without positions', () => {
    for (const spec of [positioned, dense]) {
      if (!spec) throw new Error('no spec');
      const graph = generateGraph(spec, 3);
      expect([graph.order, graph.size]).toEqual([spec.nodes, spec.edges]);
      const pairs = new Set<string>();
      graph.forEachEdge((_key, _attributes, source, target) => {
        expect(source).not.toBe(target);
        pairs.add([source, target].sort().join('|'));
      });
      expect(pairs.size).toBe(spec.edges);
      expect(graph.everyNode((_key, a) => typeof a.x === 'number' && typeof a.y === 'number')).toBe(spec.positions);
    }
  });

  it("numbers edges like Gephi (from '0', colliding with node ids) or apart", () => {
    if (!positioned || !gephi) throw new Error('no spec');
    expect(generateGraph(gephi, 1).edges().slice(0, 3)).toEqual(['0', '1', '2']);
    expect(generateGraph(positioned, 1).edges().slice(0, 3)).toEqual(['e0', 'e1', 'e2']);
  });
});

describe('writeGraphFiles', () => {
  it('writes GEXF that the app reads with every node, edge and position; twins share one graph', () => {
    const dir = mkdtempSync(join(tmpdir(), 'browser-bench-test-'));
    try {
      const files = writeGraphFiles(parseSizes('300/900,300/900:gephi,50/400:nopos'), dir, 11);
      const [distinct, gephi, nopos] = files;
      if (!distinct || !gephi || !nopos) throw new Error('files missing');
      expect(distinct.collidingEdgeIds).toBe(0);
      expect(gephi.collidingEdgeIds).toBe(300);
      expect(gephi.seed).toBe(distinct.seed);
      for (const file of files) {
        const graph = readGraphFile(file.path, readFileSync(file.path));
        expect([graph.order, graph.size]).toEqual([file.nodes, file.edges]);
        expect(graph.everyNode((_key, a) => a.x !== undefined && a.y !== undefined)).toBe(file.positions);
        expect(graph.findNode((_key, a) => a.label === file.hub)).toBeDefined();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('summariseGraph', () => {
  const [spec] = parseSizes('100/200');
  if (!spec) throw new Error('no spec');
  const file = { ...spec, path: 'x.gexf', bytes: 1, collidingEdgeIds: 0, hub: 'Entity 0', seed: 1 };
  const run = (side: SideResult['side'], ms: number, fps: number, heapMB: number): SideResult => ({
    side,
    graph: file.name,
    ok: true,
    open: {
      ms,
      metMs: ms,
      longestTaskMs: 60,
      nodesDrawn: 100,
      edgesDrawn: 200,
      busyAfterMs: 0,
      busyAfterLongestTaskMs: 0,
      busyAfterCapped: false,
    },
    panZoom: {
      drag: {
        startedAt: 0,
        endedAt: 1000,
        frames: fps,
        elapsedMs: 1000,
        fps,
        maxGapMs: 20,
        longestTaskMs: 0,
        events: 10,
        stalled: false,
      },
      wheel: {
        startedAt: 0,
        endedAt: 1000,
        frames: fps,
        elapsedMs: 1000,
        fps,
        maxGapMs: 20,
        longestTaskMs: 0,
        events: 10,
        stalled: false,
      },
      fps,
      longestTaskMs: 0,
      dragStart: 'empty',
    },
    heapMB,
  });

  it('takes medians over repeats and divides app by plain', () => {
    const results = [
      run('app', 3000, 10, 30),
      run('app', 9000, 30, 30),
      run('app', 6000, 20, 30),
      run('plain-canvas', 2000, 40, 20),
    ];
    const summary = summariseGraph(file, results, ['app', 'plain-canvas']);
    expect(summary.sides[0]?.ttiS).toBe(6);
    expect(summary.sides[0]?.panZoomFps).toBe(20);
    expect(summary.ratios).toEqual({ ttiAppOverPlain: 3, panZoomFpsAppOverPlain: 0.5, heapAppOverPlain: 1.5 });
  });

  it('reports the regions the app drew for a graph drawn as regions', () => {
    const withRegions = (ms: number, regions: number): SideResult => {
      const result = run('app', ms, 40, 30);
      return result.open ? { ...result, open: { ...result.open, nodesDrawn: 0, regionsDrawn: regions } } : result;
    };
    const summary = summariseGraph(
      file,
      [withRegions(1000, 900), withRegions(1200, 910), withRegions(1100, 905), run('plain-canvas', 2000, 1, 20)],
      ['app', 'plain-canvas'],
    );
    expect(summary.sides[0]?.regionsDrawn).toBe(905);
    expect(summary.sides[0]?.nodesDrawn).toBe(0);
    expect(summary.sides[1]?.regionsDrawn).toBe(0);
  });

  it('keeps a failed run out of the medians but counts its failure', () => {
    const failed: SideResult = {
      side: 'app',
      graph: file.name,
      ok: false,
      error: 'app opening: no result after 240 s',
    };
    const summary = summariseGraph(file, [failed, run('plain-canvas', 2000, 40, 20)], ['app', 'plain-canvas']);
    expect(summary.sides[0]?.failed).toEqual(['app opening: no result after 240 s']);
    expect(summary.sides[0]?.ttiS).toBeNull();
    expect(summary.ratios.ttiAppOverPlain).toBeNull();
  });
});
