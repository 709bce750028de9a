// Owns drawing a big graph's bodies and relations as one picture made in a worker, under Cytoscape's canvas, while Cytoscape itself draws only the elements raised above the rest (selected, highlighted, dragged).
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../../graph-data/explore/view-types';
import type { BulkRasterReply, BulkRasterRequest } from './bulk-raster-protocol';
import { type BulkScene, type BulkShown, type BulkView, ColorIndex, placePicture } from './bulk-scene';
import { PLAIN_EDGE_OPACITY } from './canvas-style';
import { graphKeyOf } from './element-ids';
import { canvasNodes } from './element-lists';
import { isHidden } from './hidden-flag';
import { type PackedPositions, positionReader } from './packed-positions';
import { RaisedScope, type SceneElements, scopedRenderer } from './raised-scope';
import type { RelationTable } from './relation-table';

/**
 * Graphs with more elements than this are drawn by the bulk raster. Cytoscape's canvas renderer draws every element in
 * any frame its layer cache cannot serve (after any write, during a layout): at 30k/60k that frame was 1.0–1.3 s, and
 * filling the layer cache in slices first (layer-warmup.ts) cost 6.8 s. The bulk raster draws the same 90,000
 * elements in a worker in about 0.25 s, and Cytoscape's frame, left with the few raised elements, stays short. At
 * 10k/20k (30,000 elements) the warm-up kept opening and filters under 0.2 s, but not a layout rerun, whose streamed
 * positions were drawn directly (0.36–0.66 s tasks; 0.16 s with the raster). Lowered from 20,000 after scripted opens
 * (1400×900): the dense 500/18k graph was ready in 3.1–3.8 s with a 0.36–0.43 s first frame (Cytoscape drawing 18,000
 * relations) and in 1.9–2.3 s with the raster; 6k/12k in 2.4–3.2 s against 1.5–1.7 s; 4k/8k in 2.6–2.7 s against
 * 1.4–1.6 s, its longest task the same. Below it, Cytoscape draws, its layers warmed in slices (layer-warmup.ts).
 */
export const BULK_RASTER_MIN_ELEMENTS = 10_000;

export interface WorkerLike {
  postMessage(message: BulkRasterRequest, transfer?: Transferable[]): void;
  onmessage: ((event: MessageEvent<BulkRasterReply>) => void) | null;
  terminate(): void;
}

const defaultWorker = (): WorkerLike =>
  new Worker(new URL('./bulk-raster.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;

/** Elements without a colour of their own (none in the app's documents) are drawn in a neutral grey. */
const DEFAULT_COLOR = '#888888';

export interface BulkRasterStatus {
  active: boolean;
  /** Pictures drawn for the current document, and how many entities and relations the last one held. */
  pictures: number;
  lastNodes: number;
  lastEdges: number;
  lastMs: number;
  /**
   * True while the picture on screen is not yet the one for the current elements, visibility and positions (a pan or
   * zoom moves the last picture until the next one comes, and does not count).
   */
  behind: boolean;
  error: string | null;
}

export class BulkRaster {
  private readonly canvas: HTMLCanvasElement;
  /** Narrows Cytoscape's renderer to the raised elements while active; null where it cannot (WebGL). */
  private readonly scope: RaisedScope | null;
  private readonly pixelRatio: () => number;
  private worker: WorkerLike | null = null;
  private active = false;
  private held = false;
  /** What changed since the last request to the worker. */
  private dirty = { scene: false, positions: false, shown: false, view: false };
  private inFlight = false;
  private scheduled = false;
  private requestId = 0;
  /** Counts changes to what the picture shows (elements, positions, visibility), and the count each picture was asked at. */
  private contentVersion = 0;
  private requestedVersion = 0;
  private pictureVersion = -1;
  private picture: { bitmap: ImageBitmap; view: BulkView } | null = null;
  private nodeElements: NodeSingular[] = [];
  /** Each relation's ends as indices into nodeElements, and the relations, as the last scene read them. */
  private edgeEnds: Uint32Array | null = null;
  private sceneRelations: RelationTable | null = null;
  /** Positions shown instead of Cytoscape's (a running layout's), by graph key. */
  private previewed: Positions | PackedPositions | null = null;
  private status: BulkRasterStatus = {
    active: false,
    pictures: 0,
    lastNodes: 0,
    lastEdges: 0,
    lastMs: 0,
    behind: false,
    error: null,
  };

  constructor(
    private readonly cy: Core,
    container: HTMLElement,
    /** The stroke the plain stylesheet gives relations (model units). */
    private readonly edgeWidth: () => number,
    /** The relations, kept apart from Cytoscape while the raster draws (relation-table.ts). */
    private readonly relations: () => RelationTable | null,
    private readonly createWorker: () => WorkerLike = defaultWorker,
  ) {
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'bulk-raster';
    this.canvas.setAttribute('aria-hidden', 'true');
    // Under Cytoscape's canvases (inserted before them, same stacking level), over the container's background.
    Object.assign(this.canvas.style, { position: 'absolute', left: '0', top: '0', pointerEvents: 'none', zIndex: '0' });
    container.insertBefore(this.canvas, container.firstChild);
    const renderer = scopedRenderer(cy);
    this.scope = renderer ? new RaisedScope(cy, renderer, edgeWidth, () => this.indexedScene()) : null;
    const withRatio = renderer as { getPixelRatio?: () => number } | null;
    this.pixelRatio = () => (typeof withRatio?.getPixelRatio === 'function' ? withRatio.getPixelRatio() : 1);
    // The view tells what its writes changed (changed()): listening to Cytoscape's per-element events ('class',
    // 'position', 'add') cost 0.2 s of dispatching on a write that shows 90,000 elements.
    cy.on('select unselect grab', () => this.scope?.raisedChanged());
    cy.on('free', () => {
      this.scope?.raisedChanged();
      this.scope?.geometryChanged();
      this.mark('positions');
    });
    cy.on('viewport resize', () => this.mark('view'));
    cy.on('render', () => this.paint());
  }

  /** Whether this graph is drawn by the bulk raster: false where the renderer cannot be narrowed (WebGL). */
  setActive(active: boolean): void {
    const next = active && this.scope !== null;
    if (next === this.active) return;
    this.active = next;
    this.scope?.setActive(next);
    this.status = { ...this.status, active: next, pictures: 0 };
    this.contentVersion++;
    if (next) {
      this.mark('scene');
    } else {
      this.dropPicture();
      this.worker?.terminate();
      this.worker = null;
      this.inFlight = false;
    }
  }

  /**
   * What a write changed: the elements or their colours and sizes ('scene'), positions, or what is shown. Emphasis
   * may have changed with any of them, so what Cytoscape draws over the picture is looked up again.
   */
  changed(what: 'scene' | 'positions' | 'shown'): void {
    this.scope?.raisedChanged();
    // The hit index holds hidden elements too (its queries pass over them): what is shown does not rebuild it.
    if (what !== 'shown') this.scope?.geometryChanged();
    this.mark(what);
  }

  /** Only emphasis changed: what Cytoscape draws over the picture is looked up again; the picture stays. */
  emphasisChanged(): void {
    this.scope?.raisedChanged();
  }

  /** Runs an export, which draws every element, with Cytoscape's renderer seeing them all (raised-scope.ts). */
  withEveryElement<T>(draw: () => T): T {
    return this.scope ? this.scope.withEveryElement(draw) : draw();
  }

  /**
   * Draws the entities at these positions (by graph key; the others where Cytoscape has them) until endPreview, without
   * writing them to Cytoscape. False when the raster is not active.
   */
  preview(positions: Positions | PackedPositions): boolean {
    if (!this.active) return false;
    this.previewed = positions;
    this.mark('positions');
    return true;
  }

  /** Back to Cytoscape's positions (once the previewed ones are written to it). */
  endPreview(): void {
    this.previewed = null;
  }

  get isActive(): boolean {
    return this.active;
  }

  /** Follows the draw hold: while Cytoscape's drawing is held, the picture is not replaced either. */
  hold(held: boolean): void {
    this.held = held;
    if (!held) this.schedule();
  }

  get currentStatus(): BulkRasterStatus {
    return {
      ...this.status,
      behind: this.active && this.pictureVersion !== this.contentVersion,
    };
  }

  destroy(): void {
    this.setActive(false);
    this.canvas.remove();
  }

  private mark(what: keyof BulkRaster['dirty']): void {
    if (!this.active) return;
    this.dirty[what] = true;
    if (what !== 'view') this.contentVersion++;
    if (what === 'scene' && this.picture) {
      // A new set of elements: the old picture is of other elements, so it goes at once.
      this.dropPicture();
      this.status = { ...this.status, pictures: 0 };
    }
    if (!this.held) this.schedule();
  }

  /**
   * A task of its own, not an animation frame: reading 90,000 elements into a scene is 0.1 s, and in a frame's task it
   * added to Cytoscape's own frame and the label placement.
   */
  private schedule(): void {
    if (this.scheduled || !this.active) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.request();
    }, 0);
  }

  /** Sends what changed and asks for a picture of the current view; one request at a time, the latest state wins. */
  private request(): void {
    if (!this.active || this.held || this.inFlight) return;
    const { scene, positions, shown, view } = this.dirty;
    if (!scene && !positions && !shown && !view) return;
    this.dirty = { scene: false, positions: false, shown: false, view: false };
    if (!this.worker) {
      this.worker = this.createWorker();
      this.worker.onmessage = (event) => this.received(event.data);
    }
    if (scene) this.worker.postMessage({ type: 'scene', scene: this.buildScene() });
    else if (positions) {
      const nodes = this.nodeArray();
      this.worker.postMessage({ type: 'positions', nodes }, [nodes.buffer]);
    }
    if (scene || shown) this.worker.postMessage({ type: 'shown', shown: this.buildShown() });
    this.inFlight = true;
    this.requestedVersion = this.contentVersion;
    this.worker.postMessage({ type: 'draw', id: ++this.requestId, view: this.currentView() });
  }

  private received(reply: BulkRasterReply): void {
    this.inFlight = false;
    if (reply.type === 'failed') {
      this.status = { ...this.status, error: reply.message };
    } else if (this.active) {
      // A picture of elements since replaced is not shown (the scene was marked dirty after it was asked for).
      if (this.dirty.scene) reply.bitmap.close();
      else {
        // The old bitmap is closed only as it is replaced: paint() draws whatever `picture` holds.
        this.picture?.bitmap.close();
        this.picture = { bitmap: reply.bitmap, view: reply.view };
        this.pictureVersion = this.requestedVersion;
        this.status = {
          ...this.status,
          pictures: this.status.pictures + 1,
          lastNodes: reply.nodes,
          lastEdges: reply.edges,
          lastMs: reply.ms,
          error: null,
        };
        this.paint();
      }
    } else {
      reply.bitmap.close();
    }
    this.request();
  }

  private currentView(): BulkView {
    const pan = this.cy.pan();
    return {
      panX: pan.x,
      panY: pan.y,
      zoom: this.cy.zoom(),
      width: this.cy.width(),
      height: this.cy.height(),
      pixelRatio: this.pixelRatio(),
    };
  }

  /** Copies the last picture to the canvas, moved and scaled to the current view (runs after every Cytoscape frame). */
  private paint(): void {
    if (!this.active) return;
    const view = this.currentView();
    const width = Math.max(1, Math.round(view.width * view.pixelRatio));
    const height = Math.max(1, Math.round(view.height * view.pixelRatio));
    if (this.canvas.width !== width || this.canvas.height !== height) {
      this.canvas.width = width;
      this.canvas.height = height;
      this.canvas.style.width = `${view.width}px`;
      this.canvas.style.height = `${view.height}px`;
    }
    const context = this.canvas.getContext('2d');
    if (!context) return;
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, width, height);
    if (!this.picture) return;
    const { x, y, scale } = placePicture(this.picture.view, view);
    const ratio = view.pixelRatio;
    context.drawImage(
      this.picture.bitmap,
      x * ratio,
      y * ratio,
      this.picture.bitmap.width * scale,
      this.picture.bitmap.height * scale,
    );
  }

  private dropPicture(): void {
    this.picture?.bitmap.close();
    this.picture = null;
    this.canvas.getContext('2d')?.clearRect(0, 0, this.canvas.width, this.canvas.height);
  }

  /**
   * What the hit index is built from: the scene last read, while no newer one is due (a scene marked dirty may hold
   * elements since removed); otherwise the canvas's entities now, with the relations' ends among them.
   */
  private indexedScene(): SceneElements | null {
    if (!this.dirty.scene && this.edgeEnds && this.sceneRelations === this.relations()) {
      return { nodes: this.nodeElements, edgeEnds: this.edgeEnds, relations: this.sceneRelations };
    }
    const relations = this.relations();
    const nodes = canvasNodes(this.cy);
    return { nodes, relations, edgeEnds: relations ? relations.endsAmong(nodes) : new Uint32Array(0) };
  }

  private buildScene(): BulkScene {
    const relations = this.relations();
    const read = readScene(this.cy, this.edgeWidth(), relations, this.previewed);
    this.nodeElements = read.nodes;
    this.edgeEnds = read.scene.edges;
    this.sceneRelations = relations;
    return read.scene;
  }

  private nodeArray(): Float32Array {
    return readNodes(this.nodeElements, this.previewed);
  }

  private buildShown(): BulkShown {
    return readShown(this.nodeElements, this.sceneRelations);
  }
}

/** The canvas's entities and the table's relations as a bulk scene, with the entities in the scene's order. */
export function readScene(
  cy: Core,
  edgeWidth: number,
  relations: RelationTable | null,
  previewed: Positions | PackedPositions | null = null,
): { scene: BulkScene; nodes: NodeSingular[] } {
  const colors = new ColorIndex();
  const nodes = canvasNodes(cy);
  const nodeColor = new Uint16Array(nodes.length);
  nodes.forEach((node, i) => {
    nodeColor[i] = colors.indexOf(String(node.data('fill') ?? DEFAULT_COLOR));
  });
  const edgeColor = new Uint16Array(relations?.length ?? 0);
  for (let i = 0; i < edgeColor.length; i++) edgeColor[i] = colors.indexOf(relations?.colors[i] ?? DEFAULT_COLOR);
  const scene: BulkScene = {
    nodes: readNodes(nodes, previewed),
    nodeColor,
    edges: relations ? relations.endsAmong(nodes) : new Uint32Array(0),
    edgeColor,
    palette: colors.palette,
    edgeWidth,
    edgeOpacity: PLAIN_EDGE_OPACITY,
  };
  return { scene, nodes };
}

/** x, y and radius of each entity, in the given order; at its previewed position where it has one. */
export function readNodes(
  nodes: readonly NodeSingular[],
  previewed: Positions | PackedPositions | null = null,
): Float32Array {
  const out = new Float32Array(nodes.length * 3);
  const previewedAt = positionReader(previewed);
  nodes.forEach((node, i) => {
    const { x, y } = previewedAt(graphKeyOf(node)) ?? node.position();
    out[3 * i] = x;
    out[3 * i + 1] = y;
    out[3 * i + 2] = Number(node.data('size') ?? 0) / 2;
  });
  return out;
}

/** Which of the given entities and of the table's relations the writer shows. */
export function readShown(nodes: readonly NodeSingular[], relations: RelationTable | null): BulkShown {
  const shownNodes = new Uint8Array(nodes.length);
  nodes.forEach((node, i) => {
    shownNodes[i] = isHidden(node) ? 0 : 1;
  });
  const shownEdges = new Uint8Array(relations?.length ?? 0);
  for (let i = 0; i < shownEdges.length; i++) shownEdges[i] = relations?.hidden[i] === 1 ? 0 : 1;
  return { nodes: shownNodes, edges: shownEdges };
}
