// Owns preparing one export (frame, page layout, scale, pixel size, colours) and rendering any tile of it to pixels, in the browser.
import type { Visibility } from '../../graph-data/explore/visibility';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { labelColorsFor, type Theme } from '../canvas/canvas-style';
import type { GraphView } from '../canvas/graph-view';
import type { PlacedLabel } from '../canvas/label-placement';
import { entityColorsFor } from '../canvas/readable-color';
import { drawDecorations } from './decor-canvas';
import { layoutPage, type MeasureText, type PageLayout } from './decor-layout';
import { FONT_FAMILY } from './decor-svg';
import { legendContent } from './export-legend';
import { BACKGROUND_COLORS, type ExportOptions, outputScale, outputSize } from './export-options';
import { drawGraph, exportLabels, type GraphFrame, graphFrame } from './graph-render';
import type { Tile } from './tile-plan';

export interface PreparedExport {
  frame: GraphFrame;
  layout: PageLayout;
  /** Output pixels per page unit. */
  scale: number;
  /**
   * The labels, placed at the export's own output scale (the preview draws small but shows exactly these), in page
   * units relative to the graph frame.
   */
  labels: PlacedLabel[];
  width: number;
  height: number;
  background: string | null;
  /** The stylesheet theme the graph is drawn with: labels must contrast with the chosen background. */
  theme: Theme;
}

const TEXT_COLORS: Record<Theme, { text: string; muted: string }> = {
  light: { text: '#1b1d22', muted: '#40444d' },
  dark: { text: '#e8eaef', muted: '#b8bcc6' },
};

export function themeFor(options: Pick<ExportOptions, 'background'>, current: Theme): Theme {
  if (options.background === 'dark') return 'dark';
  if (options.background === 'white') return 'light';
  return current;
}

let measureContext: CanvasRenderingContext2D | null = null;
const measureText: MeasureText = (text, size, bold) => {
  measureContext ??= document.createElement('canvas').getContext('2d');
  if (!measureContext) return text.length * size * 0.6;
  measureContext.font = `${bold ? 'bold ' : ''}${size}px ${FONT_FAMILY}`;
  return measureContext.measureText(text).width;
};

export interface ExportSource {
  view: GraphView;
  graph: AtlasGraph;
  /** What the canvas shows (the legend lists the types on show). */
  shown: Visibility;
}

export function prepareExport(
  source: ExportSource,
  options: ExportOptions,
  currentTheme: Theme,
  fixedScale?: number,
): PreparedExport {
  const theme = themeFor(options, currentTheme);
  const frame = graphFrame(source.view, options.scope);
  const layout = layoutPage({
    graphWidth: frame.width,
    graphHeight: frame.height,
    title: options.title,
    caption: options.caption,
    legend: options.legend ? legendContent(source.graph, source.shown, entityColorsFor(theme)) : null,
    textColor: TEXT_COLORS[theme].text,
    mutedColor: TEXT_COLORS[theme].muted,
    measure: measureText,
  });
  const exportScale = outputScale(options, layout.width);
  const scale = fixedScale ?? exportScale;
  const size = outputSize(layout.width, layout.height, scale);
  return {
    frame,
    layout,
    scale,
    labels: exportLabels(source.view, frame, exportScale),
    ...size,
    background: BACKGROUND_COLORS[options.background],
    theme,
  };
}

/**
 * Runs `fn` with the graph styled for `theme`, then restores `current`. Synchronous on purpose: Cytoscape restyles
 * at once but repaints the window on the next animation frame, by which time the window's theme is back.
 */
export function withTheme<T>(view: GraphView, theme: Theme, current: Theme, fn: () => T): T {
  if (theme === current) return fn();
  view.setTheme(theme);
  try {
    return fn();
  } finally {
    view.setTheme(current);
  }
}

/** Draws the tile's part of the page (background, graph clipped to its rectangle, decorations) on a fresh canvas. */
export function renderTileCanvas(view: GraphView, prepared: PreparedExport, tile: Tile): HTMLCanvasElement {
  const canvas = document.createElement('canvas');
  canvas.width = tile.width;
  canvas.height = tile.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error(`Could not get a ${tile.width} × ${tile.height} px canvas.`);
  const { scale, layout, frame } = prepared;
  ctx.setTransform(scale, 0, 0, scale, -tile.x, -tile.y);
  ctx.save();
  ctx.beginPath();
  ctx.rect(layout.graph.x, layout.graph.y, layout.graph.width, layout.graph.height);
  ctx.clip();
  view.withEveryElement(() =>
    drawGraph(ctx, view.cy, frame, layout.graph.x, layout.graph.y, prepared.labels, labelColorsFor(prepared.theme)),
  );
  ctx.restore();
  drawDecorations(ctx, layout);
  if (prepared.background) {
    // Last and underneath, as Cytoscape's own PNG export does: arrowheads erase (destination-out) what lies below
    // them, which would otherwise punch see-through holes in an opaque background.
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.globalCompositeOperation = 'destination-over';
    ctx.fillStyle = prepared.background;
    ctx.fillRect(0, 0, tile.width, tile.height);
    ctx.globalCompositeOperation = 'source-over';
  }
  return canvas;
}

export function tilePixels(canvas: HTMLCanvasElement): Uint8ClampedArray {
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Could not read the rendered canvas.');
  return ctx.getImageData(0, 0, canvas.width, canvas.height).data;
}
