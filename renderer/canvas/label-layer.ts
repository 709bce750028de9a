// Owns the label layer over the canvas: runs label placement for what is in view on every frame Cytoscape draws (over the index of bodies label-geometry.ts keeps), and paints the result.
import type { Core } from 'cytoscape';
import { labelColorsFor } from './canvas-style';
import { walkInIdleSlices } from './idle-slices';
import { drawLabels, LABEL_LINE_HEIGHT, type LabelColors } from './label-draw';
import { LabelGeometry, type RelationLookup, relationAnchor } from './label-geometry';
import {
  emptyPlacement,
  type LabelCandidate,
  type PlacedLabel,
  type PlacementOptions,
  placeEntityLabels,
  placeLabels,
} from './label-placement';
import { DEFAULT_WRAP, type LabelText, wrapLabel } from './label-text';
import {
  CROWDED_MIN_LABELS,
  EDGE_LABEL_MIN_ZOOM,
  labelFontPx,
  MIN_OBSTACLE_RADIUS_PX,
  PLACE_WHILE_MOVING_MAX_NODES,
  SETTLE_MS,
} from './level-of-detail';
import { NO_SLOT } from './node-index';
import { createMeasureEm } from './text-measure';

/** What the layer asks of the canvas state: the order labels claim space in, the text, and what is faded. */
export interface LabelSource {
  order(): Iterable<string>;
  label(key: string): string | undefined;
  /** Relations whose labels are wanted: the emphasised ones, then (with `all`) every shown one. */
  edgeOrder(all: boolean): Iterable<string>;
  edgeLabel(key: string): string | undefined;
  faded(key: string): boolean;
  isShown(key: string): boolean;
}

/** The view a placement is computed for: model → pixels is `model × zoom + pan`. */
export interface LabelFrame {
  zoom: number;
  pan: { x: number; y: number };
  width: number;
  height: number;
  /** Label sizes are chosen for this many pixels per model unit (the zoom, or an export's own scale). */
  labelScale: number;
  /** An export's pixel multiplier (1 on screen): see labelFontPx. */
  sizeCap?: number;
}

/** Caps that keep one frame cheap even when 30,000 entities are in view. */
const MAX_LABELS = 400;
const MAX_CANDIDATES = 3000;
/** Candidates come in priority order: after this many misses in a row the view is full where they would go. */
const MAX_MISSES = 400;
/** Each relation candidate asks Cytoscape for its middle point: a few hundred per frame at most. */
const MAX_EDGE_CANDIDATES = 600;
/** Relation labels are smaller than entity labels, never under 9 px. */
const EDGE_LABEL_SCALE = 0.85;
const EDGE_LABEL_MIN_PX = 9;
const LABEL_GAP_PX = 3;
/** Longest slice of the text warm-up (see warmTexts): input and other work are answered between slices. */
const TEXT_WARM_UP_SLICE_MS = 20;
const LABEL_PADDING_PX = 2;

/** Width in ems of the label font; cached per string (label text is measured once, not per frame). */
export const measureEm = createMeasureEm();

export class LabelLayer {
  private readonly canvas: HTMLCanvasElement;
  private readonly geometry: LabelGeometry;
  private readonly texts = new Map<string, LabelText>();
  private source: LabelSource | null = null;
  private last: PlacedLabel[] = [];
  private frameRequest = 0;
  private colors: LabelColors = labelColorsFor('light');
  /**
   * Why no label is drawn: the graph waits for its first positions, a running layout's are only previewed, or a big
   * layout's end is being written.
   */
  private readonly heldFor = { drawing: false, preview: false, layoutEnd: false };
  private readonly onRender = () => this.paint(false);
  /** Counts text warm-ups, so that an older one stops when a newer one starts. */
  private textWarmUps = 0;
  /** The viewport the last placement was made for. */
  private placedView: { zoom: number; x: number; y: number } | null = null;
  private settleTimer: ReturnType<typeof setTimeout> | undefined;
  /** A big graph's placement runs in its own task after the frame (see deferPlacement). */
  private placementTimer: ReturnType<typeof setTimeout> | undefined;
  private deferred = false;
  private straightRelations = false;
  private relationLookup: RelationLookup | null = null;

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'label-layer';
    this.canvas.setAttribute('aria-hidden', 'true');
    // Over Cytoscape's own canvases, never catching the pointer (clicks and drags reach the graph).
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', zIndex: '5' });
    container.appendChild(this.canvas);
    cy.on('render', this.onRender);
    // Cytoscape's WebGL renderer draws without emitting 'render': follow its draw calls instead.
    const renderer = (cy as unknown as { renderer(): { webgl?: boolean; render(options?: unknown): void } }).renderer();
    if (renderer.webgl) {
      const draw = renderer.render.bind(renderer);
      renderer.render = (options?: unknown) => {
        draw(options);
        this.paint(false);
      };
    }
    this.geometry = new LabelGeometry(cy);
  }

  setSource(source: LabelSource): void {
    this.source = source;
    this.warmTexts();
    this.invalidate();
  }

  setColors(colors: LabelColors): void {
    this.colors = colors;
    this.invalidate();
  }

  /** While held (the graph is waiting for its first positions) no label is drawn; released, they are drawn again. */
  hold(held: boolean): void {
    this.holdFor('drawing', held);
  }

  /**
   * While a running layout's positions are only previewed (the bulk raster draws them; Cytoscape still has the old
   * ones), no label is drawn: placed from Cytoscape's positions, labels stood still over a picture that moved, and
   * placing them again after each report was work the layout's reports did not need.
   */
  holdForPreview(previewing: boolean): void {
    this.holdFor('preview', previewing);
  }

  /**
   * While a big graph's layout ends in steps of their own (its positions written in slices, its bodies resized and
   * strokes fitted, then the camera moved), no label is drawn: placed after each step, labels were placed three
   * times in 1.5 s for a picture that was still changing, each time 70–80 ms with the index rebuilt (a CPU profile
   * of a 30k/60k rerun's end). Released, they are placed once for the final picture.
   */
  holdForLayoutEnd(held: boolean): void {
    this.holdFor('layoutEnd', held);
  }

  private holdFor(reason: keyof LabelLayer['heldFor'], held: boolean): void {
    if (held === this.heldFor[reason]) return;
    this.heldFor[reason] = held;
    this.invalidateGeometry();
  }

  private get held(): boolean {
    return this.heldFor.drawing || this.heldFor.preview || this.heldFor.layoutEnd;
  }

  /**
   * On a graph of more than PLACE_WHILE_MOVING_MAX_NODES entities, labels are placed in a task of their own right
   * after the frame Cytoscape draws, not inside it: at 10k/20k the placement and its index were 110–150 ms of the
   * 0.5–0.7 s first frame after opening, in CPU profiles, and of every frame after a filter or focus. The labels of
   * the last placement stay drawn until then where the viewport has not changed.
   */
  deferPlacement(deferred: boolean): void {
    this.deferred = deferred;
    // Called for each new graph: no placement of it is on show yet.
    this.placedView = null;
  }

  /** Whether every relation is a straight line between its entities' centres (relationAnchor). */
  setStraightRelations(straight: boolean): void {
    this.straightRelations = straight;
  }

  /** Where relations Cytoscape does not hold are looked up (relation-table.ts). */
  setRelationLookup(lookup: RelationLookup): void {
    this.relationLookup = lookup;
  }

  /** Which entities are shown, or their sizes, changed: the index is rebuilt before the next frame. */
  invalidateGeometry(): void {
    this.geometry.invalidate();
    this.invalidate();
  }

  /** Label texts changed (a new graph or an edit). */
  invalidateTexts(): void {
    this.texts.clear();
    this.warmTexts();
    this.invalidate();
  }

  /** Something the labels depend on changed without Cytoscape redrawing (hover, search hits): repaint next frame. */
  invalidate(): void {
    if (this.frameRequest) return;
    this.frameRequest = requestAnimationFrame(() => {
      this.frameRequest = 0;
      this.paint(true);
    });
  }

  /** A label's lines and width, wrapped once per text (`id` is the kind and the key: `n:…` or `e:…`). */
  private textOf(id: string, label: string | undefined): LabelText {
    let text = this.texts.get(id);
    if (!text) {
      text = wrapLabel(label ?? '', measureEm, DEFAULT_WRAP);
      this.texts.set(id, text);
    }
    return text;
  }

  /**
   * Wraps, in slices of idle time, the texts of the entities a placement tries first (the first MAX_CANDIDATES of the
   * source's order): the first frame after opening a big graph otherwise measured them all, about 0.1 s of that frame
   * at 10k/20k in a CPU profile. A newer source or a new graph's texts start a new warm-up, and this one stops.
   */
  private warmTexts(): void {
    const generation = ++this.textWarmUps;
    const source = this.source;
    if (!source) return;
    void walkInIdleSlices(source.order(), (key) => this.textOf(`n:${key}`, source.label(key)), {
      limit: MAX_CANDIDATES,
      sliceMs: TEXT_WARM_UP_SLICE_MS,
      wanted: () => generation === this.textWarmUps,
    });
  }

  /** The labels drawn in the last frame, in canvas pixels. */
  placed(): readonly PlacedLabel[] {
    return this.last;
  }

  /** Places labels for any frame (the window's, or an export's at its own scale) without drawing them. */
  place(frame: LabelFrame): PlacedLabel[] {
    const source = this.source;
    if (!source) return [];
    this.geometry.refresh((key) => source.isShown(key));
    const { zoom, pan } = frame;
    const fontPx = labelFontPx(frame.labelScale, frame.sizeCap ?? 1);
    const minObstacle = (MIN_OBSTACLE_RADIUS_PX * (frame.sizeCap ?? 1)) / zoom;
    const toModel = (v: number, p: number) => (v - p) / zoom;
    const index = this.geometry.index;
    const inView = (x: number, y: number) => x >= 0 && y >= 0 && x <= frame.width && y <= frame.height;
    const textOf = (id: string, label: string | undefined) => this.textOf(id, label);
    const nodes = function* (): Generator<LabelCandidate> {
      for (const key of source.order()) {
        const slot = index.find(key);
        if (slot === NO_SLOT) continue;
        const x = index.x(slot) * zoom + pan.x;
        const y = index.y(slot) * zoom + pan.y;
        if (!inView(x, y)) continue;
        const text = textOf(`n:${key}`, source.label(key));
        yield { key, kind: 'node', x, y, radius: index.radius(slot) * zoom, text, faded: source.faded(key) };
      }
    };
    const cy = this.cy;
    // Relation labels only where a reader can follow the relations (zoomed in), or the emphasised ones at any zoom.
    const allEdges = frame.labelScale >= EDGE_LABEL_MIN_ZOOM;
    const straight = this.straightRelations;
    const apart = this.relationLookup;
    const edges = function* (): Generator<LabelCandidate> {
      for (const key of source.edgeOrder(allEdges)) {
        const mid = relationAnchor(cy, key, straight, apart);
        if (!mid) continue;
        const x = mid.x * zoom + pan.x;
        const y = mid.y * zoom + pan.y;
        if (!inView(x, y)) continue;
        const text = textOf(`e:${key}`, source.edgeLabel(key));
        yield { key, kind: 'edge', x, y, radius: 0, text, faded: false };
      }
    };
    const placement = emptyPlacement();
    const options: PlacementOptions = {
      width: frame.width,
      height: frame.height,
      fontPx,
      edgeFontPx: Math.max(EDGE_LABEL_MIN_PX * (frame.sizeCap ?? 1), fontPx * EDGE_LABEL_SCALE),
      lineHeight: LABEL_LINE_HEIGHT,
      gap: LABEL_GAP_PX,
      padding: LABEL_PADDING_PX,
      maxLabels: MAX_LABELS,
      maxCandidates: MAX_CANDIDATES,
      maxMisses: MAX_MISSES,
      hitsBody: (box, key) =>
        index.hitsOther(
          {
            minX: toModel(box.minX, pan.x),
            minY: toModel(box.minY, pan.y),
            maxX: toModel(box.maxX, pan.x),
            maxY: toModel(box.maxY, pan.y),
          },
          key,
          minObstacle,
        ),
    };
    placeEntityLabels(nodes, options, CROWDED_MIN_LABELS, placement);
    // Relations after entities, in the space entities left; a relation label covers no entity at all.
    placeLabels(
      edges(),
      { ...options, maxCandidates: MAX_EDGE_CANDIDATES, hitsBody: (box) => options.hitsBody(box, '') },
      placement,
    );
    return placement.placed;
  }

  /** `force`: place even if the viewport moved (nothing else will); `inline`: in this task, never deferred. */
  private paint(force: boolean, inline = false): void {
    const cy = this.cy;
    const width = cy.width();
    const height = cy.height();
    const ratio = window.devicePixelRatio || 1;
    const canvas = this.canvas;
    if (canvas.width !== Math.round(width * ratio) || canvas.height !== Math.round(height * ratio)) {
      canvas.width = Math.round(width * ratio);
      canvas.height = Math.round(height * ratio);
      canvas.style.width = `${width}px`;
      canvas.style.height = `${height}px`;
    }
    const ctx = canvas.getContext('2d');
    if (!ctx) return;
    const zoom = cy.zoom();
    const pan = cy.pan();
    const before = this.placedView;
    const moving =
      !force &&
      before !== null &&
      this.geometry.indexedNodes > PLACE_WHILE_MOVING_MAX_NODES &&
      (zoom !== before.zoom || pan.x !== before.x || pan.y !== before.y);
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    // Deferred where the labels on show stay right meanwhile (the viewport has not moved), where none are on show, and
    // after a write (forced: the labels are cleared until placed; placed in the frame, a 30k/60k layout's end made one
    // 0.26 s frame of the placement, Cytoscape's frame and the overview). A view that moves without counting as
    // moving (few entities indexed, such as regions) places in its frames, or its labels would be cleared on every
    // frame of a pan.
    const sameView = before !== null && zoom === before.zoom && pan.x === before.x && pan.y === before.y;
    if (this.deferred && !inline && !this.held && !moving && (sameView || before === null || force)) {
      if (!sameView) ctx.clearRect(0, 0, width, height);
      if (this.placementTimer === undefined) {
        this.placementTimer = setTimeout(() => {
          this.placementTimer = undefined;
          this.placeAndDraw(ctx, width, height);
        }, 0);
      }
      return;
    }
    ctx.clearRect(0, 0, width, height);
    if (this.held) {
      this.last = [];
      return;
    }
    if (moving) {
      // A big graph on the move (a drag, a wheel): the labels of the last rest shift with a pan and wait out a zoom;
      // they are placed again once the viewport rests, so the placement never costs a frame of the motion.
      if (zoom === before.zoom) {
        ctx.translate(pan.x - before.x, pan.y - before.y);
        drawLabels(ctx, this.last, this.colors);
      }
      clearTimeout(this.settleTimer);
      this.settleTimer = setTimeout(() => this.paint(true, true), SETTLE_MS);
      return;
    }
    this.placeAndDraw(ctx, width, height);
  }

  /** Places the labels for the viewport as it is now and draws them. */
  private placeAndDraw(ctx: CanvasRenderingContext2D, width: number, height: number): void {
    clearTimeout(this.settleTimer);
    const zoom = this.cy.zoom();
    const pan = this.cy.pan();
    const ratio = window.devicePixelRatio || 1;
    ctx.setTransform(ratio, 0, 0, ratio, 0, 0);
    ctx.clearRect(0, 0, width, height);
    if (this.held) {
      this.last = [];
      return;
    }
    this.last = this.place({ zoom, pan, width, height, labelScale: zoom });
    this.placedView = { zoom, x: pan.x, y: pan.y };
    drawLabels(ctx, this.last, this.colors);
  }

  destroy(): void {
    if (this.frameRequest) cancelAnimationFrame(this.frameRequest);
    clearTimeout(this.settleTimer);
    clearTimeout(this.placementTimer);
    this.textWarmUps++;
    this.cy.off('render', this.onRender);
    this.geometry.destroy();
    this.canvas.remove();
  }
}
