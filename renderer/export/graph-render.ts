// Owns drawing the graph outside the window: the frame (whole graph or current view), Cytoscape's drawing into any canvas or SVG context, and the placed labels in both.
import cytoscape, { type Core } from 'cytoscape';
import cytoscapeSvg from 'cytoscape-svg';
import { FIT_PADDING } from '../canvas/fit-viewport';
import type { GraphView } from '../canvas/graph-view';
import { drawLabels, LABEL_FONT_FAMILY, LABEL_LINE_HEIGHT, type LabelColors, textX } from '../canvas/label-draw';
import type { PlacedLabel } from '../canvas/label-placement';
import { element, escapeXml } from './xml-escape';

cytoscape.use(cytoscapeSvg);

/** The slice of Cytoscape's canvas renderer that its own PNG export uses; not public API, so kept in this one file. */
interface CanvasRenderer {
  drawElements(context: CanvasRenderingContext2D, elements: unknown): void;
  getCachedZSortedEles(): unknown;
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

/** The whole graph gets the window's fit margins, so labels at its edge have room as they do on screen. */
export function graphFrame(view: GraphView, scope: 'view' | 'graph'): GraphFrame {
  const { cy } = view;
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
  const bounds = view.shownBounds();
  if (!bounds) throw new Error('Nothing is shown, so there is nothing to export.');
  return {
    width: Math.ceil(bounds.x2 - bounds.x1) + FIT_PADDING.left + FIT_PADDING.right,
    height: Math.ceil(bounds.y2 - bounds.y1) + FIT_PADDING.top + FIT_PADDING.bottom,
    x: FIT_PADDING.left - bounds.x1,
    y: FIT_PADDING.top - bounds.y1,
    zoom: 1,
  };
}

/**
 * The labels of an export, by the window's placement policy at the export's own output scale (a 4× export is
 * placed at 4× the pixels, so it fits more labels, never overlapping ones). Returned in page units.
 */
export function exportLabels(view: GraphView, frame: GraphFrame, outputScale: number): PlacedLabel[] {
  const s = outputScale;
  const placed = view.placeLabels({
    zoom: frame.zoom * s,
    pan: { x: frame.x * s, y: frame.y * s },
    width: frame.width * s,
    height: frame.height * s,
    labelScale: frame.zoom * s,
    sizeCap: s,
  });
  return placed.map((label) => ({
    ...label,
    minX: label.minX / s,
    minY: label.minY / s,
    maxX: label.maxX / s,
    maxY: label.maxY / s,
    px: label.px / s,
  }));
}

/** Draws the graph on `ctx`, whose current transform maps page units; the frame's top-left lands at (left, top). */
export function drawGraph(
  ctx: CanvasRenderingContext2D,
  cy: Core,
  frame: GraphFrame,
  left: number,
  top: number,
  labels: readonly PlacedLabel[],
  colors: LabelColors,
): void {
  const renderer = rendererOf(cy);
  ctx.save();
  ctx.translate(left + frame.x, top + frame.y);
  ctx.scale(frame.zoom, frame.zoom);
  renderer.drawElements(ctx, renderer.getCachedZSortedEles());
  ctx.restore();
  ctx.save();
  ctx.translate(left, top);
  drawLabels(ctx, labels, colors);
  ctx.restore();
}

/** The graph as a standalone SVG in page units (cytoscape-svg); its origin is the frame's top-left for the view, the bounding box's otherwise. */
export function graphSvg(cy: Core, scope: 'view' | 'graph'): string {
  const renderer = rendererOf(cy);
  // cytoscape-svg multiplies by the device pixel ratio unless told a max size; dividing keeps it in page units.
  const scale = 1 / renderer.getPixelRatio();
  return (cy as unknown as { svg(options: object): string }).svg({ full: scope === 'graph', scale });
}

/** Where cytoscape-svg's origin falls in the frame (page units). */
export function svgOrigin(cy: Core, scope: 'view' | 'graph', frame: GraphFrame): { x: number; y: number } {
  if (scope === 'view') return { x: 0, y: 0 };
  // cytoscape-svg's full export starts at the bounding box it computes itself, over all mutable elements.
  const bb = (cy as unknown as { mutableElements(): { boundingBox(): { x1: number; y1: number } } })
    .mutableElements()
    .boundingBox();
  return { x: frame.x + bb.x1, y: frame.y + bb.y1 };
}

/** The labels as SVG text (escaped: a label is text, never markup), each line a <text> with a halo drawn under it. */
export function labelsSvg(labels: readonly PlacedLabel[], colors: LabelColors): string {
  const texts = labels.flatMap((label) => {
    const { x, align } = textX(label);
    const anchor = align === 'left' ? 'start' : align === 'right' ? 'end' : 'middle';
    const lineHeight = label.px * LABEL_LINE_HEIGHT;
    return label.lines.map((line, i) =>
      element(
        'text',
        {
          x,
          y: label.minY + lineHeight * (i + 0.5),
          'font-size': label.px,
          'text-anchor': anchor,
          'dominant-baseline': 'central',
          [label.kind === 'edge' ? 'data-relation' : 'data-entity']: label.key,
          opacity: label.faded ? 0.35 : undefined,
          fill: label.kind === 'edge' ? colors.muted : undefined,
          'font-style': label.kind === 'edge' ? 'italic' : undefined,
        },
        escapeXml(line),
      ),
    );
  });
  return element(
    'g',
    {
      class: 'atlas-labels',
      'font-family': LABEL_FONT_FAMILY,
      fill: colors.text,
      stroke: colors.halo,
      'stroke-width': 3,
      'stroke-linejoin': 'round',
      'paint-order': 'stroke',
    },
    texts.join(''),
  );
}
