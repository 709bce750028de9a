// Owns narrowing Cytoscape's canvas renderer to the raised elements while the bulk raster draws the rest: the z-ordered list its frames walk, the elements it queues to measure, and its hit tests, which take their candidates from a spatial index (Flatbush) of every entity and relation.
import type { CollectionArgument, Core, NodeSingular, SingularElementArgument } from 'cytoscape';
import Flatbush from 'flatbush';
import { HIDDEN_CLASS } from './canvas-style';
import { canvasNodes } from './element-lists';
import { isHidden } from './hidden-flag';
import type { RelationTable } from './relation-table';

/** Entities and relations a hit test hands Cytoscape, at most, besides the raised elements. */
const HIT_CANDIDATES = 4;

/** Cytoscape's z-ordered element list, with the subsets its renderer hangs on it. */
type ZSorted = SingularElementArgument[] & {
  interactive?: SingularElementArgument[];
  drag?: SingularElementArgument[];
  nondrag?: SingularElementArgument[];
};

/** Element methods Cytoscape has but does not declare in its types. */
interface UndeclaredMethods {
  pstyle(name: string): { value: unknown };
  poolIndex(): number;
  interactive(): boolean;
}

const undeclared = (element: SingularElementArgument) => element as unknown as UndeclaredMethods;

/** True when a renderer notice's elements are all relations (or there are none). */
function onlyEdges(eles: unknown): boolean {
  const list = eles as ArrayLike<SingularElementArgument> | undefined;
  if (!list || typeof list.length !== 'number') return false;
  for (let i = 0; i < list.length; i++) if ((list[i] as SingularElementArgument).isNode()) return false;
  return true;
}
const asCollection = (elements: SingularElementArgument[]) => elements as unknown as CollectionArgument;

/** An element's private state, as much of it as this module reads or writes. */
interface ElementPrivate {
  rstyle: { clean?: boolean; cleanConnected?: boolean };
}

/**
 * The parts of Cytoscape 3.35's canvas renderer narrowed here: not public API, so each is checked before use.
 * `enqueueDirty` is the app's Cytoscape patch (the renderer's queue of elements to measure before a frame).
 */
export interface ScopedRenderer {
  webgl?: boolean;
  cachedZSortedEles: ZSorted | null;
  getCachedZSortedEles(forceRecalc?: boolean): ZSorted;
  invalidateCachedZSortedEles(): void;
  updateCachedGrabbedEles(): void;
  findNearestElements(x: number, y: number, interactiveOnly: boolean, isTouch: boolean): SingularElementArgument[];
  getAllInBox(x1: number, y1: number, x2: number, y2: number): SingularElementArgument[];
  enqueueDirty(eles: ArrayLike<SingularElementArgument>, type: string): void;
  recalculateRenderedStyle(eles: unknown): void;
  notify(eventName: string, eles?: unknown): void;
}

export function scopedRenderer(cy: Core): ScopedRenderer | null {
  const renderer = (cy as unknown as { renderer(): Partial<ScopedRenderer> | undefined }).renderer();
  if (!renderer || renderer.webgl) return null;
  const usable =
    typeof renderer.getCachedZSortedEles === 'function' &&
    typeof renderer.invalidateCachedZSortedEles === 'function' &&
    typeof renderer.updateCachedGrabbedEles === 'function' &&
    typeof renderer.findNearestElements === 'function' &&
    typeof renderer.getAllInBox === 'function' &&
    typeof renderer.enqueueDirty === 'function' &&
    typeof renderer.recalculateRenderedStyle === 'function' &&
    typeof renderer.notify === 'function';
  return usable ? (renderer as ScopedRenderer) : null;
}

/** Drawn by Cytoscape over the picture: what the user picked or is looking at, and what they drag. */
export function isRaised(element: SingularElementArgument): boolean {
  return (
    element.selected() ||
    element.hasClass('highlighted') ||
    element.hasClass('neighbour') ||
    (element.isNode() && element.grabbed())
  );
}

/**
 * Cytoscape's own order for elements of one compound level (its zIndexSort): relations under entities, then the
 * `z-index` style, then the order they were added in.
 */
export function zOrder(a: SingularElementArgument, b: SingularElementArgument): number {
  const kind = (a.isNode() ? 1 : 0) - (b.isNode() ? 1 : 0);
  if (kind !== 0) return kind;
  const z = Number(undeclared(a).pstyle('z-index').value) - Number(undeclared(b).pstyle('z-index').value);
  return z !== 0 ? z : undeclared(a).poolIndex() - undeclared(b).poolIndex();
}

/**
 * The canvas's entities in one order, and the relations (kept apart from Cytoscape, relation-table.ts) with each one's
 * ends as indices into `nodes`.
 */
export interface SceneElements {
  nodes: readonly NodeSingular[];
  /** Null where the graph has no relation table: only entities are indexed. */
  relations: RelationTable | null;
  /** Source and target index of each relation, in pairs. */
  edgeEnds: Uint32Array;
}

/** Squared distance from (x, y) to the segment (ax, ay)–(bx, by). */
export function squaredDistanceToSegment(x: number, y: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const length = dx * dx + dy * dy;
  const along = length > 0 ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / length)) : 0;
  return (ax + along * dx - x) ** 2 + (ay + along * dy - y) ** 2;
}

/**
 * Every entity's body and every relation's straight span (the plain stylesheet's shapes, which the bulk raster
 * draws), boxed in model coordinates, with their geometry as it was when built: where a hit test's candidates are
 * found and cut to the few Cytoscape then measures. Relations are indexed from their table; a candidate relation is
 * added to Cytoscape (RelationTable.element) only when a hit test hands it over.
 */
export class ElementIndex {
  private readonly index: Flatbush | null;
  private readonly nodes: readonly NodeSingular[];
  private readonly relations: RelationTable | null;
  private readonly nodeCount: number;
  /** Four numbers per element: an entity's x, y and radius; a relation's source x, y and target x, y. */
  private readonly geometry: Float64Array;

  /**
   * `scene`: the canvas's entities as the bulk raster last read them, and the relations' ends as entity indices, so
   * the build reads no relation through Cytoscape (at 30k/60k, reading them and selecting the entities and relations
   * was 0.16 s of a 0.24 s first hover in a CPU profile). Without it, the entities are read from Cytoscape.
   */
  constructor(cy: Core, scene: SceneElements | null = null) {
    const nodes = scene?.nodes ?? canvasNodes(cy);
    const relations = scene?.relations ?? null;
    const edgeEnds = scene?.edgeEnds ?? new Uint32Array(0);
    const edgeCount = relations ? Math.min(relations.length, edgeEnds.length / 2) : 0;
    this.nodes = nodes;
    this.relations = relations;
    this.nodeCount = nodes.length;
    const count = nodes.length + edgeCount;
    this.geometry = new Float64Array(count * 4);
    if (count === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(count);
    const g = this.geometry;
    for (let i = 0; i < nodes.length; i++) {
      const node = nodes[i] as NodeSingular;
      const { x, y } = node.position();
      const radius = Number(node.data('size') ?? 0) / 2;
      g[4 * i] = x;
      g[4 * i + 1] = y;
      g[4 * i + 2] = radius;
      index.add(x - radius, y - radius, x + radius, y + radius);
    }
    for (let j = 0; j < edgeCount; j++) {
      const s = 4 * (edgeEnds[2 * j] ?? 0);
      const t = 4 * (edgeEnds[2 * j + 1] ?? 0);
      const o = 4 * (this.nodeCount + j);
      g[o] = g[s] ?? 0;
      g[o + 1] = g[s + 1] ?? 0;
      g[o + 2] = g[t] ?? 0;
      g[o + 3] = g[t + 1] ?? 0;
      index.add(
        Math.min(g[o] ?? 0, g[o + 2] ?? 0),
        Math.min(g[o + 1] ?? 0, g[o + 3] ?? 0),
        Math.max(g[o] ?? 0, g[o + 2] ?? 0),
        Math.max(g[o + 1] ?? 0, g[o + 3] ?? 0),
      );
    }
    index.finish();
    this.index = index;
  }

  /**
   * The entities whose boxes meet the rectangle, and the relations whose boxes do among those Cytoscape holds: a box
   * over a big graph would otherwise add thousands of relations to it.
   */
  search(minX: number, minY: number, maxX: number, maxY: number): SingularElementArgument[] {
    if (!this.index) return [];
    const out: SingularElementArgument[] = [];
    for (const i of this.index.search(minX, minY, maxX, maxY)) {
      if (i < this.nodeCount) out.push(this.nodes[i] as NodeSingular);
      else {
        const held = this.relations?.heldElement(i - this.nodeCount);
        if (held) out.push(held);
      }
    }
    return out;
  }

  /**
   * At most `limit` shown entities whose bodies come within `nodeReach` of the point, topmost (added last) first, and
   * at most `limit` shown relations whose spans come within `edgeReach`, nearest first (added to Cytoscape if it does
   * not hold them). Only those can be what Cytoscape's hit test picks (its topmost entity, its nearest relation),
   * unless raised, which it is given anyway.
   */
  near(x: number, y: number, nodeReach: number, edgeReach: number, limit: number): SingularElementArgument[] {
    if (!this.index) return [];
    const g = this.geometry;
    const reach = Math.max(nodeReach, edgeReach);
    const nodes: number[] = [];
    const edges: [number, number][] = [];
    for (const i of this.index.search(x - reach, y - reach, x + reach, y + reach)) {
      const o = 4 * i;
      if (i < this.nodeCount) {
        if (isHidden(this.nodes[i] as NodeSingular)) continue;
        const r = (g[o + 2] ?? 0) + nodeReach;
        if (((g[o] ?? 0) - x) ** 2 + ((g[o + 1] ?? 0) - y) ** 2 <= r * r) nodes.push(i);
      } else {
        if (this.relations?.hidden[i - this.nodeCount] === 1) continue;
        const d = squaredDistanceToSegment(x, y, g[o] ?? 0, g[o + 1] ?? 0, g[o + 2] ?? 0, g[o + 3] ?? 0);
        if (d <= edgeReach * edgeReach) edges.push([i, d]);
      }
    }
    nodes.sort((a, b) => b - a);
    edges.sort((a, b) => a[1] - b[1]);
    const out: SingularElementArgument[] = nodes.slice(0, limit).map((i) => this.nodes[i] as NodeSingular);
    const relations = this.relations;
    if (relations) for (const [i] of edges.slice(0, limit)) out.push(relations.element(i - this.nodeCount));
    return out;
  }
}

/**
 * While the bulk raster draws a big graph, Cytoscape's renderer is made to see only the raised elements. Its frames
 * otherwise walked, styled and measured all of them although they drew only those: after "Show all" at 30k/60k,
 * restyling and measuring 90,000 elements for the next frame was 2.4 s of slices and major collections of 0.6 s (a
 * CPU profile). Styles stay lazy in Cytoscape, so the bulk's are computed only where something reads them: a hit
 * test's few candidates, and an export, which draws every element (withEveryElement).
 */
export class RaisedScope {
  private active = false;
  /** Exports in progress: the renderer sees every element meanwhile. */
  private everyElement = 0;
  private version = 0;
  private list: { version: number; eles: ZSorted } | null = null;
  /** The list a hit test walks while it runs: the raised elements and the candidates near the point or in the box. */
  private candidates: ZSorted | null = null;
  private index: ElementIndex | null = null;

  constructor(
    private readonly cy: Core,
    private readonly renderer: ScopedRenderer,
    /** The widest relation stroke, model units (a relation's box is its span; its stroke reaches past it). */
    private readonly edgeWidth: () => number,
    /**
     * The elements as the bulk raster read them, null where they may have changed since (its scene is stale): the
     * hit index is built from them.
     */
    private readonly scene: () => SceneElements | null = () => null,
  ) {
    this.wrap(renderer);
  }

  setActive(active: boolean): void {
    if (active === this.active) return;
    this.active = active;
    this.raisedChanged();
    this.geometryChanged();
    // The renderer's own list is rebuilt from every element when the raster stops, from the raised ones when it starts.
    this.original.invalidate();
  }

  /** Something may have been raised or lowered (a write, a selection, a grab). */
  raisedChanged(): void {
    this.version++;
  }

  /**
   * Elements, positions or sizes changed: the hit index is built again when next needed. Not for visibility: the
   * index holds hidden elements too, and its queries pass over them.
   */
  geometryChanged(): void {
    this.index = null;
  }

  /**
   * Runs `draw` (an export) with the renderer seeing every element, measured first: while raised only, the bulk's
   * rendered styles were never computed. On a big graph this is one long task, as Cytoscape's own export always was.
   */
  withEveryElement<T>(draw: () => T): T {
    if (!this.active) return draw();
    // Hiding is the writer's flag alone here (canvas-writer.ts, hiddenAsClass): for the export's drawing, the hidden
    // elements get the hidden class, and lose it after. Written while narrowed, so the renderer queues none of them.
    const hidden = this.cy.collection(asCollection(this.cy.elements().toArray().filter(isHidden)));
    this.cy.batch(() => hidden.addClass(HIDDEN_CLASS));
    this.everyElement++;
    this.original.invalidate();
    try {
      this.renderer.recalculateRenderedStyle(this.cy.elements());
      return draw();
    } finally {
      this.everyElement--;
      this.original.invalidate();
      this.cy.batch(() => hidden.removeClass(HIDDEN_CLASS));
    }
  }

  private get scoped(): boolean {
    return this.active && this.everyElement === 0;
  }

  private readonly original = {
    getCachedZSortedEles: (_force?: boolean): ZSorted => [],
    invalidate: (): void => undefined,
    findNearestElements: (_x: number, _y: number, _i: boolean, _t: boolean): SingularElementArgument[] => [],
    getAllInBox: (_x1: number, _y1: number, _x2: number, _y2: number): SingularElementArgument[] => [],
    enqueueDirty: (_eles: ArrayLike<SingularElementArgument>, _type: string): void => undefined,
  };

  private wrap(r: ScopedRenderer): void {
    this.original.getCachedZSortedEles = r.getCachedZSortedEles.bind(r);
    this.original.invalidate = r.invalidateCachedZSortedEles.bind(r);
    this.original.findNearestElements = r.findNearestElements.bind(r);
    this.original.getAllInBox = r.getAllInBox.bind(r);
    this.original.enqueueDirty = r.enqueueDirty.bind(r);
    r.getCachedZSortedEles = (force) =>
      this.scoped ? this.zSorted(force === true) : this.original.getCachedZSortedEles(force);
    // The raised list is dropped when elements come or go, or something may have been raised (raisedChanged); not
    // on every z-order notice: styling a hit test's candidates for the first time sends one, and the list was
    // rebuilt (15 ms at 30k/60k) after each mouse move.
    const notify = r.notify.bind(r);
    r.notify = (eventName, eles) => {
      // Relations a hit test adds (relation-table.ts) are indexed already, and not raised as they come: neither the
      // index nor the list is dropped for them (at every mouse move over new relations, a 15 ms list rebuild).
      const relationsAdded = eventName === 'add' && onlyEdges(eles);
      if ((eventName === 'add' && !relationsAdded) || eventName === 'remove' || eventName === 'load') {
        this.list = null;
        if (!(eventName === 'remove' && onlyEdges(eles))) this.geometryChanged();
      }
      notify(eventName, eles);
    };
    r.enqueueDirty = (eles, type) =>
      this.scoped ? this.enqueueRaised(eles, type) : this.original.enqueueDirty(eles, type);
    r.findNearestElements = (x, y, interactiveOnly, isTouch) => {
      if (!this.scoped) return this.original.findNearestElements(x, y, interactiveOnly, isTouch);
      // Cytoscape's thresholds: 2 px around an entity (8 by touch), 8 px around a relation's stroke (24). At a far
      // zoom that reach holds a hundred relations, and boxes of long relations cover much of a graph: the candidates
      // are cut to the few Cytoscape could pick before it measures them (measuring every relation whose box the
      // point met was 54 ms a mouse move at 30k/60k).
      const zoom = this.cy.zoom();
      const nodeReach = (isTouch ? 8 : 2) / zoom;
      const edgeReach = (isTouch ? 24 : 8) / zoom + this.edgeWidth();
      const near = this.hitIndex().near(x, y, nodeReach, edgeReach, HIT_CANDIDATES);
      return this.withCandidates(near, () => this.original.findNearestElements(x, y, interactiveOnly, isTouch));
    };
    r.getAllInBox = (x1, y1, x2, y2) => {
      if (!this.scoped) return this.original.getAllInBox(x1, y1, x2, y2);
      const inBox = this.hitIndex().search(Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2));
      return this.withCandidates(inBox, () => this.original.getAllInBox(x1, y1, x2, y2));
    };
  }

  /** The raised elements in Cytoscape's z-order, kept until something may have been raised, added or removed. */
  private zSorted(force: boolean): ZSorted {
    if (this.candidates) return this.candidates;
    const cached = this.list;
    if (!force && cached && cached.version === this.version) {
      // The renderer may have dropped its copy (a z-order notice): it gets the same list back.
      if (this.renderer.cachedZSortedEles !== cached.eles) {
        this.renderer.cachedZSortedEles = cached.eles;
        this.renderer.updateCachedGrabbedEles();
      }
      return cached.eles;
    }
    // Hidden ones are left out: where the bulk raster draws, hiding is the writer's flag, not a style.
    const eles = this.sorted(
      this.cy
        .elements()
        .toArray()
        .filter((ele) => isRaised(ele) && !isHidden(ele)),
    );
    this.list = { version: this.version, eles };
    // Its drag and non-drag subsets are the renderer's to split (a grabbed entity is drawn on the drag layer).
    this.renderer.cachedZSortedEles = eles;
    this.renderer.updateCachedGrabbedEles();
    return eles;
  }

  private sorted(elements: SingularElementArgument[]): ZSorted {
    const eles: ZSorted = elements.sort(zOrder);
    eles.interactive = eles.filter((ele) => undeclared(ele).interactive());
    return eles;
  }

  /**
   * The renderer measures only raised elements before a frame. The others are marked stale as it would mark them, so
   * whatever measures them later (a hit test, an export, a raise) computes them again.
   */
  private enqueueRaised(eles: ArrayLike<SingularElementArgument>, type: string): void {
    const kept: SingularElementArgument[] = [];
    const bounds = type === 'bounds';
    for (let i = 0; i < eles.length; i++) {
      const ele = eles[i] as SingularElementArgument;
      if (isRaised(ele)) kept.push(ele);
      else if (bounds) {
        const rstyle = (ele as unknown as { _private: ElementPrivate })._private.rstyle;
        rstyle.clean = false;
        rstyle.cleanConnected = false;
      }
    }
    if (kept.length > 0) this.original.enqueueDirty(this.cy.collection(asCollection(kept)), type);
  }

  private hitIndex(): ElementIndex {
    if (!this.index) this.index = new ElementIndex(this.cy, this.scene());
    return this.index;
  }

  /**
   * Runs one of Cytoscape's hit tests over the raised elements and the shown candidates, measured first (their
   * rendered styles and bounds may be stale: only raised elements are measured before frames). Cytoscape decides
   * what is hit, with its own shapes and thresholds.
   */
  private withCandidates<T>(near: SingularElementArgument[], test: () => T): T {
    const raised = this.zSorted(false);
    const seen = new Set<SingularElementArgument>(raised);
    const elements = [...raised];
    for (const ele of near) {
      if (seen.has(ele) || isHidden(ele)) continue;
      seen.add(ele);
      elements.push(ele);
    }
    const measured = this.cy.collection(asCollection(elements));
    this.renderer.recalculateRenderedStyle(measured);
    measured.boundingBox();
    this.candidates = this.sorted(elements);
    try {
      return test();
    } finally {
      this.candidates = null;
    }
  }
}
