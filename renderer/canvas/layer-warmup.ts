// Owns filling Cytoscape's layered texture cache in slices while drawing is held, so that the frame after a big write (a graph opened, a filter, a focus) draws a few bitmaps instead of every element.
import type { BoundingBox12, BoundingBoxWH, Core, SingularElementArgument } from 'cytoscape';
import { nextTask } from './idle-slices';

type BoundingBox = BoundingBox12 & BoundingBoxWH;

/**
 * The parts of Cytoscape 3.35's canvas renderer used here, none of them public. Its layered texture cache draws the
 * elements, in z-order, into bitmaps per zoom level; a frame whose level is complete copies those bitmaps. It fills
 * a level itself only after a frame that drew every element directly (0.5 s for the app's 10k/20k open in the
 * bench), then a little per frame. Filled here first, in slices, that open's longest task was 0.11–0.14 s. Every
 * member is checked before use: a renderer without them (WebGL, another Cytoscape) is simply not warmed.
 */
interface Layer {
  eles: SingularElementArgument[];
  context?: CanvasRenderingContext2D;
}

interface LayeredCache {
  makeLayer(bb: BoundingBox, lvl: number): Layer;
  queueLayer(layer: Layer, ele: SingularElementArgument): void;
  validateLayersElesOrdering(lvl: number, eles: SingularElementArgument[]): void;
  layersByLevel: Record<number, Layer[] | undefined>;
  getLayers(eles: SingularElementArgument[], pxRatio: number, lvl?: number): unknown[] | null;
  dequeue(pxRatio: number): unknown[];
  levelIsComplete(lvl: number, eles: SingularElementArgument[]): boolean;
  layersQueue: { size(): number };
  skipping: boolean;
  firstGet: boolean;
  lastInvalidationTime: number;
}

interface CanvasRenderer {
  webgl?: boolean;
  data?: { lyrTxrCache?: Partial<LayeredCache> };
  getPixelRatio?(): number;
  getCachedZSortedEles?(): SingularElementArgument[] & { nondrag?: SingularElementArgument[] };
  flushRenderedStyleQueue?(): void;
}

/** Cytoscape's own limits for layers (see its layered texture cache): no level is kept past these. */
const MIN_LEVEL = -4;
const MAX_LEVEL = 2;
const MAX_ZOOM = 3.99;
/**
 * A layer is drawn at the zoom level above the view's, so it holds 1–4 times the canvas's pixels, and rasterising it
 * costs about as much per pixel as drawing on the canvas: the dense 500/18k graph's layer of about 4 canvases took
 * 1.5 s more than its frame drawn directly (0.5–0.7 s). Bigger ones are left to Cytoscape.
 */
const MAX_LAYER_SCREENS = 2.5;
/** Cytoscape's largest layer (its layered texture cache refuses bigger ones). */
const MAX_LAYER_AREA = 4000 * 4000;
const MAX_LAYER_SIDE = 32_767;
/** A frame within this long of an element's change skips layers and draws every element (Cytoscape's rule, 250 ms). */
const INVALIDATION_WAIT_MS = 260;
/**
 * Graphs with more elements are not warmed: drawing them into a layer cost far more per element (at 30k/60k, 6.8 s
 * for 90,000 elements, against 1.0 s for the 30,000 of 10k/20k), so the graph showed 5 s later.
 */
export const WARM_MAX_ELEMENTS = 40_000;
/** Elements handed to the cache per call, at least (else a sixteenth of them). */
const MIN_CHUNK = 2000;

/**
 * How a warm-up ended: the level filled ('warmed'); no canvas renderer with a layered cache, or too many elements
 * ('not here'); its layer would be too big to copy quickly ('too big'); a newer write or hold came ('stopped'); the
 * cache did not take every element ('incomplete').
 */
export type WarmupOutcome = 'warmed' | 'not here' | 'too big' | 'stopped' | 'incomplete';

export interface WarmupOptions {
  sliceMs: number;
  /** False once the warm-up is no longer wanted (a newer write, a newer hold): it stops between slices. */
  wanted: () => boolean;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

function layeredCache(cy: Core): { cache: LayeredCache; renderer: Required<CanvasRenderer> } | null {
  const renderer = (cy as unknown as { renderer(): CanvasRenderer | undefined }).renderer();
  const cache = renderer?.data?.lyrTxrCache;
  if (!renderer || renderer.webgl || !cache) return null;
  const usable =
    typeof cache.getLayers === 'function' &&
    typeof cache.makeLayer === 'function' &&
    typeof cache.queueLayer === 'function' &&
    typeof cache.validateLayersElesOrdering === 'function' &&
    typeof cache.layersByLevel === 'object' &&
    typeof cache.dequeue === 'function' &&
    typeof cache.levelIsComplete === 'function' &&
    typeof cache.layersQueue?.size === 'function' &&
    typeof cache.lastInvalidationTime === 'number' &&
    typeof renderer.getPixelRatio === 'function' &&
    typeof renderer.getCachedZSortedEles === 'function' &&
    typeof renderer.flushRenderedStyleQueue === 'function';
  return usable ? { cache: cache as LayeredCache, renderer: renderer as Required<CanvasRenderer> } : null;
}

/** The bounds of the elements (each from Cytoscape's cache), in slices; null when no longer wanted. */
async function boundsInSlices(eles: SingularElementArgument[], options: WarmupOptions): Promise<BoundingBox12 | null> {
  const bb = {
    x1: Number.POSITIVE_INFINITY,
    y1: Number.POSITIVE_INFINITY,
    x2: Number.NEGATIVE_INFINITY,
    y2: Number.NEGATIVE_INFINITY,
  };
  for (let i = 0; i < eles.length; ) {
    const until = performance.now() + options.sliceMs;
    for (; i < eles.length && (i % 256 !== 0 || performance.now() < until); i++) {
      const box = (eles[i] as SingularElementArgument).boundingBox();
      bb.x1 = Math.min(bb.x1, box.x1);
      bb.y1 = Math.min(bb.y1, box.y1);
      bb.x2 = Math.max(bb.x2, box.x2);
      bb.y2 = Math.max(bb.y2, box.y2);
    }
    if (i < eles.length) {
      await nextTask();
      if (!options.wanted()) return null;
    }
  }
  return bb;
}

/**
 * Fills the layers of the current zoom level with every element, in slices of at most about `sliceMs`; call while
 * Cytoscape's drawing is held (an open batch), after the elements' styles and bounds are up to date. Resolves 'warmed'
 * when the level is complete and the next frame may use it (the wait Cytoscape puts after any element change has
 * passed); see WarmupOutcome for the others.
 */
export async function warmLayers(cy: Core, options: WarmupOptions): Promise<WarmupOutcome> {
  const found = layeredCache(cy);
  if (!found) return 'not here';
  const { cache, renderer } = found;
  // The elements changed since the last frame are measured now, as that frame would: it would also throw away the
  // layers of every one of them. The z-order is sorted in a task of its own. Both are done for graphs too big to
  // warm as well: at 30k/60k, 0.12 s and 0.10 s, which the frame would add to its own.
  renderer.flushRenderedStyleQueue();
  await nextTask();
  if (!options.wanted()) return 'stopped';
  const eles = renderer.getCachedZSortedEles().nondrag;
  if (!eles || eles.length === 0 || eles.length > WARM_MAX_ELEMENTS) return 'not here';
  await nextTask();
  if (!options.wanted()) return 'stopped';
  const pxRatio = renderer.getPixelRatio();
  const zoom = cy.zoom();
  const level = Math.max(MIN_LEVEL, Math.ceil(Math.log2(zoom * pxRatio)));
  if (zoom >= MAX_ZOOM || level > MAX_LEVEL) return 'not here';
  // One layer the size of the whole graph, which the first element opens. Left to the cache, each prefix below that
  // reached past the layers made so far opened one more, the size of that prefix: at 30k/60k, 11 layers each about
  // as big as the graph, and drawing them was 0.53 s of the first frame.
  cache.validateLayersElesOrdering(level, eles);
  const layers = cache.layersByLevel[level] ?? [];
  cache.layersByLevel[level] = layers;
  const first = eles[0] as unknown as { _private: { rscratch: { imgLayerCaches?: Record<number, Layer | null> } } };
  const caches = first._private.rscratch.imgLayerCaches ?? {};
  first._private.rscratch.imgLayerCaches = caches;
  if (layers.length === 0 && !caches[level]) {
    const bb = await boundsInSlices(eles, options);
    if (!bb) return 'stopped';
    const scale = 2 ** level;
    const width = Math.ceil((bb.x2 - bb.x1) * scale);
    const height = Math.ceil((bb.y2 - bb.y1) * scale);
    const screen = cy.width() * cy.height() * pxRatio * pxRatio;
    if (width * height > MAX_LAYER_SCREENS * screen) return 'too big';
    if (width > 0 && height > 0 && width <= MAX_LAYER_SIDE && height <= MAX_LAYER_SIDE) {
      if (width * height <= MAX_LAYER_AREA) {
        const layer = cache.makeLayer({ ...bb, w: bb.x2 - bb.x1, h: bb.y2 - bb.y1 }, level);
        layers.unshift(layer);
        caches[level] = layer;
        layer.eles.push(eles[0] as SingularElementArgument);
        cache.queueLayer(layer, eles[0] as SingularElementArgument);
      }
    }
  }
  // Handed over in prefixes, each drawn before the next is filed: a call files the elements it has not seen into the
  // layer's queue, and Cytoscape takes them off its front one by one (an array shift), which over one queue of all
  // 30,000 elements of 10k/20k was a third of the warm-up. One call with every element is one long task (1.4 s for
  // 90,000).
  cache.firstGet = false;
  const chunk = Math.max(MIN_CHUNK, Math.ceil(eles.length / 16));
  for (let given = 0; given < eles.length; ) {
    given = Math.min(eles.length, given + chunk);
    cache.skipping = false;
    if (cache.getLayers(eles.slice(0, given), pxRatio, level) === null && cache.layersQueue.size() === 0) {
      return 'incomplete';
    }
    while (cache.layersQueue.size() > 0) {
      // Half a slice of drawing: rasterising it takes about as long again.
      const until = performance.now() + options.sliceMs / 2;
      while (cache.layersQueue.size() > 0 && performance.now() < until) cache.dequeue(pxRatio);
      // Chromium records a canvas's drawing and rasterises it when the canvas is read: left alone, all of a layer's
      // drawing was rasterised in the frame that first copied it (0.98 s for the dense 500/18k graph's layer).
      // Reading one pixel rasterises this slice's share now.
      for (const layer of cache.layersByLevel[level] ?? []) layer.context?.getImageData(0, 0, 1, 1);
      await nextTask();
      if (!options.wanted()) return 'stopped';
    }
  }
  if (!cache.levelIsComplete(level, eles)) return 'incomplete';
  const sinceChange = performance.now() - cache.lastInvalidationTime;
  if (sinceChange < INVALIDATION_WAIT_MS) await wait(INVALIDATION_WAIT_MS - sinceChange);
  return options.wanted() ? 'warmed' : 'stopped';
}
