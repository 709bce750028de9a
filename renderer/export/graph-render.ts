// Owns drawing the Cytoscape graph outside the window: the frame (whole graph or current view) and vector drawing into any canvas or SVG context.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';

cytoscape.use(cytoscapeSvg);

/** The slice of Cytoscape's canvas renderer that its own PNG export uses; not public API, so kept in this one file. */
interface CanvasRenderer {
  drawElements(context: CanvasRenderingContext2D, elements: unknown): void;
  getCachedZSortedEles(): unknown;
  eleTextBiggerThanMin(element: unknown, scale?: number): boolean;
  getPixelRatio(): number;
}

function rendererOf(cy: Core): CanvasRenderer {
  return (cy as unknown as { renderer(): CanvasRenderer }).renderer();
}

/** What part of the model is drawn: page = model × zoom + (x, y), in a width × height page-unit rectangle. */
export interface GraphFrame {
  width: number;
  height: number;
  x: number;
  y: number;
  zoom: number;
}

/** Room around the whole graph so border strokes and labels at the edge are not cut. */
const GRAPH_PADDING = 20;

export function graphFrame(cy: Core, scope: 'view' | 'graph'): GraphFrame {
  if (scope === 'view') {
    const pan = cy.pan();
    return {
      width: Math.max(1, Math.round(cy.width())),
      height: Math.max(1, Math.round(cy.height())),
      x: pan.x,
      y: pan.y,
      zoom: cy.zoom(),
    };
  }
  const visible = cy.elements(':visible');
  if (visible.empty()) throw new Error('Nothing is shown, so there is nothing to export.');
  const bb = visible.boundingBox();
  return {
    width: Math.ceil(bb.w) + 2 * GRAPH_PADDING,
    height: Math.ceil(bb.h) + 2 * GRAPH_PADDING,
    x: GRAPH_PADDING - bb.x1,
    y: GRAPH_PADDING - bb.y1,
    zoom: 1,
  };
}

/**
 * Runs `fn` with label visibility decided at the export's pixel scale, not the window's zoom: a 4× export of a
 * zoomed-out window still shows labels big enough to read, as Cytoscape would at that magnification.
 */
export function withExportScale<T>(cy: Core, pixelsPerModelUnit: number, fn: () => T): T {
  const renderer = rendererOf(cy) as Partial<CanvasRenderer>;
  const hadOwn = Object.hasOwn(renderer, 'eleTextBiggerThanMin');
  const original = renderer.eleTextBiggerThanMin;
  if (!original) return fn();
  renderer.eleTextBiggerThanMin = (element: unknown, scale?: number) =>
    original.call(renderer, element, scale ?? pixelsPerModelUnit);
  try {
    return fn();
  } finally {
    // The method lives on the renderer's prototype; removing the own override brings it back.
    if (hadOwn) renderer.eleTextBiggerThanMin = original;
    else delete renderer.eleTextBiggerThanMin;
  }
}

/** Draws the graph on `ctx`, whose current transform maps page units; the frame's top-left lands at (left, top). */
export function drawGraph(ctx: CanvasRenderingContext2D, cy: Core, frame: GraphFrame, left: number, top: number): void {
  const renderer = rendererOf(cy);
  ctx.save();
  ctx.translate(left + frame.x, top + frame.y);
  ctx.scale(frame.zoom, frame.zoom);
  renderer.drawElements(ctx, renderer.getCachedZSortedEles());
  ctx.restore();
}

/** The graph as a standalone SVG in page units (cytoscape-svg); its origin is the frame's top-left for the view, the bounding box's otherwise. */
export function graphSvg(cy: Core, scope: 'view' | 'graph', pageScale: number): string {
  const renderer = rendererOf(cy);
  // cytoscape-svg multiplies by the device pixel ratio unless told a max size; dividing keeps it in page units.
  const scale = 1 / renderer.getPixelRatio();
  const frame = graphFrame(cy, scope);
  return withExportScale(cy, frame.zoom * pageScale, () =>
    (cy as unknown as { svg(options: object): string }).svg({ full: scope === 'graph', scale }),
  );
}

export function svgOrigin(cy: Core, scope: 'view' | 'graph'): { x: number; y: number } {
  if (scope === 'view') return { x: 0, y: 0 };
  // cytoscape-svg's full export starts at the bounding box it computes itself, over all mutable elements.
  const bb = (cy as unknown as { mutableElements(): { boundingBox(): { x1: number; y1: number } } })
    .mutableElements()
    .boundingBox();
  const frame = graphFrame(cy, 'graph');
  return { x: frame.x + bb.x1, y: frame.y + bb.y1 };
}
