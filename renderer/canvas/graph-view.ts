// Owns the Cytoscape instance and everything drawn on it: loading a document, the writer that applies the canvas state, the label layer, the bulk raster and positions (the viewport and what is read from geometry are ViewFrame's).
import cytoscape, { type Core } from 'cytoscape';
import { showsRegions } from '../../graph-data/explore/regions';
import type { Positions } from '../../graph-data/explore/view-types';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { BULK_RASTER_MIN_ELEMENTS, BulkRaster, type BulkRasterStatus } from './bulk-raster';
import { type ElementSource, lazyCytoscapeElements, NO_ELEMENTS } from './canvas-elements';
import type { CanvasState } from './canvas-state';
import { DEFAULT_NODE_SIZE, labelColorsFor, type Theme } from './canvas-style';
import { AddedElements, CanvasWriter } from './canvas-writer';
import { DrawHold } from './draw-hold';
import { graphKeyOf } from './element-ids';
import { canvasNodes } from './element-lists';
import { syncCanvasElements } from './element-sync';
import type { Bounds, Viewport } from './fit-viewport';
import { isHidden } from './hidden-flag';
import { nextTask } from './idle-slices';
import { type LabelFrame, LabelLayer, type LabelSource } from './label-layer';
import type { PlacedLabel } from './label-placement';
import type { WarmupOutcome } from './layer-warmup';
import {
  fadesOthers,
  PLACE_WHILE_MOVING_MAX_NODES,
  SLICED_RESTYLE_MIN_ELEMENTS,
  type StyleLevel,
} from './level-of-detail';
import type { PackedPositions } from './packed-positions';
import { entityColorsFor } from './readable-color';
import type { RelationEnds } from './relation-table';
import { ViewFrame } from './view-frame';
import { densitySizing, fitZoomOf, fitZoomOfBounds, type ViewCounts } from './view-geometry';
import { type LoadPlan, planLoad } from './view-load';
import { ANIMATE_MAX_NODES, moveEntities } from './view-moves';
import { ViewStylesheet } from './view-stylesheet';

export type { ViewCounts };

export { ANIMATE_MAX_NODES, isHidden };

export type RendererKind = 'canvas' | 'webgl';

/** What a replaced canvas hands to the next one (a renderer switch): the document, its positions and viewport. */
export interface CanvasCarry {
  graph: AtlasGraph;
  positions: Positions;
  viewport: Viewport;
}

export interface GraphViewOptions {
  theme: Theme;
  renderer: RendererKind;
  carry?: CanvasCarry | null;
}

/** The Cytoscape instance for a canvas in `container`, on the chosen renderer. */
function createCanvas(container: HTMLElement, renderer: RendererKind): Core {
  const webgl = renderer === 'webgl';
  return cytoscape({
    container,
    style: [],
    minZoom: 0.005,
    maxZoom: 8,
    wheelSensitivity: 0.3,
    boxSelectionEnabled: true,
    selectionType: 'single',
    // Cytoscape's WebGL renderer (3.31+) is only used where it measured faster: a real GPU (see renderer-choice.ts).
    ...(webgl ? { webgl: true, webglBgColor: [0, 0, 0] } : {}),
  } as cytoscape.CytoscapeOptions);
}

export class GraphView extends ViewFrame {
  readonly renderer: RendererKind;
  private readonly resizeObserver: ResizeObserver;
  private readonly writer: CanvasWriter;
  private readonly labels: LabelLayer;
  private readonly stylesheet: ViewStylesheet;
  private graph: AtlasGraph | null = null;
  private baseSize = DEFAULT_NODE_SIZE;
  private state: CanvasState | null = null;
  /** A graph drawn as regions is framed after the first write of its state (see load). */
  private fitOnApply = false;
  private readonly drawHold: DrawHold;
  private readonly bulk: BulkRaster;
  /** Counts changes to what is drawn (elements, shown, sizes, fills, positions): see contentVersion. */
  private version = 0;
  /** Set when this canvas replaces another on the same document: the controller adopts it instead of reloading. */
  readonly carry: CanvasCarry | null;

  constructor(container: HTMLElement, options: GraphViewOptions) {
    super(createCanvas(container, options.renderer));
    this.carry = options.carry ?? null;
    this.renderer = options.renderer;
    this.writer = new CanvasWriter(this.cy);
    this.writer.setColors(entityColorsFor(options.theme));
    this.labels = new LabelLayer(this.cy, container);
    this.bulk = new BulkRaster(
      this.cy,
      container,
      () => this.stylesheet.plainEdgeWidth,
      () => this.writer.relationTable,
    );
    this.labels.setRelationLookup((key) => this.relationEnds(key));
    this.drawHold = new DrawHold(this.cy, (held) => {
      this.labels.hold(held);
      this.bulk.hold(held);
    });
    this.stylesheet = new ViewStylesheet(this.cy, this.drawHold, options.theme);
    this.stylesheet.install();
    this.labels.setColors(labelColorsFor(options.theme));
    // Cytoscape measures its container once and on window resizes only; panels and grid changes resize it too.
    this.resizeObserver = new ResizeObserver(() => {
      this.cy.resize();
      if (this.camera.isFitted && !this.cy.animated()) this.fit();
      this.labels.invalidate();
    });
    this.resizeObserver.observe(container);
    // A dragged entity moved.
    this.cy.on('free', 'node', () => {
      this.version++;
    });
  }

  setTheme(theme: Theme): void {
    if (!this.stylesheet.setTheme(theme)) return;
    this.writer.setColors(entityColorsFor(theme));
    if (this.state) this.writer.apply(this.state);
    this.version++;
    this.bulk.changed('scene');
    this.stylesheet.restyleAll();
    this.labels.setColors(labelColorsFor(theme));
  }

  setLabelSource(source: LabelSource): void {
    this.labels.setSource(source);
  }

  /** Hover, search hits and other label-only changes: no element changes, only the label layer repaints. */
  refreshLabels(): void {
    this.labels.invalidate();
  }

  get styleLevel(): StyleLevel {
    return this.stylesheet.level;
  }

  /**
   * Changes with every write of the elements, what is shown, their sizes or colours, or positions (not with the
   * viewport): a drawing of the whole graph (the overview map) is redone only when it changed.
   */
  get contentVersion(): number {
    return this.version;
  }

  /** The writer's entry point: applies what changed in the canvas state. */
  apply(state: CanvasState): void {
    this.state = state;
    this.version++;
    // While a big graph is added in slices, the state is written once all its elements are in (see load).
    if (this.drawHold.adding) return;
    const { geometryChanged, restyled, toggled, sceneChanged } = this.writer.apply(state);
    if (restyled.length >= SLICED_RESTYLE_MIN_ELEMENTS) this.drawHold.restyle(restyled);
    // Colours or sizes (the scene is read again), what is shown, or only emphasis (what is raised).
    if (sceneChanged) this.bulk.changed('scene');
    else if (toggled > 0) this.bulk.changed('shown');
    else this.bulk.emphasisChanged();
    if (geometryChanged) this.labels.invalidateGeometry();
    else this.labels.invalidate();
    if (this.fitOnApply) {
      this.fitOnApply = false;
      this.fit();
    }
  }

  /**
   * Replaces every element. Positions stored in the graph are kept (entities get a size that keeps dense files
   * readable); without them the caller runs the default layout. Says whether the file had positions, and whether they
   * are too dense to show without separating the entities (the caller runs the worker's 'separate' pass).
   */
  load(graph: AtlasGraph, sliceAdd = true): { positioned: boolean; separate: boolean } {
    this.cy.resize();
    this.version++;
    this.graph = graph;
    this.state = null;
    const plan = planLoad(graph, this.cy.width(), this.cy.height(), sliceAdd);
    const { positioned, regions, level, sizing, sliced } = plan;
    this.baseSize = sizing.size;
    // Before the elements are made: where the bulk raster draws, relations stay out of Cytoscape (relation-table.ts).
    this.bulk.setActive(!regions && level === 'plain' && plan.elementCount > BULK_RASTER_MIN_ELEMENTS);
    this.writer.relationsApart = this.bulk.isActive;
    // Made as they are added: a size computed in the first add slice (plan.sizeLater) is the one they get.
    const elements = regions
      ? NO_ELEMENTS
      : lazyCytoscapeElements(graph, () => this.baseSize, !this.writer.relationsApart);
    const restyle = this.stylesheet.prepareLoad(level, sizing.fitZoom, plan.relationZoom);
    const renderer = (
      this.cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }
    ).renderer();
    // Init-only options in Cytoscape's API that its canvas renderer reads live. Measured in the browser bench at
    // 10k/20k: textureOnViewport (a bitmap of the whole graph while moving) halved the pan/zoom frame rate and gave
    // 5 s stalls on each zoom (0.33x plain Cytoscape against 0.68x without); relations hidden while the viewport moves
    // on big graphs are what keeps their pan smooth.
    renderer.textureOnViewport = false;
    renderer.hideEdgesOnViewport = level === 'plain';
    this.drawHold.bulkDrawn = this.bulk.isActive;
    this.writer.hiddenAsClass = !this.bulk.isActive;
    this.drawHold.release();
    this.drawHold.reset();
    // A big graph is added in slices (view-load.ts), then written, framed, styled and measured in slices before its
    // first frame: otherwise that frame did it all (at 30k/60k, 3.4 s of the open's one 9.8–12.8 s task), and the add
    // was one task of 1.6–1.7 s. One without positions is added while its layout runs, and waits for it.
    if (!positioned && graph.order > 0 && !sliced) this.drawHold.hold();
    this.cy.batch(() => {
      this.cy.elements().remove();
      // Swapped between removing and adding: no element, old or new, has a style to mark stale.
      if (restyle) this.stylesheet.install();
      if (!sliced) this.cy.add(elements.slice(0, elements.length));
    });
    const fade = fadesOthers(level);
    if (sliced) this.addInSlices(graph, plan, elements, fade);
    else if (positioned && plan.elementCount >= SLICED_RESTYLE_MIN_ELEMENTS) this.drawHold.restyle(this.cy.elements());
    this.writer.reset(graph, { fade, baseSize: this.baseSize, fresh: true });
    this.writer.clearRegions();
    this.labels.deferPlacement(graph.order > PLACE_WHILE_MOVING_MAX_NODES);
    this.labels.holdForPreview(false);
    this.labels.holdForLayoutEnd(false);
    this.labels.setStraightRelations(level === 'plain');
    this.labels.invalidateTexts();
    this.labels.invalidateGeometry();
    // Regions are framed once the first state has drawn them; their positions are the file's, never separated.
    this.fitOnApply = regions;
    if (!regions && !sliced && plan.elementCount >= SLICED_RESTYLE_MIN_ELEMENTS) this.prepareWriterSoon(graph);
    if (positioned && !regions && !sliced) this.fit();
    return { positioned, separate: regions ? false : sizing.separate };
  }

  /**
   * A big graph's elements, added in slices (draw-hold.ts): its default size first where the plan left it for then;
   * each slice's elements are noted with their keys for the writer as they come, which otherwise looked all 90,000 up
   * in a task of its own after the last slice (0.12–0.17 s at 30k/60k in CPU profiles).
   */
  private addInSlices(graph: AtlasGraph, plan: LoadPlan, elements: ElementSource, fade: boolean): void {
    const added = new AddedElements();
    const { sizeLater } = plan;
    this.drawHold.addInSlices(
      elements,
      () => {
        // Every element is in: the state written while they came is written again to all of them.
        this.writer.reset(graph, { fade, baseSize: this.baseSize, fresh: true });
        this.writer.adoptElements(added);
        if (this.state) this.writer.apply(this.state);
        this.drawHold.restyle(this.cy.elements());
        this.version++;
        this.bulk.changed('scene');
        this.labels.invalidateGeometry();
        // Without positions, the layout frames the graph when its positions come.
        if (plan.positioned) this.fit();
      },
      {
        thenLayout: !plan.positioned,
        first: sizeLater
          ? () => {
              this.baseSize = sizeLater();
            }
          : undefined,
        onChunk: (chunk) => added.note(chunk),
      },
    );
  }

  /** Once a big graph's elements are all in, the writer looks them up in a task of its own (CanvasWriter.prepare). */
  private prepareWriterSoon(graph: AtlasGraph): void {
    setTimeout(() => {
      if (this.graph === graph && !this.cy.destroyed()) this.writer.prepare();
    }, 0);
  }

  /** True while a big graph's elements are still being added in slices (see load): the canvas holds only some. */
  get adding(): boolean {
    return this.drawHold.adding;
  }

  /** True while a big write is restyled before it is drawn: the canvas still shows the picture before it. */
  get restyling(): boolean {
    return this.drawHold.restyling;
  }

  /** Elements the last sliced restyle left stale for Cytoscape's next frame to measure again (null before any). */
  get staleAfterRestyle(): number | null {
    return this.drawHold.staleAfterRestyle;
  }

  /** How the last warm-up of Cytoscape's layers before drawing again ended (null before any; layer-warmup.ts). */
  get lastWarmup(): WarmupOutcome | null {
    return this.drawHold.lastWarmup;
  }

  /** What the bulk raster (bulk-raster.ts) is doing: whether it draws this graph, and its last picture. */
  get bulkRaster(): BulkRasterStatus {
    return this.bulk.currentStatus;
  }

  /**
   * Runs an export's drawing with Cytoscape holding every shown relation and its renderer seeing every element (the
   * bulk raster narrows it, and keeps relations apart, otherwise).
   */
  withEveryElement<T>(draw: () => T): T {
    return this.writer.withEveryRelation(() => this.bulk.withEveryElement(draw));
  }

  override counts(): ViewCounts {
    const counts = super.counts();
    const table = this.writer.relationTable;
    return table ? { ...counts, edges: table.length, visibleEdges: table.shownCount() } : counts;
  }

  /**
   * The stroke (model units) of the relations kept apart from Cytoscape, which the bulk raster draws at the plain
   * stylesheet's width; null when none is shown or all are Cytoscape's.
   */
  apartRelationWidth(): number | null {
    const table = this.writer.relationTable;
    return table && table.shownCount() > 0 ? this.stylesheet.plainEdgeWidth : null;
  }

  /** A relation kept apart from Cytoscape (relation-table.ts): whether it is hidden, and its ends. */
  protected override relationEnds(key: string): RelationEnds | null {
    return this.writer.relationTable?.ends(key) ?? null;
  }

  /** Draws again after a layout's hold (see draw-hold.ts); a no-op when nothing is held for a layout. */
  releaseDrawing(): void {
    this.drawHold.releaseLayout();
  }

  /**
   * The spread of the entities in the first frame drawn since the last load (null before it): a graph without
   * positions must never be drawn piled at one point.
   */
  firstFrameSpread(): number | null {
    return this.drawHold.firstFrameSpread();
  }

  /**
   * The same document edited in place (entities or relations added, removed or changed): only the difference is
   * written. New entities stand around their neighbours already on the canvas (place-added.ts); returns their keys.
   */
  syncElements(graph: AtlasGraph): string[] {
    // A graph drawn as regions holds only what its plan draws: an edit redraws it from the state (and a graph that
    // crossed the threshold changes how it is drawn).
    if (graph !== this.graph || showsRegions(graph) || this.state?.regions) {
      this.load(graph);
      return [];
    }
    const addedNodes = syncCanvasElements(this.cy, graph, this.baseSize, !this.writer.relationsApart);
    this.version++;
    this.bulk.changed('scene');
    // Newly added elements are not in the last state the writer applied: write the whole state again.
    this.writer.reset(graph, { fade: fadesOthers(this.stylesheet.level), baseSize: this.baseSize });
    if (this.state) this.writer.apply(this.state);
    this.labels.invalidateTexts();
    this.labels.invalidateGeometry();
    return addedNodes;
  }

  /**
   * After a layout of a big graph (labels cannot all fit, so its layout keeps bodies apart only roughly): the default
   * entity size follows the density of the new positions, as for a file's own positions, so that the fitted view
   * shows no entity covering another.
   */
  async fitSizesToPositions(): Promise<void> {
    const graph = this.graph;
    if (!graph) return;
    const points = canvasNodes(this.cy).map((node) => node.position());
    const { size, fitZoom } = this.densitySizing(points);
    // The density, the stylesheet swap and the sizes each in a task of its own: at 30k/60k they were one 0.9–1.9 s
    // task at the end of a layout (0.25 s, 0.3–1.1 s and 0.35 s in CPU profiles).
    await nextTask();
    if (this.graph !== graph) return;
    // New strokes first, all elements queued for the sliced restyle (the queue skips those the sizes written next
    // queue again): the stylesheet marks every element stale, not only the entities whose size changes.
    if (this.stylesheet.fitStrokes(fitZoom)) this.stylesheet.restyleAll();
    if (Math.abs(size - this.baseSize) < 0.01) return;
    await nextTask();
    if (this.graph !== graph) return;
    this.baseSize = size;
    this.writer.reset(graph, { fade: fadesOthers(this.stylesheet.level), baseSize: size, sameElements: true });
    if (this.state) this.apply(this.state);
    this.labels.invalidateGeometry();
  }

  /**
   * After positions change wholesale (a layout, an undo of one, a restored workspace): strokes follow the zoom at which
   * the entities now fit. A layout of a file with far-flung coordinates brings them to a near zoom, where the widened
   * strokes would be too thick; undoing it takes them back out, where they would vanish.
   */
  fitStrokesToPositions(): void {
    if (this.fitStrokeScale()) this.stylesheet.restyleAll();
  }

  /**
   * Where a layout the drawing is held for will stand (reported by the worker before its last pass): strokes are
   * fitted to it now, so the styles computed while waiting are the ones drawn. Fitted only when the final positions
   * came, every element was restyled again before the first frame: 1.7 s on the dense 500/18k open.
   */
  expectExtent(bounds: Bounds): void {
    if (!this.drawHold.awaitingLayout) return;
    const fitZoom = fitZoomOfBounds(bounds, this.cy.width(), this.cy.height());
    if (this.stylesheet.fitStrokes(fitZoom)) this.stylesheet.restyleAll();
  }

  /** Swaps the stylesheet for strokes that fit the current positions; true when it did (every element is stale). */
  private fitStrokeScale(): boolean {
    const points = canvasNodes(this.cy).map((node) => node.position());
    // Only the fit zoom: the density sizing builds an index over every entity (40–140 ms at 30k in Node), which an
    // undo of one drag would pay each time.
    const fitZoom = fitZoomOf(points, this.cy.width(), this.cy.height());
    return this.stylesheet.fitStrokes(fitZoom);
  }

  private densitySizing(points: readonly { x: number; y: number }[]) {
    return densitySizing(points, this.cy.width(), this.cy.height());
  }

  /** Each entity's size (model units) as the writer sizes it, in the order of `keys` (a layout request's). */
  entitySizes(keys: readonly string[]): Float64Array {
    return this.writer.entitySizes(keys);
  }

  /** Labels for any frame (an export at its own scale) by the same placement the window uses. */
  placeLabels(frame: LabelFrame): PlacedLabel[] {
    return this.labels.place(frame);
  }

  /** The labels drawn in the last frame, in canvas pixels. */
  drawnLabels(): readonly PlacedLabel[] {
    return this.labels.placed();
  }

  /** Moves entities to the given positions (only those that differ), animated for graphs small enough. */
  setPositions(positions: Positions, animate = true): Promise<void> {
    if (this.drawHold.adding) {
      // A layout that finished before the last of a new graph's elements was added (load): written once all are in.
      const graph = this.graph;
      return this.drawHold
        .whenAdded()
        .then(() => (this.graph === graph ? this.setPositions(positions, animate) : undefined));
    }
    const moved = moveEntities(
      {
        cy: this.cy,
        drawHold: this.drawHold,
        fitStrokeScale: () => this.fitStrokeScale(),
        restyleAll: () => this.stylesheet.restyleAll(),
        // The bulk raster shows the new positions (endPreview below) while Cytoscape's are written in slices.
        sliceMoves: this.bulk.isActive,
      },
      positions,
      animate,
    );
    if (this.bulk.isActive && !animate) this.bulk.preview(positions);
    return moved.then(() => {
      this.version++;
      this.bulk.endPreview();
      this.labels.holdForPreview(false);
      this.bulk.changed('positions');
    });
  }

  /**
   * A running layout's positions, shown without writing them to Cytoscape, where the bulk raster draws the graph:
   * writing 30,000 positions was a 2 s task per report of a 30k/60k layout. False (nothing done) elsewhere; the
   * caller then writes them (setPositions), as it does the layout's last ones.
   */
  previewPositions(positions: PackedPositions): boolean {
    if (!this.bulk.preview(positions)) return false;
    this.labels.holdForPreview(true);
    return true;
  }

  /** No labels while a big layout's end is written in steps (LabelLayer.holdForLayoutEnd); released, placed once. */
  holdLabelsForLayoutEnd(held: boolean): void {
    this.labels.holdForLayoutEnd(held);
  }

  /** The document, positions and viewport, for the canvas that replaces this one. */
  snapshot(): CanvasCarry | null {
    if (!this.graph) return null;
    return {
      graph: this.graph,
      positions: this.positions(),
      viewport: { zoom: this.cy.zoom(), pan: { ...this.cy.pan() } },
    };
  }

  /** Loads the carried document at its carried positions and viewport (no layout, no reset of the view state). */
  adopt(carry: CanvasCarry): void {
    // At once, not in slices: the carried positions are written to every entity next.
    this.load(carry.graph, false);
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        const p = carry.positions[graphKeyOf(node)];
        if (p) node.position(p);
      });
    });
    // A layout's hold ends (the carried positions are the layout's); a big graph's sliced restyle, started by load
    // and now measuring the carried positions, goes on.
    this.drawHold.releaseLayout();
    this.version++;
    this.bulk.changed('positions');
    // The stylesheet was set for the file's own coordinates; the carried positions may be a layout's.
    this.fitStrokesToPositions();
    this.labels.invalidateGeometry();
    this.cy.viewport(carry.viewport);
    // A graph drawn as regions keeps the carried viewport too (its first write would frame it otherwise).
    this.fitOnApply = false;
  }

  destroy(): void {
    this.drawHold.release();
    this.resizeObserver.disconnect();
    this.labels.destroy();
    this.bulk.destroy();
    this.cy.destroy();
  }
}
