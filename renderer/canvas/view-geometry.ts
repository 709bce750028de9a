// Reads the canvas's geometry without styling anything: element counts, positions, entity sizes and model bounds.
import type { Core, NodeSingular } from 'cytoscape';
import type { Positions } from '../../graph-data/explore/view-types';
import { DEFAULT_ADJUST, spreadFitZoom } from '../layout/label-adjust';
import { DEFAULT_NODE_SIZE } from './canvas-style';
import { graphKeyOf, isRegionElement, nodeElementId } from './element-ids';
import { canvasEdges, canvasNodes } from './element-lists';
import { type Bounds, BoundsBuilder, boundsOf, fitViewport } from './fit-viewport';
import { isHidden } from './hidden-flag';
import { LABEL_ADJUST_MAX_NODES, SLICED_RESTYLE_MIN_ELEMENTS } from './level-of-detail';
import { type EntitySizing, entitySizing } from './node-size';
import { type PackedPositions, positionReader } from './packed-positions';

export interface ViewCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** All and shown entities and relations (hidden means the writer's flag, not Cytoscape's visibility cache). */
export function countElements(cy: Core): ViewCounts {
  let visibleNodes = 0;
  let visibleEdges = 0;
  let nodes = 0;
  let edges = 0;
  // Regions and their links stand for entities and relations: they are not counted as such.
  for (const n of canvasNodes(cy)) {
    if (isRegionElement(n)) continue;
    nodes++;
    if (!isHidden(n)) visibleNodes++;
  }
  for (const e of canvasEdges(cy)) {
    if (isRegionElement(e)) continue;
    edges++;
    if (!isHidden(e)) visibleEdges++;
  }
  return { nodes, edges, visibleNodes, visibleEdges };
}

/** Positions of every entity, by graph key. */
export function nodePositions(cy: Core): Positions {
  const positions: Positions = {};
  for (const node of canvasNodes(cy)) {
    if (isRegionElement(node)) continue;
    const p = node.position();
    positions[graphKeyOf(node)] = { x: p.x, y: p.y };
  }
  return positions;
}

/** Model bounds of the shown entities (bodies included), or of the given ones, from positions and data sizes. */
export function shownBounds(cy: Core, keys?: Iterable<string>): Bounds | null {
  const bounds = new BoundsBuilder();
  const add = (node: NodeSingular) => {
    if (isHidden(node)) return;
    const p = node.position();
    bounds.add(p.x, p.y, Number(node.data('size')) / 2 || 0);
  };
  if (keys) {
    for (const key of keys) {
      const node = cy.getElementById(nodeElementId(key));
      if (!node.empty()) add(node as NodeSingular);
    }
  } else {
    for (const node of canvasNodes(cy)) add(node);
  }
  return bounds.bounds();
}

/**
 * Model bounds the shown entities will have once they stand at `positions` (those not in it stay where they are).
 * Packed positions (a running layout's report) are read in place: the report's first camera move made an object per
 * entity of them, and a box per corner, in the task that garbage collection then lengthened at 30k/60k.
 */
export function shownBoundsAt(cy: Core, positions: Positions | PackedPositions): Bounds | null {
  const bounds = new BoundsBuilder();
  const at = positionReader(positions);
  for (const node of canvasNodes(cy)) {
    if (isHidden(node)) continue;
    const p = at(graphKeyOf(node)) ?? node.position();
    bounds.add(p.x, p.y, (Number(node.data('size')) || DEFAULT_NODE_SIZE) / 2);
  }
  return bounds.bounds();
}

/** A canvas narrower than this is not laid out yet (hidden, or before its first measure): nothing to fit. */
const MIN_MEASURED_PX = 50;

/**
 * The zoom at which these positions fit a `width`×`height` canvas, uncapped; 1 for no positions or a canvas not
 * measured yet (its padding would leave a few pixels to fit into, and strokes would be widened tens of times).
 */
export function fitZoomOf(points: readonly { x: number; y: number }[], width: number, height: number): number {
  return fitZoomOfBounds(boundsOf(points), width, height);
}

/** The zoom at which `bounds` fit a `width`×`height` canvas, uncapped (1 for no bounds or an unmeasured canvas). */
export function fitZoomOfBounds(bounds: Bounds | null, width: number, height: number): number {
  if (width < MIN_MEASURED_PX || height < MIN_MEASURED_PX || !bounds) return 1;
  return fitViewport(bounds, width, height, { min: 0, max: Number.POSITIVE_INFINITY }).zoom;
}

/**
 * The default entity size for positions shown in a `width`×`height` canvas (smaller where they are dense, see
 * node-size.ts), and the zoom at which they fit it, uncapped (what strokes are widened by, see canvas-style.ts).
 */
export function densitySizing(
  points: readonly { x: number; y: number }[],
  width: number,
  height: number,
): EntitySizing & { fitZoom: number } {
  if (points.length === 0) return { size: DEFAULT_NODE_SIZE, separate: false, fitZoom: 1 };
  const fitZoom = fitZoomOf(points, width, height);
  return { ...entitySizing(points, fitZoom), fitZoom };
}

/**
 * The fit zoom a graph without positions will most likely have once its default force layout lands, so that its
 * stylesheet's strokes are chosen before its elements are added (a stylesheet swapped afterwards restyles them all:
 * 0.27 s for 500 entities and 18,000 relations, the styles computed while the layout ran thrown away). A big graph
 * with labels is spread by the layout's finish until its bodies have room, to a zoom that depends on no position
 * (spreadFitZoom). Small graphs (cheap to restyle) and graphs finished without labels keep 1; when the guess is wrong,
 * the layout's reported extent corrects it.
 */
export function expectedLayoutFitZoom(
  entities: number,
  relations: number,
  width: number,
  height: number,
  entitySize = DEFAULT_NODE_SIZE,
): number {
  if (entities + relations < SLICED_RESTYLE_MIN_ELEMENTS || entities > LABEL_ADJUST_MAX_NODES) return 1;
  if (width < MIN_MEASURED_PX || height < MIN_MEASURED_PX) return 1;
  return spreadFitZoom(entities, entitySize, { width, height, margin: DEFAULT_ADJUST.margin });
}

/** The sizing of a graph without positions: default entity size, strokes for its expected layout (see above). */
export function unpositionedSizing(
  entities: number,
  relations: number,
  width: number,
  height: number,
): EntitySizing & { fitZoom: number } {
  return {
    size: DEFAULT_NODE_SIZE,
    separate: false,
    fitZoom: expectedLayoutFitZoom(entities, relations, width, height),
  };
}
