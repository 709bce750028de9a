// Checks the aggregated view of big graphs: which graphs get it, the grid of regions over their positions, and what a view draws as itself or counts in regions and links (against a brute-force count).
import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../bench/seeded-random';
import {
  countRegions,
  entitySizeIn,
  isRegionKey,
  needsLayoutBeforeShowing,
  planRegions,
  REGIONS_MIN_ENTITIES,
  regionDiameter,
  regionGrid,
  regionIdOf,
  regionKey,
  regionsInView,
  showsRegions,
} from '../../../../graph-data/explore/regions';
import type { Visibility } from '../../../../graph-data/explore/visibility';
import { type AtlasGraph, createAtlasGraph } from '../../../../graph-data/model/atlas-graph';

/** `n` entities scattered over a 1000 × 600 field, `m` random relations; types alternate, a few hubs. */
function scattered(n: number, m: number, seed = 11, positioned = true): AtlasGraph {
  const random = seededRandom(seed);
  const graph = createAtlasGraph();
  for (let i = 0; i < n; i++) {
    const position = positioned ? { x: random() * 1000 - 300, y: random() * 600 + 50 } : {};
    graph.addNode(`v${i}`, {
      label: `Entity ${i}`,
      type: i % 3 === 0 ? 'actor' : 'region',
      description: '',
      aliases: [],
      provenance: [],
      ...position,
    } as never);
  }
  for (let j = 0; j < m; j++) {
    const source = j % 7 === 0 ? 0 : Math.floor(random() * n);
    const target = Math.floor(random() * n);
    graph.addEdgeWithKey(`r${j}`, `v${source}`, `v${target}`, { type: 'supports' } as never);
  }
  return graph;
}

function everything(graph: AtlasGraph): Visibility {
  return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
}

describe('showsRegions', () => {
  it('takes graphs over the threshold whose entities all have positions', () => {
    expect(showsRegions(scattered(500, 100))).toBe(false);
    const big = scattered(REGIONS_MIN_ENTITIES + 1, 10);
    expect(showsRegions(big)).toBe(true);
    big.removeNodeAttribute('v7', 'x');
    expect(showsRegions(big)).toBe(false);
  });

  it('lays out first the graphs over the threshold that lack positions, not smaller ones or positioned ones', () => {
    expect(needsLayoutBeforeShowing(scattered(500, 100, 11, false))).toBe(false);
    expect(needsLayoutBeforeShowing(scattered(REGIONS_MIN_ENTITIES, 10, 11, false))).toBe(false);
    const big = scattered(REGIONS_MIN_ENTITIES + 1, 10);
    expect(needsLayoutBeforeShowing(big)).toBe(false);
    // One entity without a position is enough: regions need every one.
    big.removeNodeAttribute('v7', 'y');
    expect(needsLayoutBeforeShowing(big)).toBe(true);
    expect(needsLayoutBeforeShowing(scattered(REGIONS_MIN_ENTITIES + 1, 10, 11, false))).toBe(true);
  });
});

describe('regionGrid', () => {
  it('puts every entity in the square of its cell, cells holding at most the capacity, smaller where denser', () => {
    // A dense core inside sparse outskirts, like a real layout.
    const graph = scattered(6000, 0);
    const random = seededRandom(3);
    for (let i = 0; i < 4000; i++) {
      graph.addNode(`core${i}`, { label: '', type: 'actor', x: 200 + random() * 40, y: 300 + random() * 40 } as never);
    }
    const grid = regionGrid(graph);
    let members = 0;
    grid.ids.forEach((id, index) => {
      const square = grid.squares[index];
      const keys = grid.members.get(id) ?? [];
      if (!square) throw new Error(`no square for ${id}`);
      expect(keys.length).toBeGreaterThan(0);
      expect(keys.length).toBeLessThanOrEqual(grid.capacity);
      for (const key of keys) {
        members++;
        expect(grid.cellOf.get(key)).toBe(id);
        expect(grid.indexOf.get(key)).toBe(index);
        const { x = 0, y = 0 } = graph.getNodeAttributes(key);
        expect(x).toBeGreaterThanOrEqual(square.x);
        expect(x).toBeLessThan(square.x + square.side);
        expect(y).toBeGreaterThanOrEqual(square.y);
        expect(y).toBeLessThan(square.y + square.side);
      }
    });
    expect(members).toBe(graph.order);
    expect(grid.ids.length).toBeGreaterThan(700);
    expect(grid.ids.length).toBeLessThanOrEqual(2100);
    const sideOf = (key: string) => grid.squares[grid.indexOf.get(key) ?? -1]?.side ?? 0;
    expect(sideOf('core0')).toBeLessThan(sideOf('v1') / 4);
  });

  it('sizes an entity drawn as itself to its cell: the base size where it is sparse, smaller where it is dense', () => {
    const graph = scattered(3000, 0);
    const random = seededRandom(5);
    for (let i = 0; i < 3000; i++) {
      graph.addNode(`core${i}`, { label: '', type: 'actor', x: 200 + random() * 20, y: 300 + random() * 20 } as never);
    }
    const grid = regionGrid(graph);
    const base = 12;
    const dense = entitySizeIn(grid, 'core0', base);
    const cell = grid.indexOf.get('core0') ?? -1;
    const side = grid.squares[cell]?.side ?? 0;
    const count = grid.members.get(grid.ids[cell] ?? '')?.length ?? 0;
    expect(dense).toBeCloseTo(Math.max(base / 20, (0.6 * side) / Math.sqrt(count)), 9);
    expect(dense).toBeLessThan(base / 4);
    // Sparse: its cell leaves it about 8 units (0.6 of a 14-unit spacing); a base size under that is kept.
    expect(entitySizeIn(grid, 'v1', base)).toBeGreaterThan(dense * 4);
    expect(entitySizeIn(grid, 'v1', 4)).toBe(4);
    expect(entitySizeIn(grid, 'not-there', base)).toBe(base);
  });

  it('keeps entities piled on one point in one cell', () => {
    const graph = createAtlasGraph();
    for (let i = 0; i < 100; i++) graph.addNode(`p${i}`, { label: '', type: 't', x: 1, y: 5 } as never);
    graph.addNode('far', { label: '', type: 't', x: 100, y: 500 } as never);
    const grid = regionGrid(graph);
    expect(grid.members.get(grid.cellOf.get('p0') ?? '')?.length).toBe(100);
    expect(grid.cellOf.get('far')).not.toBe(grid.cellOf.get('p0'));
    // Drawn as themselves, they keep a twentieth of the base size: no size separates them, and none makes them vanish.
    expect(entitySizeIn(grid, 'p0', 30)).toBe(1.5);
  });
});

describe('planRegions', () => {
  const graph = scattered(400, 900);
  const grid = regionGrid(graph);

  it('draws every shown entity and relation when the view is small enough', () => {
    const shown = everything(graph);
    const plan = planRegions(graph, grid, shown, { expanded: new Set(), pinned: [] }, 400);
    expect(plan.aggregated).toBe(false);
    expect(plan.entities).toEqual(shown.nodes);
    expect(plan.relations).toEqual(shown.edges);
    expect(plan.regions).toEqual([]);
  });

  it('counts each shown entity once, in its region or as itself, and each relation once, drawn or in one link', () => {
    const shown = everything(graph);
    // Hide some entities and relations: they are neither drawn nor counted.
    for (let i = 0; i < 400; i += 9) shown.nodes.delete(`v${i}`);
    for (const edge of graph.edges()) {
      if (!shown.nodes.has(graph.source(edge)) || !shown.nodes.has(graph.target(edge))) shown.edges.delete(edge);
    }
    for (let j = 0; j < 900; j += 13) shown.edges.delete(`r${j}`);
    const opened = grid.cellOf.get('v5') ?? '';
    const plan = planRegions(graph, grid, shown, { expanded: new Set([opened]), pinned: ['v1', 'v9'] }, 50);
    expect(plan.aggregated).toBe(true);
    // v9 is hidden: pinning does not show it.
    expect(plan.entities.has('v9')).toBe(false);
    expect(plan.entities.has('v1')).toBe(true);
    for (const key of shown.nodes) {
      if (grid.cellOf.get(key) === opened) expect(plan.entities.has(key)).toBe(true);
    }
    const counted = plan.regions.reduce((sum, region) => sum + region.count, 0);
    expect(counted + plan.entities.size).toBe(shown.nodes.size);

    // Brute force: each region's members not drawn, its lead and majority type.
    for (const region of plan.regions) {
      expect(region.key).toBe(regionKey(region.id));
      expect(isRegionKey(region.key)).toBe(true);
      expect(regionIdOf(region.key)).toBe(region.id);
      const inside = [...shown.nodes].filter((k) => grid.cellOf.get(k) === region.id && !plan.entities.has(k));
      expect(region.count).toBe(inside.length);
      // Disc areas in proportion to the entities counted, on one scale.
      expect(region.size).toBeCloseTo(regionDiameter(grid, region.count), 9);
      expect(region.size ** 2 / region.count).toBeCloseTo(regionDiameter(grid, 1) ** 2, 6);
      const mean = inside.reduce((sum, k) => sum + (graph.getNodeAttribute(k, 'x') ?? 0), 0) / inside.length;
      expect(region.x).toBeCloseTo(mean, 6);
      const best = Math.max(...inside.map((k) => graph.degree(k)));
      expect(graph.degree(region.lead)).toBe(best);
      const actors = inside.filter((k) => graph.getNodeAttribute(k, 'type') === 'actor').length;
      if (actors * 2 !== inside.length) expect(region.type).toBe(actors * 2 > inside.length ? 'actor' : 'region');
    }
    expect(plan.regions.some((r) => r.id === opened)).toBe(false);

    const expected = new Map<string, number>();
    let drawn = 0;
    const end = (k: string) => (plan.entities.has(k) ? k : regionKey(grid.cellOf.get(k) ?? ''));
    for (const edge of shown.edges) {
      const s = graph.source(edge);
      const t = graph.target(edge);
      if (plan.entities.has(s) && plan.entities.has(t)) {
        drawn++;
        expect(plan.relations.has(edge)).toBe(true);
        continue;
      }
      expect(plan.relations.has(edge)).toBe(false);
      const [a, b] = [end(s), end(t)].sort() as [string, string];
      if (a === b) continue;
      expected.set(`${a}|${b}`, (expected.get(`${a}|${b}`) ?? 0) + 1);
    }
    expect(plan.relations.size).toBe(drawn);
    expect(new Map(plan.links.map((l) => [l.key, l.count]))).toEqual(expected);
    expect(plan.linksOmitted).toBe(0);
    for (const link of plan.links) expect(link.source < link.target).toBe(true);
    // Strongest first.
    for (let i = 1; i < plan.links.length; i++) {
      expect(plan.links[i - 1]?.count ?? 0).toBeGreaterThanOrEqual(plan.links[i]?.count ?? 0);
    }
  });

  it('plans from a view counted once as from counting it again, the count left as it was', () => {
    const shown = everything(graph);
    const base = countRegions(graph, grid, shown);
    const choices = [
      { expanded: new Set([grid.cellOf.get('v3') ?? '']), pinned: ['v0', 'v7'] },
      { expanded: new Set<string>(), pinned: ['v0'] },
      { expanded: new Set([grid.cellOf.get('v0') ?? '', grid.cellOf.get('v8') ?? '']), pinned: [] },
    ];
    for (const choice of choices) {
      expect(planRegions(graph, grid, shown, choice, 50, base)).toEqual(planRegions(graph, grid, shown, choice, 50));
    }
    expect(base).toEqual(countRegions(graph, grid, shown));
  });

  it('opens by itself every region a zoomed-in view meets, and none when they count more than the budget', () => {
    const shown = everything(graph);
    const base = countRegions(graph, grid, shown);
    // The whole graph in view: every entity counted, over a budget of 100.
    expect(regionsInView(grid, base, { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 }, 100)).toEqual([]);
    expect(regionsInView(grid, base, { x1: -1e6, y1: -1e6, x2: 1e6, y2: 1e6 }, 400)).toHaveLength(
      grid.ids.filter((_, i) => (base.tallies[i]?.count ?? 0) > 0).length,
    );
    // A small window: exactly the cells whose squares meet it (brute force over the squares).
    const view = { x1: 100, y1: 200, x2: 180, y2: 260 };
    const meets = grid.ids.filter((_, i) => {
      const q = grid.squares[i];
      return q && q.x <= view.x2 && q.y <= view.y2 && q.x + q.side >= view.x1 && q.y + q.side >= view.y1;
    });
    const opened = regionsInView(grid, base, view, 400);
    expect(opened.length).toBeGreaterThan(0);
    expect(new Set(opened)).toEqual(new Set(meets));
    // Hidden entities do not count: with none shown, nothing opens.
    const none = countRegions(graph, grid, { nodes: new Set(), edges: new Set() });
    expect(regionsInView(grid, none, view, 400)).toEqual([]);
  });

  it('gives the same plan for the same view', () => {
    const choice = { expanded: new Set<string>(), pinned: [] };
    const first = planRegions(graph, grid, everything(graph), choice, 50);
    const second = planRegions(graph, grid, everything(graph), choice, 50);
    expect(second).toEqual(first);
  });
});
