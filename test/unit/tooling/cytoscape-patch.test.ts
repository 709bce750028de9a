// Checks that the installed Cytoscape carries our patches (patches/, applied by patch-package on install): the element texture cache clears a spot only when it draws into it, style hints are compact yet still tell styles apart, elements mapped to the same data value share its parsed value, adding relations clears parallel relations' caches without a traversal per relation, one element's bounds are checked without a memoized function, haystack relations are drawn without cached paths, events nothing listens to are not built, a collection's event skips elements when neither they nor the core listen, a hit test rejects far edges by their body bounds, a stylesheet swap dirties every element's bounds in one call, an added relation's ends are compared without a collection, and added or restyled elements reach the renderer's queue in one call, a restyled element's triggers are acted on once, a measure keeps the rendered styles it computed clean, texture caches skip elements they hold nothing for, a moved node dirties its relations without building them as a collection, and a cached bound's position key is checked without allocating.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import { afterEach, describe, expect, it, vi } from 'vitest';

const root = join(import.meta.dirname, '..', '..', '..');
const builds = ['cytoscape.esm.mjs', 'cytoscape.cjs.js'];

function source(file: string): string {
  return readFileSync(join(root, 'node_modules', 'cytoscape', 'dist', file), 'utf8');
}

/** Cytoscape's private per-element style hints (what its renderer caches textures and bounds by). */
interface StyleHints {
  styleKey: number;
  nodeKey: number;
  styleKeys: Record<string, readonly [number, number]>;
}
function hints(node: NodeSingular): StyleHints {
  return (node as unknown as { _private: StyleHints })._private;
}

/** How many times `action` calls a collection method of Cytoscape's (counted on the shared prototype, then restored). */
function callsOf(core: Core, method: string, action: () => void): number {
  const prototype = Object.getPrototypeOf(core.collection()) as Record<string, (...args: unknown[]) => unknown>;
  const original = prototype[method];
  if (!original) throw new Error(`no collection method ${method}`);
  let calls = 0;
  prototype[method] = function (this: unknown, ...args: unknown[]) {
    calls += 1;
    return original.apply(this, args);
  };
  try {
    action();
  } finally {
    prototype[method] = original;
  }
  return calls;
}

/**
 * Headless Cytoscape has a renderer that draws nothing: a stand-in with the members the patched one exposes, which
 * records what it is told. Its listeners are registered on the core; it is set only while acting (`withRenderer`),
 * since Cytoscape asks a renderer for more than this elsewhere.
 */
function recordingRenderer(core: Core) {
  const queued: string[] = [];
  const heardByRenderer: string[] = [];
  const notified: string[] = [];
  const renderer = {
    notify: (event: string) => notified.push(event),
    dirtyListeners: {
      bounds: (event: cytoscape.EventObject) => heardByRenderer.push(`bounds ${event.target.id()}`),
      style: (event: cytoscape.EventObject) => heardByRenderer.push(`style ${event.target.id()}`),
    },
    enqueueDirty: (eles: cytoscape.CollectionReturnValue, type: string) =>
      queued.push(`${type} ${eles.map((e) => e.id()).join(',')}`),
  };
  const withRenderer = <T>(action: () => T): T => {
    const internals = core as unknown as { _private: { renderer: unknown } };
    const headless = internals._private.renderer;
    internals._private.renderer = renderer;
    try {
      return action();
    } finally {
      internals._private.renderer = headless;
    }
  };
  core.on('bounds', renderer.dirtyListeners.bounds);
  core.on('style', renderer.dirtyListeners.style);
  return { queued, heardByRenderer, notified, renderer, withRenderer };
}

let cy: Core | null = null;
afterEach(() => cy?.destroy());

/** A headless core with styles on, holding `elements` where they say (destroyed after the test). */
function headlessCore(elements: cytoscape.ElementDefinition[]): Core {
  const core = cytoscape({ headless: true, styleEnabled: true, layout: { name: 'preset' }, elements });
  cy = core;
  return core;
}

describe('the Cytoscape patch', () => {
  it('is applied to both builds the app and the tests load, and re-applied on every install', () => {
    for (const file of builds) {
      const text = source(file);
      const start = text.indexOf('ETCp.getElement = function');
      const body = text.slice(start, text.indexOf('ETCp.', start + 10));
      // Before the patch the spot was cleared before the early returns of a lower or higher level cache.
      expect(body.indexOf('clearSpot();')).toBeGreaterThan(body.indexOf('if (scalableFrom(oneUpCache))'));
      expect(body).not.toMatch(/\n {2}txr\.context\.clearRect/);
      // Style hints start from one fixed-shape object instead of being filled one computed key at a time.
      expect(text).toContain('_p.styleKeys = newStyleKeys(propGrKeys);');
      expect(text).not.toMatch(/var grKey = propGrKeys\[i\];\n\s+_p\.styleKeys\[grKey\] =/);
      // A data mapper's value is shared unless the mapping is a bypass.
      expect(text).toContain(': sharedFlatProp(this, prop, _fieldVal);');
      // Adding a relation clears its source's relations once per source, not through `parallelEdges()`.
      expect(text).toContain('var clearedSources = new Set();');
      expect(text).not.toContain('_ele3.parallelEdges().clearTraversalCache();');
      // One element's bounds are checked for staleness without building a memoized function first.
      const bounds = text.slice(
        text.indexOf('elesfn$b.boundingBox = function'),
        text.indexOf('elesfn$b.dirtyBoundingBoxCache'),
      );
      expect(bounds.indexOf('var singleClean = useCache && single !== null')).toBeGreaterThan(0);
      expect(bounds.indexOf('var isDirty = memoize(')).toBeGreaterThan(bounds.indexOf('if (singleClean)'));
      // A haystack relation (one straight segment) is stroked on the context, without a cached Path2D and its key.
      expect(text).toContain("var usePaths = this.usePaths() && rs.edgeType !== 'haystack';");
      // An event with no listener on its path is not built; an added relation's ends are compared as elements.
      expect(text).toContain('if (manualCallback == null && nobodyListens(this, events)) {');
      expect(text).toContain('if (src[0] === tgt[0]) {');
      // Elements whose bounds went stale (added ones among them), and restyled elements, are queued for the renderer
      // in one call.
      expect(text).toContain("if (!queuedForRenderer(this.cy(), this, 'bounds')) {");
      expect(text).toContain("if (!queuedForRenderer(cy, changedEles, 'style')) {");
      // A restyled element's triggers are acted on once per element; a node's relations' style caches are cleared
      // from its own list.
      expect(text).toContain('self.fireDeferredTriggers(deferred);');
      expect(text).toContain(
        'var edges = ele._private.edges;\n          for (var j = 0; j < edges.length; j++) {\n            dirty(edges[j]);',
      );
      // Measuring a collection keeps the rendered styles it computed clean.
      expect(text).toContain('var computedNow = keepRendered && rstyle.clean === true;');
      // An element an element texture cache holds no texture for only leaves its queue when invalidated. The canvas
      // renderer's caches do not run in Node: a source check, like the haystack one's.
      const invalidate = text.slice(text.indexOf('ETCp.invalidateElement = function'));
      const skip = invalidate.indexOf('if (!lookup.keyForId.has(ele.id())) {');
      expect(skip).toBeGreaterThan(0);
      expect(skip).toBeLessThan(invalidate.indexOf('var invalid = lookup.isInvalid(ele);'));
    }
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts.postinstall).toBe('patch-package');
  });

  it('gives style hints one shape for every group, shares untouched groups and keeps styles apart', () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        { selector: 'node', style: { width: 'data(size)', height: 'data(size)', 'background-color': 'data(fill)' } },
      ],
      elements: [
        { data: { id: 'a', size: 10, fill: '#ff0000' } },
        { data: { id: 'b', size: 10, fill: '#ff0000' } },
        { data: { id: 'c', size: 20, fill: '#ff0000' } },
      ],
    });
    cy = core;
    const [a, b, c] = ['a', 'b', 'c'].map((id) => core.getElementById(id) as NodeSingular) as [
      NodeSingular,
      NodeSingular,
      NodeSingular,
    ];
    for (const node of [a, b, c]) node.numericStyle('width');
    const groups = (core.style() as unknown as { propertyGroupKeys: string[] }).propertyGroupKeys;
    // Every group Cytoscape knows has a pair, in the literal's order (one hidden class for all elements).
    expect(Object.keys(hints(a).styleKeys)).toEqual(groups);
    // A group no property of which is set is the shared default; a set group has the element's own pair.
    expect(hints(a).styleKeys.pie).toBe(hints(c).styleKeys.pie);
    expect(Object.isFrozen(hints(a).styleKeys.pie)).toBe(true);
    expect(hints(a).styleKeys.nodeBody).not.toBe(hints(b).styleKeys.nodeBody);
    expect(hints(a).styleKeys.nodeBody).toEqual(hints(b).styleKeys.nodeBody);
    // Equal styles hash equal, different ones differ, and a change of data moves the key and back.
    expect(hints(a).styleKey).toBe(hints(b).styleKey);
    expect(hints(a).nodeKey).not.toBe(hints(c).nodeKey);
    const before = hints(a).nodeKey;
    a.data('size', 20);
    a.numericStyle('width');
    expect(hints(a).nodeKey).toBe(hints(c).nodeKey);
    a.data('size', 10);
    a.numericStyle('width');
    expect(hints(a).nodeKey).toBe(before);
    // Hashing one element's group never wrote into the shared default the others read.
    expect(hints(b).styleKeys.pie).toEqual([9261, 5381]);
  });

  it('shares one parsed value among elements mapped to the same data, and still follows the data of each element', () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', 'background-color': 'data(fill)' } }],
      elements: [
        { data: { id: 'a', size: 10, fill: '#ff0000' } },
        { data: { id: 'b', size: 10, fill: '#ff0000' } },
        { data: { id: 'c', size: 20, fill: '#0000ff' } },
      ],
    });
    cy = core;
    const node = (id: string) => core.getElementById(id) as NodeSingular;
    const parsed = (id: string, name: string) =>
      (node(id) as unknown as { _private: { style: Record<string, { value: unknown }> } })._private.style[name];
    for (const id of ['a', 'b', 'c']) node(id).numericStyle('width');
    // Unpatched, every element had its own copy of the parsed value (and of its colour array).
    expect(parsed('a', 'background-color')).toBe(parsed('b', 'background-color'));
    expect(parsed('a', 'width')).toBe(parsed('b', 'width'));
    expect(parsed('a', 'width')).not.toBe(parsed('c', 'width'));
    // A data change gives that element the other value; the element that shared its old one keeps it.
    node('a').data({ size: 20, fill: '#0000ff' });
    expect(node('a').numericStyle('width')).toBe(20);
    expect(node('a').style('background-color')).toBe('rgb(0,0,255)');
    expect(node('b').numericStyle('width')).toBe(10);
    expect(node('b').style('background-color')).toBe('rgb(255,0,0)');
    // A bypass on one element is its own: the others keep the shared mapped value.
    node('b').style('width', 33);
    expect(node('b').numericStyle('width')).toBe(33);
    expect(node('c').numericStyle('width')).toBe(20);
    expect(node('a').numericStyle('width')).toBe(20);
    node('b').removeStyle('width');
    expect(node('b').numericStyle('width')).toBe(10);
  });

  it('adds relations without asking each for its parallel relations, and still clears the caches of parallel ones', () => {
    const core = cytoscape({
      headless: true,
      elements: [
        { data: { id: 'a' } },
        { data: { id: 'b' } },
        { data: { id: 'c' } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'ba', source: 'b', target: 'a' } },
        { data: { id: 'bc', source: 'b', target: 'c' } },
      ],
    });
    cy = core;
    type Cached = { _private: { traversalCache: unknown } };
    const cached = (id: string) => core.getElementById(id) as unknown as Cached;
    for (const id of ['a', 'b', 'c', 'ab', 'ba', 'bc']) cached(id)._private.traversalCache = { stale: true };
    const asked = callsOf(core, 'parallelEdges', () =>
      core.add([{ data: { id: 'ab2', source: 'a', target: 'b' } }, { data: { id: 'ab3', source: 'a', target: 'b' } }]),
    );
    // Unpatched, each added relation was asked once.
    expect(asked).toBe(0);
    // The relations parallel to the new ones (either direction) and both ends lost their caches.
    for (const id of ['ab', 'ba', 'a', 'b']) expect(cached(id)._private.traversalCache).toBeNull();
    // An unrelated relation of a node that got no new relation as a source keeps its cache.
    expect(cached('c')._private.traversalCache).toEqual({ stale: true });
    expect(
      core
        .getElementById('ab')
        .parallelEdges()
        .map((edge) => edge.id())
        .sort(),
    ).toEqual(['ab', 'ab2', 'ab3', 'ba']);
  });

  it('measures one element without a memoized staleness check, and still sees when it moved or was restyled', () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)', height: 'data(size)' } }] as never,
      elements: [{ data: { id: 'a', size: 10 }, position: { x: 0, y: 0 } }],
    });
    cy = core;
    const node = core.getElementById('a');
    const box = () => {
      const { x1, y1, x2, y2 } = node.boundingBox();
      return { x1, y1, x2, y2 };
    };
    const first = box();
    expect(first.x2 - first.x1).toBeGreaterThanOrEqual(10);
    // Unpatched, every call keyed its memoized check by the element's id, clean or not.
    expect(callsOf(core, 'id', () => expect(box()).toEqual(first))).toBe(0);
    node.position({ x: 100, y: 50 });
    const moved = box();
    expect(moved.x1).toBeCloseTo(first.x1 + 100, 5);
    expect(moved.y1).toBeCloseTo(first.y1 + 50, 5);
    node.data('size', 40);
    const grown = box();
    expect(grown.x2 - grown.x1).toBeGreaterThan(first.x2 - first.x1 + 25);
  });

  it('builds no event that nothing listens to, and still delivers every event to its listeners', () => {
    const core = cytoscape({
      headless: true,
      elements: [{ data: { id: 'p' } }, { data: { id: 'c', parent: 'p' } }, { data: { id: 'a' } }],
    });
    cy = core;
    // Emitting splits the event's name first: count the splits of 'add', which only building its event does.
    const splitsOf = (name: string, action: () => void): number => {
      const original = String.prototype.split;
      let calls = 0;
      String.prototype.split = function (this: string, ...args: Parameters<typeof original>) {
        if (String(this) === name) calls += 1;
        return original.apply(this, args);
      } as typeof original;
      try {
        action();
      } finally {
        String.prototype.split = original;
      }
      return calls;
    };
    const nodes = (from: number, count: number) =>
      Array.from({ length: count }, (_, i) => ({ data: { id: `n${from + i}` } }));
    // Unpatched, each added element built its 'add' event although nothing listened.
    expect(splitsOf('add', () => core.add(nodes(0, 10)))).toBe(0);
    const seen: string[] = [];
    const onAdd = (event: cytoscape.EventObject) => seen.push(`add ${event.target.id()}`);
    core.on('add', onAdd);
    core.one('add', () => seen.push('once'));
    core.add(nodes(10, 2));
    expect(seen).toEqual(['add n10', 'once', 'add n11']);
    core.off('add', onAdd);
    seen.length = 0;
    // An element's own listener, a core listener with a selector, one in every namespace (as the renderer's), and a
    // compound parent's.
    core.getElementById('a').on('data', () => seen.push('own data'));
    core.on('position', 'node', (event) => seen.push(`position ${event.target.id()}`));
    core.on('remove.*', (event) => seen.push(`remove ${event.target.id()}`));
    core.getElementById('p').on('data', (event) => seen.push(`parent hears ${event.target.id()}`));
    core.getElementById('a').data('x', 1);
    core.getElementById('a').position({ x: 5, y: 5 });
    core.getElementById('n0').remove();
    core.getElementById('c').data('x', 2);
    expect(seen).toEqual(['own data', 'position a', 'remove n0', 'parent hears c']);
  });

  it('adds relations without comparing their ends as collections, and a loop is still listed once', () => {
    const core = cytoscape({ headless: true, elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }] });
    cy = core;
    const compared = callsOf(core, 'same', () =>
      core.add([{ data: { id: 'ab', source: 'a', target: 'b' } }, { data: { id: 'aa', source: 'a', target: 'a' } }]),
    );
    // Unpatched, each added relation built a collection of its target to compare it with its source.
    expect(compared).toBe(0);
    const edgesOf = (id: string) =>
      (core.getElementById(id) as unknown as { _private: { edges: { id(): string }[] } })._private.edges;
    expect(edgesOf('a').map((edge) => edge.id())).toEqual(['ab', 'aa']);
    expect(edgesOf('b').map((edge) => edge.id())).toEqual(['ab']);
    expect(core.getElementById('aa').isLoop()).toBe(true);
  });

  it('queues added or restyled elements for the renderer in one call, and still emits events wherever anything else listens', () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 'data(size)' } }] as never,
      elements: [{ data: { id: 'a', size: 5 } }],
    });
    cy = core;
    const { queued, heardByRenderer, notified, withRenderer } = recordingRenderer(core);
    withRenderer(() =>
      core.add([
        { data: { id: 'b', size: 5 } },
        { data: { id: 'c', size: 5 } },
        { data: { id: 'bc', source: 'b', target: 'c' } },
      ]),
    );
    // Unpatched, each element emitted 'bounds' and 'style' to the renderer's listeners and nothing was queued in bulk.
    expect(queued).toEqual(['bounds b,c,bc', 'style b,c,bc']);
    expect(heardByRenderer).toEqual([]);
    // The renderer is still told (it redraws), as by the events' own notification.
    expect(notified).toEqual(expect.arrayContaining(['bounds', 'style']));
    // A batch's restyle at its end goes the same way.
    queued.length = 0;
    withRenderer(() => core.batch(() => core.nodes().data('size', 8)));
    expect(queued).toEqual(['style a,b,c']);
    // Their caches were cleared all the same: bounds follow a move, style the data.
    const b = core.getElementById('b');
    b.position({ x: 40, y: 0 });
    expect(b.boundingBox().x1).toBeGreaterThan(30);
    expect(b.numericStyle('width')).toBe(8);
    // Another listener of 'bounds' gets every element's event, and so does the renderer's: the full path.
    const heard: string[] = [];
    core.on('bounds', (event) => heard.push(event.target.id()));
    queued.length = 0;
    heardByRenderer.length = 0;
    withRenderer(() => core.add([{ data: { id: 'd', size: 5 } }]));
    expect(queued).toEqual(['style d']);
    expect(heard).toEqual(['d']);
    expect(heardByRenderer).toEqual(['bounds d']);
  });

  it("acts on a restyled element's triggers once, and its relations still follow its new size and visibility", () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [
        // Four properties that change bounds (and the relations' bounds) when `size` changes, and one that hides.
        {
          selector: 'node',
          style: { width: 'data(size)', height: 'data(size)', 'border-width': 'data(size)', padding: 'data(size)' },
        },
        { selector: 'node[z]', style: { 'z-index': 'data(z)' } },
        { selector: 'node[?hidden]', style: { display: 'none' } },
      ] as never,
      elements: [
        { data: { id: 'a', size: 5 }, position: { x: 0, y: 0 } },
        { data: { id: 'b', size: 5 }, position: { x: 100, y: 0 } },
        { data: { id: 'c', size: 5 }, position: { x: 0, y: 100 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
        { data: { id: 'ac', source: 'a', target: 'c' } },
      ],
    });
    cy = core;
    const { queued, heardByRenderer, notified, withRenderer } = recordingRenderer(core);
    const a = core.getElementById('a');
    const ac = core.getElementById('ac');
    expect(ac.visible()).toBe(true);
    // Headless Cytoscape emits 'bounds' to the same listener: cleared before each action with the stand-in.
    const actOn = (action: () => void) => {
      queued.length = 0;
      notified.length = 0;
      heardByRenderer.length = 0;
      return withRenderer(() => {
        let edgeLists = 0;
        const styleCacheClears = callsOf(core, 'dirtyStyleCache', () => {
          edgeLists = callsOf(core, 'connectedEdges', action);
        });
        return { styleCacheClears, edgeLists };
      });
    };
    // Five properties change (styles are applied when next read). Unpatched, each cleared the style caches and built
    // the node's relations as a collection to clear theirs, and each of the four bounds triggers emitted 'bounds'.
    expect(
      actOn(() => {
        a.data({ size: 9, z: 3 });
        a.numericStyle('width');
      }),
    ).toEqual({ styleCacheClears: 1, edgeLists: 0 });
    expect(heardByRenderer).toEqual([]);
    expect(queued.filter((q) => q.startsWith('bounds'))).toEqual(['bounds a']);
    expect(notified.filter((event) => event === 'zorder')).toHaveLength(1);
    expect(a.boundingBox().w).toBeGreaterThan(9 + 2 * 9);
    // Hiding it changes its relations' bounds: queued once, together; their cached visibility follows their end's.
    actOn(() => {
      a.data('hidden', true);
      a.numericStyle('width');
    });
    expect(queued.filter((q) => q.startsWith('bounds'))).toEqual(['bounds a', 'bounds ab,ac']);
    expect(heardByRenderer).toEqual([]);
    expect(a.visible()).toBe(false);
    expect(ac.visible()).toBe(false);
    a.data('hidden', false);
    a.numericStyle('width');
    expect(ac.visible()).toBe(true);
  });

  it('keeps the rendered styles a measure computed clean, and computes them for every element whose bounds are stale', () => {
    const core = headlessCore([
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ]);
    type Rendered = { _private: { rstyle: { clean?: boolean } } };
    const computed: string[] = [];
    // Headless Cytoscape computes no rendered style: a stand-in that records what it is asked to compute and marks
    // it clean, and whose queue marks it stale, as the canvas renderer's do.
    const renderer = {
      isHeadless: () => true,
      notify: () => {},
      dirtyListeners: { bounds: () => {}, style: () => {} },
      enqueueDirty: (eles: cytoscape.CollectionReturnValue, type: string) => {
        if (type === 'bounds') for (const e of eles) (e as unknown as Rendered)._private.rstyle.clean = false;
      },
      recalculateRenderedStyle: (eles: cytoscape.CollectionReturnValue, useCache = true) => {
        for (const e of eles) {
          const rstyle = (e as unknown as Rendered)._private.rstyle;
          if (useCache && rstyle.clean) continue;
          // Like the canvas renderer's, reading a property brings the element's style up to date first.
          e.numericStyle('width');
          computed.push(e.id());
          rstyle.clean = true;
        }
      },
    };
    core.on('bounds', renderer.dirtyListeners.bounds);
    core.on('style', renderer.dirtyListeners.style);
    const internals = core as unknown as { _private: { renderer: unknown } };
    const headless = internals._private.renderer;
    const clean = (id: string) => (core.getElementById(id) as unknown as Rendered)._private.rstyle.clean === true;
    internals._private.renderer = renderer;
    try {
      core.getElementById('a').position({ x: 10, y: 0 });
      core.elements().boundingBox();
      expect(computed.sort()).toEqual(['a', 'ab', 'b']);
      // Unpatched, telling the renderer that their bounds changed marked them stale again: computed anew next time.
      expect([clean('a'), clean('b'), clean('ab')]).toEqual([true, true, true]);
      computed.length = 0;
      core.elements().boundingBox();
      expect(computed).toEqual([]);
      // An element whose position changed behind the renderer's back has stale bounds but a clean flag: computed.
      (core.getElementById('b') as unknown as { _private: { position: { x: number } } })._private.position.x = 300;
      // So is its relation, whose bounds follow its ends.
      expect(core.elements().boundingBox().x2).toBeGreaterThan(290);
      expect(computed.sort()).toEqual(['ab', 'b']);
    } finally {
      internals._private.renderer = headless;
    }
  });

  it("dirties a moved node's relations from its own list, and they are still queued, cleared and heard by listeners", () => {
    const core = headlessCore([
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'c' }, position: { x: 0, y: 100 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
      { data: { id: 'ca', source: 'c', target: 'a' } },
      { data: { id: 'bc', source: 'b', target: 'c' } },
    ]);
    const { queued, heardByRenderer, withRenderer } = recordingRenderer(core);
    const a = core.getElementById('a');
    type Cached = { _private: { bbCache: unknown } };
    const cachedBounds = () =>
      Object.fromEntries(
        ['ab', 'ca', 'bc'].map((id) => [id, (core.getElementById(id) as unknown as Cached)._private.bbCache != null]),
      );
    core.elements().boundingBox();
    expect(cachedBounds()).toEqual({ ab: true, ca: true, bc: true });
    // Headless Cytoscape emits 'bounds' to the same listener while measuring: cleared before acting.
    heardByRenderer.length = 0;
    // Unpatched, each moved node built its relations as a collection (connectedEdges) to dirty their bounds.
    const edgeLists = withRenderer(() => callsOf(core, 'connectedEdges', () => a.position({ x: 50, y: 0 })));
    expect(edgeLists).toBe(0);
    expect(queued).toEqual(['bounds a', 'bounds ab,ca']);
    expect(heardByRenderer).toEqual([]);
    // The moved node's relations' cached bounds were cleared (measured anew when next asked), and only theirs.
    expect(cachedBounds()).toEqual({ ab: false, ca: false, bc: true });
    // Where an element listens for 'bounds', the relations emit it as before.
    const heardByRelation: string[] = [];
    core.getElementById('ab').on('bounds', () => heardByRelation.push('ab'));
    withRenderer(() => a.position({ x: 60, y: 0 }));
    expect(heardByRelation).toEqual(['ab']);
  });

  it("checks a cached bound's position key without allocating, and the key still follows every move", () => {
    // Cytoscape's key: the sdbm hash of the rounded coordinates (source then target for a relation).
    const sdbm = (...ints: number[]) => ints.reduce((hash, value) => (hash * 65599 + value) | 0, 9261);
    const keyOf = (id: string) => {
      core.getElementById(id).boundingBox();
      return (core.getElementById(id) as unknown as { _private: { bbCachePosKey: number } })._private.bbCachePosKey;
    };
    const core = headlessCore([
      { data: { id: 'a' }, position: { x: 10.4, y: -3.6 } },
      { data: { id: 'b' }, position: { x: 100.5, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ]);
    expect(keyOf('a')).toBe(sdbm(10, -4));
    expect(keyOf('ab')).toBe(sdbm(10, -4, 101, 0));
    // Moved behind the cache's back: the key differs, so the bounds are measured anew.
    const a = core.getElementById('a');
    (a as unknown as { _private: { position: { x: number } } })._private.position.x = 50;
    expect(a.boundingBox().x1).toBeGreaterThan(30);
    expect(keyOf('ab')).toBe(sdbm(50, -4, 101, 0));
    // A compound graph keeps Cytoscape's own path (a parent's position follows its children).
    core.add([{ data: { id: 'p' } }, { data: { id: 'c', parent: 'p' }, position: { x: 7, y: 8 } }]);
    expect(keyOf('p')).toBe(sdbm(7, 8));
    for (const file of builds) {
      const text = source(file);
      const start = text.indexOf('var getBoundingBoxPosKey = function');
      const body = text.slice(start, text.indexOf('var cachedBoundingBoxImpl', start));
      // Unpatched, every call built an array and an iterator for hashIntsArray.
      expect(body.indexOf('hasCompoundNodes()')).toBeGreaterThan(0);
      expect(body.indexOf('hasCompoundNodes()')).toBeLessThan(body.indexOf('hashIntsArray'));
    }
  });

  it('skips the elements of a collection event that neither the core nor they listen to, and every listener still hears it', () => {
    const core = headlessCore([
      { data: { id: 'a' } },
      { data: { id: 'b' } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ]);
    type Emitter = { emit(events: string, extra?: unknown): unknown };
    const emitters = core.elements().map((e) => (e as unknown as { emitter(): Emitter }).emitter());
    let walked = 0;
    const originals = emitters.map((emitter) => emitter.emit);
    emitters.forEach((emitter, i) => {
      emitter.emit = function (this: Emitter, events: string, extra?: unknown) {
        if (events === 'class') walked += 1;
        return originals[i]?.call(this, events, extra);
      };
    });
    // Nobody listens to 'class': unpatched, each element's emitter walked its listeners and the core's.
    core.elements().addClass('x');
    expect(walked).toBe(0);
    // An element's own listener and the core's still hear it, the core's for every element.
    const heard: string[] = [];
    core.getElementById('a').on('class', () => heard.push('a itself'));
    core.elements().removeClass('x');
    expect(heard).toEqual(['a itself']);
    core.on('class', (event) => heard.push(`core ${event.target.id()}`));
    core.elements().addClass('y');
    expect(heard).toEqual(['a itself', 'a itself', 'core a', 'core b', 'core ab']);
    // A compound graph keeps Cytoscape's own path (a parent can listen to its children's events).
    core.removeAllListeners();
    core.getElementById('a').removeAllListeners();
    core.add([{ data: { id: 'p' } }, { data: { id: 'c', parent: 'p' } }]);
    walked = 0;
    core.$('#a, #b, #ab').addClass('z');
    expect(walked).toBe(3);
  });

  it('rejects a hover or click far from an edge by its measured body bounds before reading any of its styles', () => {
    // The canvas renderer's hit test does not run in Node: a source check, like the sixth patch's.
    for (const file of builds) {
      const text = source(file);
      const start = text.indexOf('function checkEdge(edge) {');
      const body = text.slice(start, text.indexOf('function checkLabel(', start));
      const bounds = body.indexOf('_p.bodyBounds');
      expect(bounds).toBeGreaterThan(0);
      // Before the first style read, and only where no compound node can claim the miss.
      expect(bounds).toBeLessThan(body.indexOf("pstyle('width')"));
      expect(body.indexOf('!hasCompounds && bodyBb != null')).toBeGreaterThan(0);
    }
  });

  it("dirties every element's bounds in one call when a stylesheet is swapped, and bounds and styles still follow it", () => {
    const core = cytoscape({
      headless: true,
      styleEnabled: true,
      style: [{ selector: 'node', style: { width: 10, height: 10 } }] as never,
      elements: [
        { data: { id: 'a' }, position: { x: 0, y: 0 } },
        { data: { id: 'b' }, position: { x: 100, y: 0 } },
        { data: { id: 'ab', source: 'a', target: 'b' } },
      ],
    });
    cy = core;
    const a = core.getElementById('a');
    const before = a.boundingBox().x2;
    const { queued, withRenderer } = recordingRenderer(core);
    // Unpatched, clearing the old styles queued each element's bounds on its own: one call per element.
    withRenderer(() =>
      core
        .style()
        .fromJson([{ selector: 'node', style: { width: 30, height: 30 } }])
        .update(),
    );
    expect(queued.filter((entry) => entry.startsWith('bounds'))).toEqual(['bounds a,b,ab']);
    // The cached bounds were cleared all the same, and the new style applies.
    expect(a.numericStyle('width')).toBe(30);
    expect(a.boundingBox().x2 - before).toBeCloseTo(10, 5);
  });

  it('swaps a stylesheet without a collection or a key array per element, and bypasses still survive it', () => {
    const core = headlessCore([
      { data: { id: 'a' }, position: { x: 0, y: 0 } },
      { data: { id: 'b' }, position: { x: 100, y: 0 } },
      { data: { id: 'ab', source: 'a', target: 'b' } },
    ]);
    core
      .style()
      .fromJson([{ selector: 'node', style: { width: 10, 'background-color': '#ff0000' } }])
      .update();
    const a = core.getElementById('a');
    a.style('background-color', '#0000ff');
    expect(a.numericStyle('width')).toBe(10);
    // Unpatched, clearing the old styles called `Object.keys` once per element and built `cy.elements()`.
    const keys = vi.spyOn(Object, 'keys');
    let collections = 0;
    try {
      collections = callsOf(core, 'spawn', () =>
        core.style().fromJson([{ selector: 'node', style: { width: 30, 'background-color': '#00ff00' } }]),
      );
      const ownStyle = (a as unknown as { _private: { style: object } })._private.style;
      expect(keys.mock.calls.filter(([o]) => o === ownStyle)).toEqual([]);
    } finally {
      keys.mockRestore();
    }
    expect(collections).toBe(0);
    core.style().update();
    // The new rules apply, and the element's own bypass outlives the swap.
    expect(a.numericStyle('width')).toBe(30);
    expect(a.style('background-color')).toBe('rgb(0,0,255)');
    expect(core.getElementById('b').style('background-color')).toBe('rgb(0,255,0)');
  });
});
