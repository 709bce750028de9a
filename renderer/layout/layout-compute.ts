// Owns computing any layout's positions away from the canvas (in the layout worker): force, hierarchy (dagre), concentric, circle, grid and columns by type, then fitting the result to the window's shape and pushing overlapping entities apart.
import cytoscape, { type LayoutOptions } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import { byTypePositions } from '../../graph-data/explore/by-type-layout';
import type { LayoutName, Positions } from '../../graph-data/explore/view-types';
import { type Bounds, boundsOf, DEFAULT_MAX_FIT_ZOOM, fitViewport, innerArea } from '../canvas/fit-viewport';
import { entitySizing } from '../canvas/node-size';
import { LABEL_ADJUST_MAX_NODES } from '../canvas/level-of-detail';
import type { MeasureEm } from '../canvas/label-text';
import { createMeasureEm } from '../canvas/text-measure';
import { type ForceAtlasProgress, fcoseLayout, forceAtlasLayout, type LayoutInput, usesFcose } from './force-layout';
import { DEFAULT_ADJUST, labelAdjustBest, separateBodies, spreadForBodies } from './label-adjust';

cytoscape.use(dagre);

export interface LayoutRequest extends LayoutInput {
  /** A layout, or 'separate': keep the positions given, only push apart entities whose bodies overlap. */
  name: LayoutName | 'separate';
  /** The positions 'separate' starts from. */
  positions?: Positions;
  seed: number;
  /** The canvas, in pixels: force layouts take its shape, and make room for labels at its fit zoom. */
  canvas: { width: number; height: number };
  /** Entity labels, for the label-aware finish of force layouts (absent: bodies only). */
  labels?: Record<string, string>;
  /** Concentric rings by these values (higher nearer the centre). */
  concentric?: Record<string, number>;
  /** Entity types in ontology order, and each entity's type and label, for the columns by type. */
  typeOrder?: string[];
  types?: Record<string, { type: string; label: string }>;
  /**
   * How often a force layout streams its positions, in ms. Absent: by the graph's size (each report was a full redraw
   * of every element on the canvas); the view asks for more where its bulk raster draws the reports (run-layout.ts).
   */
  reportEveryMs?: number;
  /**
   * What a force layout reports while it runs: its positions (the default, streamed to the canvas), or only how far
   * it is (a graph laid out before it is shown: nothing draws the positions, so none are copied).
   */
  report?: 'positions' | 'fraction';
}

function headless(input: LayoutInput): cytoscape.Core {
  const cy = cytoscape({ headless: true, styleEnabled: true });
  cy.add([
    ...input.nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, size: n.size } })),
    ...input.edges.map(([source, target], i) => ({ group: 'edges' as const, data: { id: `e${i}`, source, target } })),
  ]);
  cy.nodes().forEach((node) => {
    const size = Number(node.data('size')) || 30;
    node.style({ width: size, height: size });
  });
  return cy;
}

function runHeadless(input: LayoutInput, options: LayoutOptions): Positions {
  const cy = headless(input);
  cy.layout({ ...options, animate: false, fit: false } as LayoutOptions).run();
  const positions: Positions = {};
  cy.nodes().forEach((node) => {
    positions[node.id()] = { ...node.position() };
  });
  cy.destroy();
  return positions;
}

/**
 * Stretches the longer-than-wanted axis' partner so the layout's bounding box has the canvas's aspect ratio. Only
 * ever spreads (never squeezes) entities, so it cannot create overlaps.
 */
export function stretchToAspect(positions: Positions, aspect: number): Positions {
  const values = Object.values(positions);
  if (values.length < 2 || !(aspect > 0)) return positions;
  let x1 = Number.POSITIVE_INFINITY;
  let y1 = Number.POSITIVE_INFINITY;
  let x2 = Number.NEGATIVE_INFINITY;
  let y2 = Number.NEGATIVE_INFINITY;
  for (const p of values) {
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  }
  const w = Math.max(x2 - x1, 1e-9);
  const h = Math.max(y2 - y1, 1e-9);
  const sx = w / h < aspect ? (aspect * h) / w : 1;
  const sy = w / h > aspect ? w / aspect / h : 1;
  const cx = (x1 + x2) / 2;
  const cy = (y1 + y2) / 2;
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) out[id] = { x: cx + (p.x - cx) * sx, y: cy + (p.y - cy) * sy };
  return out;
}

function aspectOf(request: LayoutRequest): number {
  const inner = innerArea(request.canvas.width, request.canvas.height);
  return inner.width / inner.height;
}

let measure: MeasureEm | null = null;

/** Whether a force layout gets the label-aware finish: labels were sent and the graph is small enough for them. */
function labelsFinish(request: LayoutRequest): request is LayoutRequest & { labels: Record<string, string> } {
  return request.labels !== undefined && request.nodes.length <= LABEL_ADJUST_MAX_NODES;
}

/** The window spreadForBodies makes room in: the canvas, the fit zoom's cap and the finish's margin. */
function roomyWindow(request: LayoutRequest) {
  return { ...request.canvas, maxZoom: DEFAULT_MAX_FIT_ZOOM, margin: DEFAULT_ADJUST.margin };
}

/**
 * Where the finish's geometric steps put a force layout: stretched to the window's shape and, before the label-aware
 * pass, spread until bodies have room. Both depend only on the layout's bounds and the entities' sizes, and
 * ForceAtlas2's scale is set by its mean relation length: on random graphs of 401–1,400 entities, the fit zoom
 * predicted from its first iteration was the final one within 1.5%.
 */
function finishedBounds(request: LayoutRequest, positions: Positions): Bounds | null {
  const spread = stretchToAspect(positions, aspectOf(request));
  if (!labelsFinish(request)) return boundsOf(Object.values(spread));
  const sizes = new Map(request.nodes.map((n) => [n.id, n.size]));
  return boundsOf(Object.values(spreadForBodies(spread, sizes, roomyWindow(request))));
}

/**
 * Force layouts are reshaped to the window, then (on graphs small enough for their labels to fit) spread until their
 * bodies leave room and given room for their labels at the fit zoom; the geometric layouts are already exact.
 */
function finishForce(request: LayoutRequest, positions: Positions, listener: LayoutListener): Positions {
  const spread = stretchToAspect(positions, aspectOf(request));
  measure ??= createMeasureEm();
  if (!labelsFinish(request)) {
    // Big graphs: labels cannot all fit; bodies are sized to the layout's density by the view, and where even the
    // smallest visible size would overlap, separated here first.
    const points = Object.values(spread);
    const bounds = boundsOf(points);
    if (!bounds) return spread;
    listener.onExtent?.(bounds);
    const fit = fitViewport(bounds, request.canvas.width, request.canvas.height, { min: 0, max: DEFAULT_MAX_FIT_ZOOM });
    const sizing = entitySizing(points, fit.zoom);
    if (!sizing.separate) return spread;
    const nodes = request.nodes.map((n) => ({ id: n.id, size: sizing.size }));
    return separateBodies(spread, nodes, { ...request.canvas, measure, maxZoom: DEFAULT_MAX_FIT_ZOOM });
  }
  const labels = request.labels;
  const degree = new Map<string, number>();
  for (const [s, t] of request.edges) {
    degree.set(s, (degree.get(s) ?? 0) + 1);
    degree.set(t, (degree.get(t) ?? 0) + 1);
  }
  const sizes = new Map(request.nodes.map((n) => [n.id, n.size]));
  const roomy = spreadForBodies(spread, sizes, roomyWindow(request));
  const roomyBounds = boundsOf(Object.values(roomy));
  if (roomyBounds) listener.onExtent?.(roomyBounds);
  return labelAdjustBest(
    roomy,
    request.nodes.map((n) => ({
      id: n.id,
      size: n.size,
      label: labels[n.id] ?? '',
      importance: degree.get(n.id) ?? 0,
    })),
    { ...DEFAULT_ADJUST, ...request.canvas, measure, maxZoom: DEFAULT_MAX_FIT_ZOOM },
  ).positions;
}

/** What a running layout reports before its result: streamed positions, and where the finished layout will stand. */
export interface LayoutListener {
  onProgress?: (progress: ForceAtlasProgress) => void;
  /**
   * A force layout's bounds before its last pass (the label-aware finish or the separation), which moves entities only
   * a little: measured within 2% of the final fit zoom on graphs of 150–1,000 entities. Drawing is held until the
   * final positions, so the view can restyle for them meanwhile. ForceAtlas2 also reports a prediction after its first
   * iteration (see finishedBounds): its run is most of the layout's time, which the view's restyle can overlap.
   */
  onExtent?: (bounds: Bounds) => void;
  /** How far a force layout asked to report only that (`report: 'fraction'`) is, 0–1. */
  onFraction?: (fraction: number) => void;
}

/** How often a layout reporting only how far it is says so: often enough for a progress bar to move. */
const FRACTION_REPORT_MS = 400;

export function computeLayout(request: LayoutRequest, listener: LayoutListener = {}): Positions {
  const { onProgress } = listener;
  switch (request.name) {
    case 'separate':
      measure ??= createMeasureEm();
      return separateBodies(request.positions ?? {}, request.nodes, {
        ...request.canvas,
        measure,
        maxZoom: DEFAULT_MAX_FIT_ZOOM,
      });
    case 'fcose': {
      if (usesFcose(request)) return finishForce(request, fcoseLayout(request, request.seed), listener);
      // Each report moves every entity on the canvas (a full redraw of every element): bigger graphs report less often.
      const fractionOnly = request.report === 'fraction';
      const reportEveryMs = fractionOnly
        ? FRACTION_REPORT_MS
        : (request.reportEveryMs ?? Math.max(150, (request.nodes.length + request.edges.length) / 10));
      const streamed = forceAtlasLayout(request, request.seed, {
        onProgress: fractionOnly
          ? undefined
          : (progress) => {
              if (!progress.done)
                onProgress?.({ ...progress, positions: stretchToAspect(progress.positions, aspectOf(request)) });
            },
        onFraction: fractionOnly ? listener.onFraction : undefined,
        reportEveryMs,
        onFirstIteration: (positions) => {
          const bounds = listener.onExtent && finishedBounds(request, positions);
          if (bounds) listener.onExtent?.(bounds);
        },
      });
      return finishForce(request, streamed, listener);
    }
    case 'dagre':
      return runHeadless(request, {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 40,
        rankSep: 90,
        edgeSep: 10,
      } as LayoutOptions);
    case 'concentric': {
      const values = request.concentric ?? {};
      let max = 1;
      for (const v of Object.values(values)) max = Math.max(max, v);
      return runHeadless(request, {
        name: 'concentric',
        concentric: (node: { id(): string; degree(loops: boolean): number }) => values[node.id()] ?? node.degree(false),
        levelWidth: () => max / 6,
        minNodeSpacing: 30,
      } as LayoutOptions);
    }
    case 'circle':
      return runHeadless(request, { name: 'circle' } as LayoutOptions);
    case 'grid':
      return runHeadless(request, { name: 'grid', avoidOverlap: true } as LayoutOptions);
    case 'by-type': {
      const types = request.types ?? {};
      return byTypePositions(
        request.nodes.map((n) => ({ id: n.id, type: types[n.id]?.type ?? '', label: types[n.id]?.label ?? n.id })),
        request.typeOrder ?? [],
      );
    }
  }
}
