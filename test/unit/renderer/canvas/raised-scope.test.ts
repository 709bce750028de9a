// Checks the narrowing of Cytoscape's renderer to the raised elements on a headless Cytoscape with a stand-in renderer: the z-ordered list, the measuring queue, hit tests through the spatial index, and exports that see every element.
import cytoscape, { type Core, type SingularElementArgument } from 'cytoscape';
import { afterEach, describe, expect, it } from 'vitest';
import { buildStylesheet, HIDDEN_CLASS } from '../../../../renderer/canvas/canvas-style';
import { HIDDEN_SCRATCH } from '../../../../renderer/canvas/canvas-writer';
import {
  ElementIndex,
  RaisedScope,
  type ScopedRenderer,
  squaredDistanceToSegment,
  zOrder,
} from '../../../../renderer/canvas/raised-scope';

let cy: Core | null = null;
afterEach(() => cy?.destroy());

/** a—b—c in a row, 100 units apart, bodies 20 wide; d far off on its own. */
function graph(): Core {
  const core = cytoscape({
    headless: true,
    styleEnabled: true,
    style: buildStylesheet('light', 'plain'),
    layout: { name: 'preset' },
    elements: [
      { data: { id: 'a', size: 20 }, position: { x: 0, y: 0 } },
      { data: { id: 'b', size: 20 }, position: { x: 100, y: 0 } },
      { data: { id: 'c', size: 20 }, position: { x: 200, y: 0 } },
      { data: { id: 'd', size: 20 }, position: { x: 1000, y: 1000 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ],
  });
  // Headless, the preset layout fits a container without size: the zoom is 1e-50, and the hit thresholds (8 px over
  // the zoom) would cover everything.
  core.zoom(1);
  cy = core;
  return core;
}

const ids = (eles: readonly SingularElementArgument[]) => eles.map((e) => e.id());

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
    const core = graph();
    core.$('#a').style('z-index', 5);
    const sorted = core.elements().toArray().sort(zOrder);
    expect(ids(sorted)).toEqual(['ab', 'bc', 'b', 'c', 'd', 'a']);
  });
});

describe('ElementIndex', () => {
  it('finds entities by their bodies and relations by their spans', () => {
    const index = new ElementIndex(graph());
    expect(ids(index.search(-5, -5, 5, 5)).sort()).toEqual(['a', 'ab']);
    expect(ids(index.search(150, -1, 151, 1))).toEqual(['bc']);
    expect(ids(index.search(990, 990, 995, 995))).toEqual(['d']);
    expect(index.search(500, 500, 510, 510)).toEqual([]);
  });

  it('finds what a point is near by bodies and spans, not boxes: the topmost entities first, the nearest relations first', () => {
    const core = graph();
    core.add([
      { data: { id: 'e', size: 20 }, position: { x: 5, y: 0 } },
      { data: { id: 'ac', source: 'a', target: 'c' } },
    ]);
    const index = new ElementIndex(core);
    // Within 2 of a's and e's bodies (e added last, so on top), within 8 of ab's and ac's spans (ab nearer? equal:
    // both lie on y = 0, so either order), not b.
    const near = ids(index.near(1, 3, 2, 8, 4));
    expect(near.slice(0, 2)).toEqual(['e', 'a']);
    expect(near.slice(2).sort()).toEqual(['ab', 'ac']);
    // At most `limit` of each kind; refused elements are passed over, not counted.
    expect(ids(index.near(1, 3, 2, 8, 1))).toEqual(['e', expect.stringMatching(/^a[bc]$/)]);
    expect(ids(index.near(1, 3, 2, 8, 1, (e) => e.id() === 'e'))).toEqual(['a', expect.stringMatching(/^a[bc]$/)]);
    // Off the middle of bc by 9: its box holds the point, its span is too far.
    expect(index.near(150, 9, 2, 8, 4)).toEqual([]);
  });

  it("builds the same index from the bulk raster's scene, reading relations' ends from it", () => {
    const core = graph();
    const nodes = core.nodes().toArray();
    const edges = core.edges().toArray();
    // ab joins a (0) and b (1); bc joins b (1) and c (2).
    const index = new ElementIndex(core, { nodes, edges, edgeEnds: Uint32Array.from([0, 1, 1, 2]) });
    expect(ids(index.search(150, -1, 151, 1))).toEqual(['bc']);
    expect(ids(index.near(50, 3, 2, 8, 4))).toEqual(['ab']);
    // The ends are the scene's: told that ab joins a and c, the index spans it to c.
    const told = new ElementIndex(core, { nodes, edges, edgeEnds: Uint32Array.from([0, 2, 1, 2]) });
    expect(ids(told.near(150, 3, 2, 8, 4)).sort()).toEqual(['ab', 'bc']);
  });

  it('holds nothing for an empty canvas', () => {
    const core = cytoscape({ headless: true });
    cy = core;
    expect(new ElementIndex(core).search(-1e9, -1e9, 1e9, 1e9)).toEqual([]);
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
    const core = graph();
    const renderer = standIn(core);
    new RaisedScope(core, renderer, () => 1);
    expect(renderer.getCachedZSortedEles()).toHaveLength(6);
    renderer.enqueueDirty(core.elements().toArray(), 'style');
    expect(renderer.calls.queued).toEqual([['a', 'b', 'c', 'd', 'ab', 'bc']]);
  });

  it('shows the renderer only the raised elements, in z-order, and follows a new selection', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
    core.$('#c, #ab').select();
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'c']);
    core.$('#b').addClass('neighbour');
    // Kept until told: the list is the frame's, rebuilt only when something may have been raised.
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'c']);
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['ab', 'b', 'c']);
    scope.setActive(false);
    expect(renderer.getCachedZSortedEles()).toHaveLength(6);
  });

  it('queues only raised elements for measuring, and marks the others stale when their bounds changed', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    const rstyle = (id: string) =>
      (core.getElementById(id) as unknown as { _private: { rstyle: { clean?: boolean } } })._private.rstyle;
    rstyle('a').clean = true;
    rstyle('b').clean = true;
    core.$('#b').select();
    renderer.enqueueDirty(core.elements().toArray(), 'style');
    expect(renderer.calls.queued).toEqual([['b']]);
    // A style change leaves the others' rendered style as it is; a change of bounds marks it stale.
    expect(rstyle('a').clean).toBe(true);
    renderer.enqueueDirty(core.elements().toArray(), 'bounds');
    expect(renderer.calls.queued).toEqual([['b'], ['b']]);
    expect(rstyle('a').clean).toBe(false);
    expect(rstyle('b').clean).toBe(true);
    // Nothing raised: nothing queued.
    core.$('#b').unselect();
    renderer.enqueueDirty(core.elements().toArray(), 'bounds');
    expect(renderer.calls.queued).toHaveLength(2);
  });

  it('hit-tests the raised elements and the shown candidates near the point, measured first', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    core.$('#d').select();
    scope.raisedChanged();
    renderer.findNearestElements(150, 0, true, false);
    expect(renderer.calls.nearest).toEqual([['bc', 'd']]);
    expect(renderer.calls.measured.at(-1)?.sort()).toEqual(['bc', 'd']);
    // Near a: a and its relation; a hidden element is never a candidate.
    core.$('#ab').addClass(HIDDEN_CLASS).scratch(HIDDEN_SCRATCH, true);
    renderer.findNearestElements(0, 0, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['a', 'd']);
    // The box holds b and c and their relation; a's relation to b reaches into it, but is hidden.
    renderer.getAllInBox(90, -20, 260, 20);
    expect(renderer.calls.box).toEqual([['bc', 'b', 'c', 'd']]);
    // After the test, the frame's list is the raised elements again.
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['d']);
  });

  it('drops what it knows of the elements when some are added or removed', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    renderer.findNearestElements(1000, 1000, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['d']);
    core.remove('#d');
    renderer.notify('remove', core.collection());
    core.add({ data: { id: 'e', size: 20 }, position: { x: 1000, y: 1000 } });
    renderer.notify('add', core.collection());
    renderer.findNearestElements(1000, 1000, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['e']);
  });

  it('builds its index again after a move it is told of', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    renderer.findNearestElements(500, 500, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual([]);
    core.$('#d').position({ x: 500, y: 500 });
    scope.geometryChanged();
    renderer.findNearestElements(500, 500, true, false);
    expect(renderer.calls.nearest.at(-1)).toEqual(['d']);
  });

  it('leaves a hidden element out of the raised ones, and an export draws hidden ones with the hidden class only', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    core.$('#c, #d').select();
    // The writer hides by its flag alone here (no class): c is hidden.
    core.$('#c').scratch(HIDDEN_SCRATCH, true);
    scope.raisedChanged();
    expect(ids(renderer.getCachedZSortedEles())).toEqual(['d']);
    const during = scope.withEveryElement(() => core.$(`.${HIDDEN_CLASS}`).map((e) => e.id()));
    expect(during).toEqual(['c']);
    expect(core.$(`.${HIDDEN_CLASS}`)).toHaveLength(0);
  });

  it('lets an export see every element, measured, and narrows again after it', () => {
    const core = graph();
    const renderer = standIn(core);
    const scope = new RaisedScope(core, renderer, () => 1);
    scope.setActive(true);
    const drawn = scope.withEveryElement(() => ids(renderer.getCachedZSortedEles()));
    expect(drawn).toHaveLength(6);
    expect(renderer.calls.measured.at(-1)).toHaveLength(6);
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
    expect(() =>
      scope.withEveryElement(() => {
        throw new Error('export failed');
      }),
    ).toThrow('export failed');
    expect(ids(renderer.getCachedZSortedEles())).toEqual([]);
  });
});
