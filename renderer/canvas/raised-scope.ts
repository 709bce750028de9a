// Owns narrowing Cytoscape's canvas renderer to the raised elements while the bulk raster draws the rest: the z-ordered list its frames walk, the elements it queues to measure, and its hit tests, which take their candidates from a spatial index (Flatbush) of every element.
import type { CollectionArgument, Core, SingularElementArgument } from 'cytoscape';
import Flatbush from 'flatbush';
import { isHidden } from './canvas-writer';

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
    typeof renderer.recalculateRenderedStyle === 'function';
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

/** Every entity's body and every relation's straight span, boxed in model coordinates, for finding hit candidates. */
export class ElementIndex {
  private readonly index: Flatbush | null;
  private readonly elements: SingularElementArgument[];

  constructor(cy: Core) {
    const nodes = cy.nodes().toArray();
    const edges = cy.edges().toArray();
    this.elements = [...nodes, ...edges];
    if (this.elements.length === 0) {
      this.index = null;
      return;
    }
    const index = new Flatbush(this.elements.length);
    for (const node of nodes) {
      const { x, y } = node.position();
      const radius = Number(node.data('size') ?? 0) / 2;
      index.add(x - radius, y - radius, x + radius, y + radius);
    }
    for (const edge of edges) {
      const s = edge.source().position();
      const t = edge.target().position();
      index.add(Math.min(s.x, t.x), Math.min(s.y, t.y), Math.max(s.x, t.x), Math.max(s.y, t.y));
    }
    index.finish();
    this.index = index;
  }

  /** The elements whose boxes meet the rectangle. */
  search(minX: number, minY: number, maxX: number, maxY: number): SingularElementArgument[] {
    if (!this.index) return [];
    return this.index.search(minX, minY, maxX, maxY).map((i) => this.elements[i] as SingularElementArgument);
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

  /** Elements, positions, sizes or visibility changed: the hit index is built again when next needed. */
  geometryChanged(): void {
    this.index = null;
  }

  /**
   * Runs `draw` (an export) with the renderer seeing every element, measured first: while raised only, the bulk's
   * rendered styles were never computed. On a big graph this is one long task, as Cytoscape's own export always was.
   */
  withEveryElement<T>(draw: () => T): T {
    if (!this.active) return draw();
    this.everyElement++;
    this.original.invalidate();
    try {
      this.renderer.recalculateRenderedStyle(this.cy.elements());
      return draw();
    } finally {
      this.everyElement--;
      this.original.invalidate();
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
    r.invalidateCachedZSortedEles = () => {
      this.list = null;
      this.original.invalidate();
    };
    r.enqueueDirty = (eles, type) =>
      this.scoped ? this.enqueueRaised(eles, type) : this.original.enqueueDirty(eles, type);
    r.findNearestElements = (x, y, interactiveOnly, isTouch) => {
      if (!this.scoped) return this.original.findNearestElements(x, y, interactiveOnly, isTouch);
      // Cytoscape's thresholds: 8 px around a relation (24 by touch), 2 around an entity (8).
      const reach = (isTouch ? 24 : 8) / this.cy.zoom() + this.edgeWidth();
      const near = this.hitIndex().search(x - reach, y - reach, x + reach, y + reach);
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
    if (!force && cached && cached.version === this.version && this.renderer.cachedZSortedEles === cached.eles) {
      return cached.eles;
    }
    const eles = this.sorted(this.cy.elements().toArray().filter(isRaised));
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
    if (!this.index) this.index = new ElementIndex(this.cy);
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
