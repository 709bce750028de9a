// Owns planning how a new document is loaded onto the canvas: whether it has positions or is drawn as regions, its stylesheet level and stroke zooms, its default entity size (now or in the first add slice), and whether its elements are added in slices.
import { REGIONS_OPEN_IN_VIEW_MAX, showsRegions } from '../../graph-data/explore/regions';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { hasStoredPositions } from './canvas-elements';
import { DEFAULT_NODE_SIZE } from './canvas-style';
import { SLICED_ADD_MIN_ELEMENTS, type StyleLevel, styleLevelFor } from './level-of-detail';
import { type EntitySizing, entitySizing, SEPARATE_MAX_NODES } from './node-size';
import { densitySizing, fitZoomOf, unpositionedSizing } from './view-geometry';

export interface LoadPlan {
  positioned: boolean;
  /** Drawn as regions (regions.ts): the canvas starts empty and the writer adds what the regions' plan draws. */
  regions: boolean;
  level: StyleLevel;
  /** The default entity size, whether the file's positions must be separated first, and the zoom they fit at. */
  sizing: EntitySizing & { fitZoom: number };
  /** The zoom at which relations are first seen, for their stroke widths (the fit zoom unless drawn as regions). */
  relationZoom: number;
  /** Entities and relations the canvas is given at once (none for regions). */
  elementCount: number;
  /** Added in slices of main-thread time (draw-hold.ts addInSlices), not in the load's task. */
  sliced: boolean;
  /**
   * Where the default size is computed in the first add slice, not in the load's task: returns it. Null when
   * `sizing.size` is final already.
   */
  sizeLater: (() => number) | null;
}

/**
 * How `graph` is loaded into a `width`×`height` canvas. A big graph (at least SLICED_ADD_MIN_ELEMENTS elements) is
 * added in slices, one without positions while its layout runs; not when its own positions are separated first (that
 * layout starts at once and reads every position). The density sizing of a graph too big to be separated
 * (SEPARATE_MAX_NODES) waits for the first add slice: its index of 30,000 positions, built in a cold page, was 50–100 ms
 * of the task that swaps the document in (CPU profiles of the 30k/60k open).
 */
export function planLoad(graph: AtlasGraph, width: number, height: number, sliceAdd: boolean): LoadPlan {
  const positioned = hasStoredPositions(graph);
  const regions = showsRegions(graph);
  const elementCount = regions ? 0 : graph.order + graph.size;
  const big = sliceAdd && elementCount >= SLICED_ADD_MIN_ELEMENTS;
  const points: { x: number; y: number }[] = [];
  if (positioned) {
    graph.forEachNode((_, a) => {
      if (a.x !== undefined && a.y !== undefined) points.push({ x: a.x, y: a.y });
    });
  }
  let sizing: EntitySizing & { fitZoom: number };
  let sizeLater: (() => number) | null = null;
  if (!positioned) sizing = unpositionedSizing(graph.order, graph.size, width, height);
  else if (big && graph.order > SEPARATE_MAX_NODES) {
    // Never separated at this size (node-size.ts): only the size is left to compute, before any entity is made.
    const fitZoom = fitZoomOf(points, width, height);
    sizing = { size: DEFAULT_NODE_SIZE, separate: false, fitZoom };
    sizeLater = () => entitySizing(points, fitZoom).size;
  } else sizing = densitySizing(points, width, height);
  // A graph drawn as regions shows its relations only where regions open, zoomed in about √(entities / 2,500)
  // times (a view then holds 2,500 of them): strokes widened for the fit zoom were 3–7 px there, a grey mass.
  const relationZoom = regions ? sizing.fitZoom * Math.sqrt(graph.order / REGIONS_OPEN_IN_VIEW_MAX) : sizing.fitZoom;
  return {
    positioned,
    regions,
    level: styleLevelFor(graph.order + graph.size),
    sizing,
    relationZoom,
    elementCount,
    sliced: big && !sizing.separate,
    sizeLater,
  };
}
