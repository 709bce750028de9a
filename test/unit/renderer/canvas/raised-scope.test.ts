// Checks the narrowing of Cytoscape's renderer to the raised elements on a headless Cytoscape with a stand-in renderer: the z-ordered list, the measuring queue, hit tests through the spatial index (relations kept apart in their table, added to Cytoscape as candidates), and exports that see every element.
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { styleLookup } from '../../../../renderer/canvas/canvas-elements';
import { buildStylesheet, HIDDEN_CLASS } from '../../../../renderer/canvas/canvas-style';
import { canvasNodes } from '../../../../renderer/canvas/element-lists';
import { HIDDEN_SCRATCH } from '../../../../renderer/canvas/hidden-flag';
import {
  ElementIndex,
  RaisedScope,
  type SceneElements,
  type ScopedRenderer,
  squaredDistanceToSegment,
  zOrder,
} from '../../../../renderer/canvas/raised-scope';
import { RelationTable } from '../../../../renderer/canvas/relation-table';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

/**
 * a—b—c in a row, 100 units apart, bodies 20 wide; d far off on its own. Cytoscape holds the entities; the relations
 * ab and bc are in a table, as where the bulk raster draws.
 */
function setup() {
  const g = createAtlasGraph();
  g.replaceAttributes({ sources: [], ontology: { entityTypes: [], relationTypes: [] } });
  const at: Record<string, [number, number]> = { a: [0, 0], b: [100, 0], c: [200, 0], d: [1000, 1000] };
  for (const key of Object.keys(at)) {
    g.addNode(key, { label: key, type: 't', description: '', aliases: [], provenance: [] });
  }
  g.addEdgeWithKey('ab', 'a', 'b', { type: 'r', description: '', provenance: [] });
  g.addEdgeWithKey('bc', 'b', 'c', { type: 'r', description: '', provenance: [] });
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    layout: { name: 'preset' },
    elements: Object.entries(at).map(([key, [x, y]]) => ({
      data: { id: `n:${key}`, key, size: 20 },
      position: { x, y },
    })),
  });
  // Headless, the preset layout fits a container without size: the zoom is 1e-50, and the hit thresholds (8 px over
  // the zoom) would cover everything.
  core.zoom(1);
  cy = core;
  const table = new RelationTable(core, g, styleLookup(g));
  const scene = (): SceneElements => {
    const nodes = canvasNodes(core);
    return { nodes, relations: table, edgeEnds: table.endsAmong(nodes) };
  };
  const $ = (key: string) => core.getElementById(`n:${key}`);
  const relation = (key: string) => table.element(table.slotOf(key) ?? -1);
  return { core, table, scene, $, relation };
}

/** Graph keys of canvas elements. */
const ids = (eles: readonly SingularElementArgument[]) => eles.map((e) => String(e.data('key')));

/** What the scope hands to the renderer's own methods, recorded; `all` is Cytoscape's own list of every element. */
function standIn(core: Core) {
  const seen = {
    nearest: [] as string[][],
    box: [] as string[][],
    queued: [] as string[][],
    measured: [] as string[][],
  };
  const renderer: ScopedRenderer & { calls: typeof seen } = {
    calls: seen,
    cachedZSortedEles: null,
    getCachedZSortedEles() {
      const all = core.elements().toArray().sort(zOrder) as SingularElementArgument[] & {
        interactive?: SingularElementArgument[];
      };
      all.interactive = all;
      renderer.cachedZSortedEles = all;
      return all;
    },
    invalidateCachedZSortedEles() {
      renderer.cachedZSortedEles = null;
    },
    updateCachedGrabbedEles() {},
    findNearestElements() {
      seen.nearest.push(ids(renderer.getCachedZSortedEles()));
      return [];
    },
    getAllInBox() {
      seen.box.push(ids(renderer.getCachedZSortedEles()));
      return [];
    },
    enqueueDirty(eles) {
      seen.queued.push(ids(Array.from(eles)));
    },
    recalculateRenderedStyle(eles) {
      seen.measured.push(ids((eles as { toArray(): SingularElementArgument[] }).toArray()));
    },
    notify() {},
  };
  return renderer;
}

describe('zOrder', () => {
  it('puts relations under entities, then orders by z-index, then by when they were added', () => {
    const { core, $, relation } = setup();
    relation('ab');
    relation('bc');
    $('a').style('z-index', 5);
    const sorted = core.elements().toArray().sort(zOrder);
    expect(ids(sorted)).toEqual(['ab', 'bc', 'b', 'c', 'd', 'a']);
  });
});

describe('ElementIndex', () => {
  it('finds entities by their bodies, and relations by their spans among those Cytoscape holds', () => {
    const { core, scene, relation } = setup();
    const index = new ElementIndex(core, scene());
    expect(ids(index.search(-5, -5, 5, 5))).toEqual(['a']);
    expect(index.search(150, -1, 151, 1)).toEqual([]);
    relation('bc');
    expect(ids(index.search(150, -1, 151, 1))).toEqual(['bc']);
    expect(ids(index.search(990, 990, 995, 995))).toEqual(['d']);
    expect(index.search(500, 500, 510, 510)).toEqual([]);
  });

  it('finds what a point is near by bodies and spans, not boxes: the topmost entities first, the nearest relations first, added to Cytoscape', () => {
    const { core, scene, table, $ } = setup();
    core.add({ data: { id: 'n:e', key: 'e', size: 20 }, position: { x: 5, y: 0 } });
    const index = new ElementIndex(core, scene());
    // Within 2 of a's and e's bodies (e added last, so on top), within 8 of ab's span, not b.
    expect(core.edges()).toHaveLength(0);
    expect(ids(index.near(1, 3, 2, 8, 4))).toEqual(['e', 'a', 'ab']);
    expect(core.edges().map((edge) => edge.id())).toEqual(['e:ab']);
    // At most `limit` of each kind; hidden ones, by the flag or the table, are passed over, not counted.
    expect(ids(index.near(1, 3, 2, 8, 1))).toEqual(['e', 'ab']);
    $('e').scratch(HIDDEN_SCRATCH, true);
    table.setHidden(table.slotOf('ab') ?? -1, true);
    expect(ids(index.near(1, 3, 2, 8, 1))).toEqual(['a']);
    // Off the middle of bc by 9: its box holds the point, its span is too far.
    expect(index.near(150, 9, 2, 8, 4)).toEqual([]);
  });

  it("spans relations between the scene's ends", () => {
    const { core, table } = setup();
    const nodes = canvasNodes(core);
    // ab joins a (0) and b (1); bc joins b (1) and c (2).
    const index = new ElementIndex(core, { nodes, relations: table, edgeEnds: Uint32Array.from([0, 1, 1, 2]) });
    expect(ids(index.near(50, 3, 2, 8, 4))).toEqual(['ab']);
    // Told that ab joins a and c, the index spans it to c.
    const told = new ElementIndex(core, { nodes, relations: table, edgeEnds: Uint32Array.from([0, 2, 1, 2]) });
    expect(ids(told.near(150, 3, 2, 8, 4)).sort()).toEqual(['ab', 'bc']);
  });

  it('indexes the entities alone without a scene, and nothing for an empty canvas', () => {
    const { core } = setup();
    expect(ids(new ElementIndex(core).search(-1e9, -1e9, 1e9, 1e9)).sort()).toEqual(['a', 'b', 'c', 'd']);
    const empty = cytoscape({ headless: true });
    expect(new ElementIndex(empty).search(-1e9, -1e9, 1e9, 1e9)).toEqual([]);
    empty.destroy();
  });
});

describe('squaredDistanceToSegment', () => {
  it('measures to the nearest point of the segment, its ends included', () => {
    expect(squaredDistanceToSegment(50, 8, 0, 0, 100, 0)).toBe(64);
    expect(squaredDistanceToSegment(106, 8, 0, 0, 100, 0)).toBe(100);
    expect(squaredDistanceToSegment(-3, 4, 0, 0, 100, 0)).toBe(25);
    expect(squaredDistanceToSegment(3, 4, 0, 0, 0, 0)).toBe(25);
  });
});

describe('RaisedScope', () => {
  it('passes everything through until it is active', () => {
    const { core, scene } = setup();
    const renderer = standIn(core);
    new RaisedScope(core, renderer, () => 1, scene);
    expect(renderer.getCachedZSortedEles()).toHaveLength(4);
    renderer.enqueueDirty(core.elements().toArray(), 'style');
    expect(renderer.calls.queued).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('shows the renderer only the raised elements, in z-order, and follows a new selection', () => {
    const { core, scene, $, relation } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
    $('c').select();
    relation('ab').select();
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'c']);
    $('b').addClass('neighbour');
    // Kept until told: the list is the frame's, rebuilt only when something may have been raised.
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'c']);
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'b', 'c']);
    scope.setActive(false);
    expect(renderer.getCachedZSortedEles()).toHaveLength(5);
  });

  it('queues only raised elements for measuring, and marks the others stale when their bounds changed', () => {
    const { core, scene, $ } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    const rstyle = (key: string) =>
      ($(key) as unknown as { _private: { rstyle: { clean?: boolean } } })._private.rstyle;
    rstyle('a').clean = true;
    rstyle('b').clean = true;
    $('b').select();
    renderer.enqueueDirty(core.elements().toArray(), 'style');
    expect(renderer.calls.queued).toEqual([['b']]);
    // A style change leaves the others' rendered style as it is; a change of bounds marks it stale.
    expect(rstyle('a').clean).toBe(true);
    renderer.enqueueDirty(core.elements().toArray(), 'bounds');
    expect(renderer.calls.queued).toEqual([['b'], ['b']]);
    expect(rstyle('a').clean).toBe(false);
    expect(rstyle('b').clean).toBe(true);
    // Nothing raised: nothing queued.
    $('b').unselect();
    renderer.enqueueDirty(core.elements().toArray(), 'bounds');
    expect(renderer.calls.queued).toHaveLength(2);
  });

  it('hit-tests the raised elements and the shown candidates near the point, measured first', () => {
    const { core, scene, table, $ } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    $('d').select();
    scope.raisedChanged();
    renderer.findNearestElements(150, 0, true, false);
    expect(renderer.calls.nearest).toEqual([['bc', 'd']]);
    expect(renderer.calls.measured.at(-1)?.sort()).toEqual(['bc', 'd']);
    // Near a: a and its relation; a hidden relation is never a candidate, nor added to Cytoscape.
    table.setHidden(table.slotOf('ab') ?? -1, true);
    renderer.findNearestElements(0, 0, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['a', 'd']);
    expect(core.edges().map((edge) => edge.id())).toEqual(['e:bc']);
    // The box holds b and c, and the relation between them that Cytoscape holds.
    renderer.getAllInBox(90, -20, 260, 20);
    expect(renderer.calls.box).toEqual([['bc', 'b', 'c', 'd']]);
    // After the test, the frame's list is the raised elements again.
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['d']);
  });

  it('keeps its list and index when a hit test adds relations, and drops them when entities come or go', () => {
    const { core, scene, $, relation } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    $('d').select();
    scope.raisedChanged();
    const list = renderer.getCachedZSortedEles();
    renderer.notify('add', relation('ab'));
    expect(renderer.getCachedZSortedEles()).toBe(list);
    renderer.findNearestElements(1000, 1000, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['d']);
    $('d').remove();
    renderer.notify('remove', core.collection());
    core.add({ data: { id: 'n:e', key: 'e', size: 20 }, position: { x: 1000, y: 1000 } });
    renderer.notify('add', core.getElementById('n:e'));
    renderer.findNearestElements(1000, 1000, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['e']);
  });

  it('builds its index again after a move it is told of', () => {
    const { core, scene, $ } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    renderer.findNearestElements(500, 500, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual([]);
    $('d').position({ x: 500, y: 500 });
    scope.geometryChanged();
    renderer.findNearestElements(500, 500, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['d']);
  });

  it('leaves a hidden element out of the raised ones, and an export draws hidden ones with the hidden class only', () => {
    const { core, scene, $ } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    $('c').select();
    $('d').select();
    // The writer hides by its flag alone here (no class): c is hidden.
    $('c').scratch(HIDDEN_SCRATCH, true);
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['d']);
    const during = scope.withEveryElement(() => core.$(`.${HIDDEN_CLASS}`).map((e) => String(e.data('key'))));
    expect(during).toEqual(['c']);
    expect(core.$(`.${HIDDEN_CLASS}`)).toHaveLength(0);
  });

  it('lets an export see every element, measured, and narrows again after it', () => {
    const { core, scene } = setup();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1, scene);
    scope.setActive(true);
    const drawn = scope.withEveryElement(() => ids(renderer.getCachedZSortedEles()));
    expect(drawn).toHaveLength(4);
    expect(renderer.calls.measured.at(-1)).toHaveLength(4);
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
    expect(() =>
      scope.withEveryElement(() => {
        throw new Error('export failed');
      }),
    ).toThrow('export failed');
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
  });
});
