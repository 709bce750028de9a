// Checks the one writer on a graph drawn as regions (headless Cytoscape): the canvas holds exactly what the plan draws, an opened region or a selection brings in its entities with the sizes in force, and closing takes them out again.
import cytoscape, { type Core } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { seededRandom } from '../../../../bench/seeded-random';
import {
  countRegions,
  entitySizeIn,
  planRegions,
  type RegionChoice,
  regionGrid,
} from '../../../../graph-data/explore/regions';
import { type AtlasGraph, createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import type { CanvasState } from '../../../../renderer/canvas/canvas-state';
import { buildStylesheet } from '../../../../renderer/canvas/canvas-style';
import { CanvasWriter } from '../../../../renderer/canvas/canvas-writer';
import { isRegionElement, nodeElementId, regionElementId } from '../../../../renderer/canvas/element-ids';

function scattered(n: number, m: number): AtlasGraph {
  const random = seededRandom(21);
  const g = createAtlasGraph();
  g.replaceAttributes({
    sources: [],
    ontology: {
      entityTypes: [{ id: 't', label: 'T', description: '', color: '#117733', shape: 'ellipse' }],
      relationTypes: [],
    },
  });
  for (let i = 0; i < n; i++) {
    g.addNode(`v${i}`, { label: `V${i}`, type: 't', description: '', aliases: [], provenance: [] } as never);
    g.mergeNodeAttributes(`v${i}`, { x: random() * 800, y: random() * 500 });
  }
  for (let j = 0; j < m; j++) {
    const s = `v${Math.floor(random() * n)}`;
    const t = `v${Math.floor(random() * n)}`;
    g.addEdgeWithKey(`r${j}`, s, t, { type: 'r', description: '', provenance: [] } as never);
  }
  return g;
}

let cy: Core | null = null;
afterEach(() => cy?.destroy());

describe('CanvasWriter on a graph drawn as regions', () => {
  const g = scattered(1500, 3000);
  const grid = regionGrid(g);
  const shown = { nodes: new Set(g.nodes()), edges: new Set(g.edges()) };
  const base = countRegions(g, grid, shown);
  const stateFor = (choice: RegionChoice, sizes: ReadonlyMap<string, number> | null = null): CanvasState => ({
    shown,
    selected: null,
    emphasis: null,
    sizes,
    fills: null,
    regions: { plan: planRegions(g, grid, shown, choice, 100, base), grid },
  });
  const drawn = (core: Core) => {
    const entities = core.nodes().filter((n) => !isRegionElement(n)).length;
    const regions = core.nodes().filter((n) => isRegionElement(n));
    const relations = core.edges().filter((e) => !isRegionElement(e)).length;
    const links = core.edges().filter((e) => isRegionElement(e)).length;
    return { entities, regions, relations, links };
  };

  it('holds exactly the plan: regions with their counts and links, no entity', () => {
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light', 'plain') });
    const writer = new CanvasWriter(cy);
    writer.reset(g, { fade: false, baseSize: 20 });
    const state = stateFor({ expanded: new Set(), pinned: [] });
    const plan = state.regions?.plan;
    if (!plan) throw new Error('no plan');
    expect(writer.apply(state).geometryChanged).toBe(true);
    const now = drawn(cy);
    expect(now.entities).toBe(0);
    expect(now.relations).toBe(0);
    expect(now.regions.length).toBe(plan.regions.length);
    expect(now.links).toBe(plan.links.length);
    expect(now.regions.map((r) => Number(r.data('count'))).reduce((p, q) => p + q, 0)).toBe(1500);
    // The same plan computed again adds, changes and removes nothing.
    const before = cy.elements().map((e) => e.id());
    const again = writer.apply(stateFor({ expanded: new Set(), pinned: [] }));
    expect(again.restyled).toHaveLength(0);
    expect(again.geometryChanged).toBe(false);
    expect(cy.elements().map((e) => e.id())).toEqual(before);
  });

  it('brings in an opened region and a selected entity with the sizes in force, and takes them out again', () => {
    cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet('light', 'plain') });
    const writer = new CanvasWriter(cy);
    writer.reset(g, { fade: false, baseSize: 20 });
    const sizes = new Map(g.nodes().map((key) => [key, 45]));
    writer.apply(stateFor({ expanded: new Set(), pinned: [] }, sizes));
    const cell = grid.cellOf.get('v10') ?? '';
    const members = grid.members.get(cell) ?? [];
    const far = g.nodes().find((key) => grid.cellOf.get(key) !== cell) ?? '';
    const opened = stateFor({ expanded: new Set([cell]), pinned: [far] }, sizes);
    const write = writer.apply(opened);
    expect(write.geometryChanged).toBe(true);
    const now = drawn(cy);
    expect(now.entities).toBe(members.length + 1);
    expect(cy.getElementById(regionElementId(cell)).empty()).toBe(true);
    for (const key of [...members, far]) {
      const node = cy.getElementById(nodeElementId(key));
      expect(node.nonempty()).toBe(true);
      // Sizes written to the newly drawn entities: 45 × their base (20, or less in a dense cell) / default 30.
      expect(node.data('size')).toBeCloseTo((45 * entitySizeIn(grid, key, 20)) / 30, 9);
    }
    // Relations among drawn entities are themselves; each link joins two drawn ends.
    expect(now.relations).toBe(opened.regions?.plan.relations.size);
    for (const edge of cy.edges().toArray()) {
      expect(edge.source().nonempty() && edge.target().nonempty()).toBe(true);
    }
    // Closing: the canvas holds the regions again and no entity.
    writer.apply(stateFor({ expanded: new Set(), pinned: [] }, sizes));
    const closed = drawn(cy);
    expect(closed.entities).toBe(0);
    expect(closed.relations).toBe(0);
    expect(cy.getElementById(regionElementId(cell)).nonempty()).toBe(true);
  });
});
