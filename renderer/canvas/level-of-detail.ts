// Owns the level-of-detail policy: which stylesheet a graph gets by its size, how big labels are at a zoom, and when a body is too small to be an obstacle.

/**
 * Above this many elements the canvas draws what plain Cytoscape draws (straight haystack edges, no arrows, simple
 * shapes, no fading): per-element styles are what made a 10,000-entity graph pan at 1 fps.
 */
export const LARGE_GRAPH_ELEMENTS = 3000;

export type StyleLevel = 'detail' | 'plain';

export function styleLevelFor(elementCount: number): StyleLevel {
  return elementCount > LARGE_GRAPH_ELEMENTS ? 'plain' : 'detail';
}

/**
 * A write that shows or hides at least this many elements is restyled in slices before it is drawn (draw-hold.ts):
 * restyled in one frame it costs 30–70 µs an element on this 2-core machine, so 3,000 elements is about the
 * longest frame worth taking in one go.
 */
export const SLICED_RESTYLE_MIN_ELEMENTS = 3000;

/** A graph opened at its own positions with at least this many elements is added to the canvas in slices (draw-hold.ts). */
export const SLICED_ADD_MIN_ELEMENTS = 10_000;

/** Whether emphasis fades everything else: a restyle of every element, affordable only on small graphs. */
export function fadesOthers(level: StyleLevel): boolean {
  return level === 'detail';
}

/** The smallest label drawn, in screen pixels (the floor is 9). */
export const MIN_LABEL_PX = 10;
export const MAX_LABEL_PX = 16;
const BASE_LABEL_PX = 13;

/**
 * Labels grow more slowly than the graph when zooming (a square root), as on a map: zooming in spreads entities
 * faster than their labels grow, so more of them fit; zooming out never shrinks text below the floor, it drops labels.
 * `outputScale` is an export's pixel multiplier: the floor and ceiling grow with it, so a 4× export keeps its text
 * legible at 4× the pixels while its entities spread four times as far.
 */
export function labelFontPx(pixelsPerUnit: number, outputScale = 1): number {
  const px = BASE_LABEL_PX * Math.sqrt(Math.max(pixelsPerUnit, 1e-6));
  const scale = Math.sqrt(Math.max(outputScale, 1));
  return Math.min(MAX_LABEL_PX * scale, Math.max(MIN_LABEL_PX * scale, px));
}

/** Entities under this radius on screen (6 px dots) are not bodies a label must avoid: separated dense overviews would get none. */
export const MIN_OBSTACLE_RADIUS_PX = 3;

/** A view where fewer entity labels than this fit between the bodies gets this many over bodies (label-placement.ts). */
export const CROWDED_MIN_LABELS = 24;

/** Relation labels appear only once the view is zoomed in this far (pixels per model unit). */
export const EDGE_LABEL_MIN_ZOOM = 1.1;

/**
 * Force layouts of graphs up to this size make room for every label at the fit zoom (label-adjust.ts, O(n log n)
 * per round); beyond it labels cannot all fit anyway, and bodies are sized to the layout's density instead.
 */
export const LABEL_ADJUST_MAX_NODES = 1500;

/**
 * Above this many entities, labels are not placed again on each frame of a pan or zoom: a pan shifts the last ones,
 * a zoom hides them, and they are placed once the viewport has rested SETTLE_MS (placement over thousands of
 * entities in view costs more than a frame).
 */
export const PLACE_WHILE_MOVING_MAX_NODES = 2000;
export const SETTLE_MS = 120;
