// Owns the Cytoscape instance: mounting, loading a graph, applying visibility/sizes/colours/selection, positions, zoom and counts.
import cytoscape, { type Core, type NodeSingular } from 'cytoscape';
import dagre from 'cytoscape-dagre';
import fcose from 'cytoscape-fcose';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { Positions } from '../../graph-data/explore/view-types';
import type { Visibility } from '../../graph-data/explore/visibility';
import { toCytoscapeElements } from './graph-elements';
import { buildStylesheet, LARGE_GRAPH_ELEMENTS, type Theme } from './graph-style';
import { runLayout } from './run-layout';

cytoscape.use(fcose);
cytoscape.use(dagre);

/**
 * Hidden elements carry a scratch flag and a `display: none` style bypass. A class would re-match the whole
 * stylesheet for every toggled element (measured 6× slower than a bypass on 20k nodes, bench/explore-bench.ts).
 */
const HIDDEN = 'atlasHidden';

export function isHidden(element: cytoscape.SingularElementArgument): boolean {
  return element.scratch(HIDDEN) === true;
}

/** The elements the current filters show, without computing styles (the `:visible` selector would). */
export function shownElements<
  T extends cytoscape.CollectionReturnValue | cytoscape.NodeCollection | cytoscape.EdgeCollection,
>(collection: T): T {
  return collection.filter((element: cytoscape.SingularElementArgument) => !isHidden(element)) as T;
}

export interface ViewCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** Animating more nodes than this costs more than it explains. */
export const ANIMATE_MAX_NODES = 1500;

export class GraphView {
  readonly cy: Core;
  private readonly resizeObserver: ResizeObserver;
  private theme: Theme;
  private large = false;

  constructor(container: HTMLElement, theme: Theme) {
    this.theme = theme;
    this.cy = cytoscape({
      container,
      style: buildStylesheet(theme),
      minZoom: 0.02,
      maxZoom: 6,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
      selectionType: 'single',
    });
    // Cytoscape measures its container once and on window resizes only; panels and grid changes resize it too.
    this.resizeObserver = new ResizeObserver(() => this.cy.resize());
    this.resizeObserver.observe(container);
  }

  setTheme(theme: Theme): void {
    this.theme = theme;
    this.cy.style(buildStylesheet(theme, this.large));
  }

  /** Replaces every element; positions stored in the graph are kept, otherwise the default layout runs. */
  load(graph: AtlasGraph): Promise<void> {
    this.cy.resize();
    const elements = toCytoscapeElements(graph);
    const large = elements.length > LARGE_GRAPH_ELEMENTS;
    if (large !== this.large) {
      this.large = large;
      this.cy.style(buildStylesheet(this.theme, large));
    }
    const renderer = (
      this.cy as unknown as { renderer(): { textureOnViewport?: boolean; hideEdgesOnViewport?: boolean } }
    ).renderer();
    // These are init-only options in Cytoscape's API; the renderer reads them live, so set them per document.
    renderer.textureOnViewport = large;
    renderer.hideEdgesOnViewport = large;
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(elements);
    });
    const hasPositions = graph.order > 0 && graph.everyNode((_, a) => a.x !== undefined && a.y !== undefined);
    if (hasPositions) {
      this.cy.fit(undefined, 40);
      return Promise.resolve();
    }
    return this.runDefaultLayout();
  }

  runDefaultLayout(): Promise<void> {
    return runLayout(this.cy, 'fcose', { animate: false });
  }

  /** Toggles only what changed: restyling every element on each filter change dominated filter time on big graphs. */
  applyVisibility(visibility: Visibility): void {
    const hide: cytoscape.SingularElementArgument[] = [];
    const show: cytoscape.SingularElementArgument[] = [];
    const sort = (element: cytoscape.SingularElementArgument, shown: boolean) => {
      const hidden = isHidden(element);
      if (shown && hidden) show.push(element);
      else if (!shown && !hidden) hide.push(element);
    };
    this.cy.nodes().forEach((node) => {
      sort(node, visibility.nodes.has(node.id()));
    });
    this.cy.edges().forEach((edge) => {
      sort(edge, visibility.edges.has(edge.id()));
    });
    // Cytoscape accepts an array of elements here; its typings only list definitions.
    const toHide = this.cy.collection(hide as unknown as cytoscape.CollectionArgument);
    const toShow = this.cy.collection(show as unknown as cytoscape.CollectionArgument);
    if (toHide.empty() && toShow.empty()) return;
    this.cy.batch(() => {
      toHide.scratch(HIDDEN, true).style('display', 'none');
      toShow.scratch(HIDDEN, false).removeStyle('display');
    });
  }

  /** null restores the default size. */
  applySizes(sizes: Map<string, number> | null): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.data('size', sizes?.get(node.id()) ?? 30);
      });
    });
  }

  /** null restores the entity-type colours. */
  applyFills(fills: Map<string, string> | null): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((node) => {
        node.data('fill', fills?.get(node.id()) ?? node.data('color'));
      });
    });
  }

  /** Selects one element and lifts its neighbourhood; the rest fades so the reader sees what it touches. */
  applySelection(kind: 'node' | 'edge' | null, key: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted neighbour faded').unselect();
      if (!kind || !key) return;
      const element = this.cy.getElementById(key);
      if (element.empty()) return;
      element.select().addClass('highlighted');
      const around = kind === 'node' ? (element as NodeSingular).closedNeighborhood() : element.connectedNodes();
      around.addClass('neighbour');
      if (kind === 'node') (element as NodeSingular).connectedEdges().addClass('highlighted');
      this.cy.elements().not(around).not(element).addClass('faded');
    });
  }

  centreOn(key: string): void {
    const element = this.cy.getElementById(key);
    if (element.empty() || isHidden(element)) return;
    const zoom = Math.max(this.cy.zoom(), 1);
    this.cy.stop();
    this.cy.animate({ center: { eles: element }, zoom }, { duration: 350 });
  }

  positions(): Positions {
    const positions: Positions = {};
    this.cy.nodes().forEach((node) => {
      const p = node.position();
      positions[node.id()] = { x: p.x, y: p.y };
    });
    return positions;
  }

  /** Moves nodes to the given positions (only those that differ), animated for graphs small enough. */
  setPositions(positions: Positions, animate = true): void {
    const moved = this.cy.nodes().filter((node) => {
      const target = positions[node.id()];
      if (!target) return false;
      const p = node.position();
      return Math.abs(p.x - target.x) > 0.01 || Math.abs(p.y - target.y) > 0.01;
    });
    if (moved.empty()) return;
    if (animate && moved.length <= ANIMATE_MAX_NODES) {
      moved.forEach((node) => {
        const target = positions[node.id()];
        if (target) node.animate({ position: target }, { duration: 350 });
      });
    } else {
      this.cy.batch(() => {
        moved.forEach((node) => {
          const target = positions[node.id()];
          if (target) node.position(target);
        });
      });
    }
  }

  counts(): ViewCounts {
    return {
      nodes: this.cy.nodes().length,
      edges: this.cy.edges().length,
      visibleNodes: this.cy.nodes(':visible').length,
      visibleEdges: this.cy.edges(':visible').length,
    };
  }

  zoomBy(factor: number): void {
    const extent = this.cy.extent();
    this.cy.zoom({
      level: this.cy.zoom() * factor,
      position: { x: (extent.x1 + extent.x2) / 2, y: (extent.y1 + extent.y2) / 2 },
    });
  }

  /** Fits what is shown (not hidden elements) into the window. */
  fit(): void {
    const visible = shownElements(this.cy.elements());
    this.cy.fit(visible.empty() ? undefined : visible, 40);
  }

  destroy(): void {
    this.resizeObserver.disconnect();
    this.cy.destroy();
  }
}
