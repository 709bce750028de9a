// Owns holding Cytoscape's drawing while a graph without positions waits for its layout or while a big write is restyled, computing styles (and filling Cytoscape's layer cache) in slices of idle time meanwhile, and noting how spread out the first frame drawn was.
import type { CollectionArgument, CollectionReturnValue, Core, SingularElementArgument } from 'cytoscape';
import { type ElementSource, NO_ELEMENTS } from './canvas-elements';
import { boundsOf } from './fit-viewport';
import { walkInIdleSlices } from './idle-slices';
import { type WarmupOutcome, warmLayers } from './layer-warmup';
import { markRelationsMeasured, styleElement } from './style-ahead';

/** Longest slice of style work while drawing is held: input and the layout's messages are answered between slices. */
const STYLE_SLICE_MS = 30;
/**
 * Elements added per call while adding in slices: a CPU profile of the 30k/60k open had 90,000 added in 1.05 s, so
 * about 6 ms a call, several calls per slice.
 */
const ADD_CHUNK = 500;

/** How DrawHold.addInSlices adds a big graph. */
export interface AddOptions {
  /** The graph has no positions: once all are in, drawing stays held for its layout's positions. */
  thenLayout?: boolean;
  /** Runs in a task of its own before the first element is added (the load's deferred sizing, view-load.ts). */
  first?: () => void;
  /** Told of each run of elements as Cytoscape adds them, in the source's order. */
  onChunk?: (added: CollectionReturnValue) => void;
}

/**
 * Nothing is drawn while a graph without positions waits for its layout: its entities all stand at one point, and
 * drawing them there is a full render thrown away (2.2 s for 500 entities and 18,000 relations, taken from the layout
 * running beside it on a 2-core machine). Held as an open Cytoscape batch, during which Cytoscape's render loop draws
 * nothing and defers style work; released by the first positions, or by the view's owner when the layout ends
 * without any (stopped, failed).
 */
export class DrawHold {
  private held = false;
  /** Why drawing is held: a layout's first positions release 'layout'; the last style slice releases 'restyle'. */
  private reason: 'layout' | 'restyle' = 'layout';
  /** Elements a big write changed, still to restyle before drawing again. */
  private restyleQueue: SingularElementArgument[] = [];
  /** Writes to restyle, not yet sorted into the queue (queuePendingRestyles, in the first slice). */
  private pendingRestyles: CollectionArgument[] = [];
  /** The next element of the queue to restyle: taken in order, entities before their relations (see restyle). */
  private restyleNext = 0;
  /** Ids in the queue: writes in quick succession (a filter dragged along) ask again for elements still queued. */
  private restyleQueued = new Set<string>();
  /** The writes since the last flush are still inside the open batch, unseen by Cytoscape's style. */
  private restyleUnflushed = false;
  /** Counts holds, so the style slices of an earlier hold stop when a newer one starts. */
  private holds = 0;
  /** How far apart the entities stood (model units, widest axis) in the first frame drawn since `reset`. */
  private firstFrame: { spread: number } | null = null;
  private watching = false;
  /** Elements of the last finished sliced restyle that Cytoscape's next frame had to measure again. */
  private staleAtLastRestyle: number | null = null;
  /** A big graph's elements still to add (addInSlices), the next one, and what runs once all are in. */
  private pendingAdds: ElementSource = NO_ELEMENTS;
  private addNext = 0;
  private afterAdds: (() => void) | null = null;
  /** The graph being added has no positions: once all are in, drawing stays held for its layout (see addInSlices). */
  private layoutAfterAdds = false;
  /** Told of each run of elements as it is added (AddOptions.onChunk). */
  private onAddedChunk: ((added: CollectionReturnValue) => void) | null = null;
  /** Waiters for the adds to end (whenAdded): resolved when all are in, or when the adding is abandoned. */
  private addsWaiters: (() => void)[] = [];
  /** True while the restyled elements are drawn into Cytoscape's layers before drawing is released (warmLayers). */
  private warming = false;
  /** How the last warm-up ended (null before any). */
  private lastWarmupOutcome: WarmupOutcome | null = null;
  private heldStyling: Promise<number> | null = null;
  /**
   * True while the bulk raster draws the graph (set by the view): Cytoscape's renderer then sees only the raised
   * elements (raised-scope.ts), so nothing is restyled, measured or warmed for it in slices.
   */
  bulkDrawn = false;

  constructor(
    private readonly cy: Core,
    /** Told when drawing is held or released (the label layer draws nothing while held). */
    private readonly onChange: (held: boolean) => void,
  ) {
    cy.on('render', () => {
      if (this.firstFrame || !this.watching) return;
      const bounds = boundsOf(cy.nodes().map((node) => node.position()));
      this.firstFrame = { spread: bounds ? Math.max(bounds.x2 - bounds.x1, bounds.y2 - bounds.y1) : 0 };
    });
  }

  get active(): boolean {
    return this.held;
  }

  /** True while a big graph's elements are still being added (addInSlices): the canvas holds only some of them. */
  get adding(): boolean {
    return this.afterAdds !== null;
  }

  /** True while a graph without positions waits for its layout (nothing drawn yet). */
  get heldForLayout(): boolean {
    return this.held && this.reason === 'layout';
  }

  /** Held for a layout, or adding a graph without positions whose layout is awaited once all are in. */
  get awaitingLayout(): boolean {
    return this.heldForLayout || (this.adding && this.layoutAfterAdds);
  }

  /** Resolves once a sliced add has ended (all in, or abandoned for a newer graph); at once when none is running. */
  whenAdded(): Promise<void> {
    if (!this.adding) return Promise.resolve();
    return new Promise((resolve) => this.addsWaiters.push(resolve));
  }

  /** True while a big write is being restyled in slices: the canvas still shows the picture before it. */
  get restyling(): boolean {
    return this.held && this.reason === 'restyle';
  }

  /** A new graph: the next frame drawn is its first. */
  reset(): void {
    this.firstFrame = null;
    this.watching = true;
  }

  hold(): void {
    if (this.held && this.reason === 'layout') return;
    if (this.held) this.release();
    // After the owner's first write and its layout request, the wait is used to compute styles.
    this.begin('layout', (hold) => this.styleWhileHeld(hold));
  }

  /** Opens the batch that holds drawing, and starts `work` once the caller's own writes are done. */
  private begin(reason: 'layout' | 'restyle', work: (hold: number) => void): void {
    this.held = true;
    this.reason = reason;
    this.cy.startBatch();
    this.onChange(true);
    const hold = ++this.holds;
    setTimeout(() => work(hold), 0);
  }

  /** A new stylesheet while held for a layout: the styles computed so far are stale, so the wait's styling restarts. */
  restartHeldStyling(): void {
    if (!this.heldForLayout) return;
    const hold = ++this.holds;
    setTimeout(() => this.styleWhileHeld(hold), 0);
  }

  /**
   * Ends a layout's hold (its first positions arrived, or it ended); a restyle in progress keeps holding. While a graph
   * without positions is still being added, its layout ended early (stopped, failed): the adds end by drawing.
   */
  releaseLayout(): void {
    if (this.held && this.reason === 'layout') this.release();
    else if (this.adding) this.layoutAfterAdds = false;
  }

  /** Draws again; a no-op when nothing is held. */
  release(): void {
    if (!this.held) return;
    this.held = false;
    this.restyleQueue = [];
    this.restyleNext = 0;
    this.restyleQueued.clear();
    this.pendingRestyles = [];
    this.pendingAdds = NO_ELEMENTS;
    this.afterAdds = null;
    this.onAddedChunk = null;
    this.layoutAfterAdds = false;
    this.settleAdds();
    this.warming = false;
    this.cy.endBatch();
    this.onChange(false);
  }

  private settleAdds(): void {
    const waiters = this.addsWaiters;
    this.addsWaiters = [];
    for (const resolve of waiters) resolve();
  }

  /**
   * A write that changed many elements (a filter or focus, new sizes, fills or positions on a big graph, or a big graph
   * opened at its own positions): drawing is held while their styles, and their relations' rendered styles, are
   * computed in slices, then released. Otherwise
   * Cytoscape restyles them all in the next frame: at 30,000 entities a focus hid 90,000 elements and that one frame
   * took 6–7 s (5 s of it restyling and the garbage it leaves), the window frozen. With the slices its longest frame
   * was 1.6 s (Cytoscape's layer cache still measures the hidden elements' bounds), and "show all" after it 2.2 s
   * instead of about 8 s. Call right after the write, before any frame: the write is still in Cytoscape's batch
   * queue. Under a layout's hold nothing is needed: its release restyles what was written.
   */
  restyle(elements: CollectionArgument): void {
    if (this.bulkDrawn || (this.held && this.reason === 'layout')) return;
    if (!this.held) this.begin('restyle', (hold) => this.restyleSlices(hold));
    else if (this.warming) {
      // A new write while the last one's layers were drawn: those layers are stale; restyle the new one, then warm.
      this.warming = false;
      const hold = ++this.holds;
      setTimeout(() => this.restyleSlices(hold), 0);
    }
    // Queued in the first slice, not here: sorting 90,000 written elements into the queue was 0.2 s of the task
    // that made the write (a 30k/60k "Show all" click) in a CPU profile. Nothing is drawn meanwhile.
    this.pendingRestyles.push(elements);
    this.restyleUnflushed = true;
  }

  /**
   * A node's relations are drawn from its size and position: their rendered style follows it. Entities are queued
   * first: a relation measured before its ends were styled is measured again when they are (Cytoscape's bounds
   * triggers), in the first frame. The queue's id set removes repeats, so no union is built; a write that holds every
   * relation already (a whole graph opened or restyled) skips collecting its entities' relations (300,000 elements
   * at 100k/200k).
   */
  private queuePendingRestyles(): void {
    const pending = this.pendingRestyles;
    this.pendingRestyles = [];
    const allEdges = this.cy.edges().length;
    for (const elements of pending) {
      const nodes = elements.nodes();
      const edges = elements.edges();
      this.enqueue(nodes);
      this.enqueue(edges);
      if (edges.length < allEdges) this.enqueue(nodes.connectedEdges());
    }
  }

  /**
   * Adds a big graph's elements in slices while drawing is held, then runs `done` (in the last slice's task) and
   * styles and measures them in slices like a big write. Added in one task, the 30k/60k canvas's build was a 1.6–1.7 s
   * task in scripted runs (Cytoscape creating 90,000 elements). `done` writes the state to them and frames them:
   * until it runs the canvas holds only some of them, and nothing is drawn.
   *
   * A graph without positions (`thenLayout`) is added the same way while its layout runs in the worker (in one task,
   * the dense 500/18k graph's 18,500 elements were a 0.5–0.7 s task): once all are in, drawing stays held for the
   * layout's positions, unless the layout ended meanwhile (releaseLayout). Positions that come before the last element
   * wait for it (whenAdded).
   */
  addInSlices(elements: ElementSource, done: () => void, options: AddOptions = {}): void {
    this.release();
    this.pendingAdds = elements;
    this.addNext = 0;
    this.afterAdds = done;
    this.layoutAfterAdds = options.thenLayout === true;
    this.onAddedChunk = options.onChunk ?? null;
    const first = options.first;
    this.begin('restyle', (hold) => {
      if (!first) {
        this.addSlices(hold);
        return;
      }
      // A task of its own, before any element is made.
      if (!this.held || hold !== this.holds) return;
      first();
      setTimeout(() => this.addSlices(hold), 0);
    });
  }

  private addSlices(hold: number): void {
    if (!this.held || hold !== this.holds) return;
    const until = performance.now() + STYLE_SLICE_MS;
    while (this.addNext < this.pendingAdds.length && performance.now() < until) {
      const chunk = this.pendingAdds.slice(this.addNext, this.addNext + ADD_CHUNK);
      this.addNext += chunk.length;
      const added = this.cy.add(chunk);
      this.onAddedChunk?.(added);
    }
    if (this.addNext < this.pendingAdds.length) {
      setTimeout(() => this.addSlices(hold), 0);
      return;
    }
    const done = this.afterAdds;
    this.pendingAdds = NO_ELEMENTS;
    this.afterAdds = null;
    this.onAddedChunk = null;
    done?.();
    // Waiters run after this task's code: the hold below is in place when they write positions.
    this.settleAdds();
    if (this.layoutAfterAdds) {
      this.layoutAfterAdds = false;
      this.reason = 'layout';
      this.pendingRestyles = [];
      this.restyleUnflushed = false;
      this.styleWhileHeld(hold);
    } else if (this.bulkDrawn) this.release();
    else setTimeout(() => this.restyleSlices(hold), 0);
  }

  private enqueue(elements: CollectionArgument): void {
    // Not `push(...elements)`: 90,000 arguments overflow the call stack.
    for (const element of elements.toArray()) {
      const id = element.id();
      if (this.restyleQueued.has(id)) continue;
      this.restyleQueued.add(id);
      this.restyleQueue.push(element);
    }
  }

  private restyleSlices(hold: number): void {
    if (!this.held || hold !== this.holds) return;
    if (this.pendingRestyles.length > 0) {
      // In a task of its own, before the first slice of styling.
      this.queuePendingRestyles();
      setTimeout(() => this.restyleSlices(hold), 0);
      return;
    }
    if (this.restyleUnflushed) {
      // Flushing the batch marks the written elements for restyling; a new batch opens at once, so Cytoscape's
      // render loop keeps skipping frames.
      this.restyleUnflushed = false;
      this.cy.endBatch();
      this.cy.startBatch();
    }
    const until = performance.now() + STYLE_SLICE_MS;
    while (this.restyleNext < this.restyleQueue.length && performance.now() < until) {
      const chunk = this.restyleQueue.slice(this.restyleNext, this.restyleNext + 256);
      this.restyleNext += chunk.length;
      for (const element of chunk) {
        this.restyleQueued.delete(element.id());
        styleElement(element);
      }
      // The bounds of a collection bring its rendered style up to date too (relations' end points, the cached
      // bounding boxes), which Cytoscape would otherwise compute for every changed element in the first frame. Its
      // rendered style stays clean for the frame (Cytoscape patch 11; see markRelationsMeasured for the relations).
      this.cy.collection(chunk as unknown as CollectionArgument).boundingBox();
    }
    if (this.restyleNext < this.restyleQueue.length || this.restyleUnflushed) {
      setTimeout(() => this.restyleSlices(hold), 0);
    } else {
      this.staleAtLastRestyle = markRelationsMeasured(this.restyleQueue);
      this.warmThenRelease(hold);
    }
  }

  /**
   * Before drawing again, the elements are drawn into Cytoscape's layered texture cache in slices (layer-warmup.ts),
   * so the first frame copies a bitmap: Cytoscape's own way, a first frame that draws every element, was the longest
   * task left of opening a 10k/20k graph (0.5 s), and of filters and focus on it. Where warming costs more than it
   * saves (over 40,000 elements, a layer of many canvases), layer-warmup.ts declines and the frame draws as before.
   */
  private warmThenRelease(hold: number): void {
    const wanted = () => this.held && this.warming && hold === this.holds;
    this.warming = true;
    // Writes still inside the batch (a new z-order, the last styles) reach the renderer now: delivered by the release
    // instead, they would sort every element again in its frame (0.13 s at 30k/60k).
    this.cy.endBatch();
    this.cy.startBatch();
    void warmLayers(this.cy, { sliceMs: STYLE_SLICE_MS, wanted }).then((outcome) => {
      this.lastWarmupOutcome = outcome;
      if (wanted()) this.release();
    });
  }

  /**
   * How many elements of the last finished sliced restyle were still stale for Cytoscape's renderer when it released
   * drawing (null before any): each is measured again in the next frame, which the slices are there to spare.
   */
  get staleAfterRestyle(): number | null {
    return this.staleAtLastRestyle;
  }

  /** The styling of the last wait for a layout (styleWhileHeld): resolves how many elements it styled when it ends. */
  get lastHeldStyling(): Promise<number> | null {
    return this.heldStyling;
  }

  /** How the last warm-up of Cytoscape's layers before drawing again ended (null before any). */
  get lastWarmup(): WarmupOutcome | null {
    return this.lastWarmupOutcome;
  }

  /** The spread of the entities in the first frame drawn since `reset` (null before it). */
  firstFrameSpread(): number | null {
    return this.firstFrame?.spread ?? null;
  }

  /**
   * While drawing is held, every element's style is computed in slices of the idle main thread (the layout runs in
   * its worker meanwhile): otherwise Cytoscape computes them all in the first frame after the layout, 0.7 s of it for
   * 18,500 elements (the bench's 500/18k opened in 5.5–5.7 s with this against 5.8–7.1 s without, its longest task
   * 1.6 s against 2.2 s). The batch is flushed once so that what was added and written so far is marked for
   * restyling; a new batch opens at once, so Cytoscape's render loop keeps skipping frames. Styles are read through
   * `numericStyle`, which brings an element's style up to date.
   */
  private styleWhileHeld(hold: number): void {
    if (!this.held || hold !== this.holds) return;
    if (this.bulkDrawn) {
      // Nothing of the bulk is styled for Cytoscape's renderer (raised-scope.ts).
      this.heldStyling = Promise.resolve(0);
      return;
    }
    this.cy.endBatch();
    this.cy.startBatch();
    this.heldStyling = walkInIdleSlices(this.cy.elements(), styleElement, {
      limit: Number.POSITIVE_INFINITY,
      sliceMs: STYLE_SLICE_MS,
      wanted: () => this.held && hold === this.holds,
    });
  }
}
