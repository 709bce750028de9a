// Owns the read-only test probe `window.__atlas`: what the canvas really holds (counts, shown entities, positions, zoom), the labels drawn and the entity bodies on screen, in page pixels.
import type { Positions } from '../../graph-data/explore/view-types';
import type { BulkRasterStatus } from './bulk-raster';
import { graphKeyOf, isRegionElement } from './element-ids';
import { type GraphView, isHidden, type ViewCounts } from './graph-view';

export interface ProbeBox {
  id: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface ProbeLabel extends ProbeBox {
  /** On-screen font size in pixels. */
  px: number;
  lines: string[];
}

export interface ProbeRegion {
  id: string;
  count: number;
  x: number;
  y: number;
  r: number;
}

declare global {
  interface Window {
    /** Read-only probe for end-to-end tests and debugging: what the canvas really holds. */
    __atlas?: {
      counts(): ViewCounts | null;
      /**
       * The document is loaded and the canvas draws it (false while a big write is restyled before drawing, and while
       * the bulk raster's picture is not yet of the current elements).
       */
      ready: boolean;
      visibleNodeIds(): string[];
      positions(): Positions;
      zoom(): number;
      /** The labels drawn in the last frame. */
      labels(): ProbeLabel[];
      /** The bodies of the shown entities whose centre is in view. */
      entities(): ProbeBox[];
      /** The regions drawn for a graph drawn as regions: cell id, entities counted, centre and radius on the page. */
      regions(): ProbeRegion[];
      /** How many links between regions are drawn. */
      regionLinks(): number;
      /**
       * How many relations Cytoscape holds: every one, except where the bulk raster draws the graph (only those drawn
       * raised or handed to a hit test; relation-table.ts).
       */
      heldRelations(): number;
      /** On-screen width, in pixels, of the thinnest shown relation (null when none is shown). */
      thinnestRelationPx(): number | null;
      /** The canvas's position on the page and size. */
      canvasBox(): { x: number; y: number; width: number; height: number };
      renderer(): string;
      styleLevel(): string;
      /** How far apart (model units) the entities stood in the first frame drawn for this graph; null before it. */
      firstFrameSpread(): number | null;
      /** True while Cytoscape animates the viewport or a node (framing, layouts, undo); tests wait for rest on it. */
      animating(): boolean;
      /** Elements the last sliced restyle of a big write left stale for Cytoscape's next frame (null before any). */
      staleAfterRestyle(): number | null;
      /** How the last warm-up of Cytoscape's layers before drawing again ended (layer-warmup.ts; null before any). */
      lastWarmup(): string | null;
      /** The bulk raster's state (bulk-raster.ts): whether it draws this graph and what its last picture held. */
      bulkRaster(): BulkRasterStatus | null;
    };
  }
}

export function installCanvasProbe(view: () => GraphView | null, ready: () => boolean): () => void {
  const origin = () => {
    const box = view()?.cy.container()?.getBoundingClientRect();
    return { x: box?.left ?? 0, y: box?.top ?? 0, width: box?.width ?? 0, height: box?.height ?? 0 };
  };
  window.__atlas = {
    counts: () => view()?.counts() ?? null,
    get ready() {
      const v = view();
      return ready() && !v?.restyling && !v?.bulkRaster.behind;
    },
    visibleNodeIds: () => {
      const ids: string[] = [];
      view()
        ?.cy.nodes()
        .forEach((node) => {
          if (!isHidden(node) && !isRegionElement(node)) ids.push(graphKeyOf(node));
        });
      return ids;
    },
    positions: () => view()?.positions() ?? {},
    zoom: () => view()?.cy.zoom() ?? 1,
    labels: () => {
      const o = origin();
      return (view()?.drawnLabels() ?? []).map((l) => ({
        id: l.key,
        x1: o.x + l.minX,
        y1: o.y + l.minY,
        x2: o.x + l.maxX,
        y2: o.y + l.maxY,
        px: l.px,
        lines: l.lines,
      }));
    },
    entities: () => {
      const v = view();
      if (!v) return [];
      const o = origin();
      const boxes: ProbeBox[] = [];
      const { cy } = v;
      const zoom = cy.zoom();
      const pan = cy.pan();
      cy.nodes().forEach((node) => {
        if (isHidden(node) || isRegionElement(node)) return;
        const p = node.position();
        const x = p.x * zoom + pan.x;
        const y = p.y * zoom + pan.y;
        if (x < 0 || y < 0 || x > cy.width() || y > cy.height()) return;
        const r = ((Number(node.data('size')) || 0) * zoom) / 2;
        boxes.push({ id: graphKeyOf(node), x1: o.x + x - r, y1: o.y + y - r, x2: o.x + x + r, y2: o.y + y + r });
      });
      return boxes;
    },
    regions: () => {
      const v = view();
      if (!v) return [];
      const o = origin();
      const { cy } = v;
      const marks: ProbeRegion[] = [];
      cy.nodes().forEach((node) => {
        const id = node.data('region');
        if (typeof id !== 'string') return;
        const p = node.renderedPosition();
        const r = ((Number(node.data('size')) || 0) * cy.zoom()) / 2;
        marks.push({ id, count: Number(node.data('count')), x: o.x + p.x, y: o.y + p.y, r });
      });
      return marks;
    },
    regionLinks: () => view()?.cy.edges('[?link]').length ?? 0,
    heldRelations: () =>
      view()
        ?.cy.edges()
        .filter((edge) => !isRegionElement(edge)).length ?? 0,
    thinnestRelationPx: () => {
      const v = view();
      if (!v) return null;
      const { cy } = v;
      // Relations kept apart from Cytoscape are drawn by the bulk raster, all at the plain stroke.
      let thinnest = v.apartRelationWidth() ?? Number.POSITIVE_INFINITY;
      cy.edges().forEach((edge) => {
        if (!isHidden(edge)) thinnest = Math.min(thinnest, edge.numericStyle('width'));
      });
      return Number.isFinite(thinnest) ? thinnest * cy.zoom() : null;
    },
    canvasBox: origin,
    renderer: () => view()?.renderer ?? 'none',
    animating: () => {
      const cy = view()?.cy;
      return cy ? cy.animated() || cy.nodes(':animated').nonempty() : false;
    },
    styleLevel: () => view()?.styleLevel ?? 'none',
    firstFrameSpread: () => view()?.firstFrameSpread() ?? null,
    staleAfterRestyle: () => view()?.staleAfterRestyle ?? null,
    lastWarmup: () => view()?.lastWarmup ?? null,
    bulkRaster: () => view()?.bulkRaster ?? null,
  };
  return () => {
    window.__atlas = undefined;
  };
}
