// Owns the Cytoscape instance: mounting, loading a graph, running the default fcose layout, zoom and counts.
import cytoscape, { type Core } from 'cytoscape';
import fcose from 'cytoscape-fcose';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { toCytoscapeElements } from './graph-elements';
import { buildStylesheet, type Theme } from './graph-style';

cytoscape.use(fcose);

export interface ViewCounts {
  nodes: number;
  edges: number;
  visibleNodes: number;
  visibleEdges: number;
}

/** Seeded so the same graph gives the same picture run after run (fcose's randomize uses Math.random otherwise). */
export const DEFAULT_LAYOUT_SEED = 1949;

function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class GraphView {
  readonly cy: Core;

  constructor(container: HTMLElement, theme: Theme) {
    this.cy = cytoscape({
      container,
      style: buildStylesheet(theme),
      minZoom: 0.05,
      maxZoom: 6,
      wheelSensitivity: 0.3,
      boxSelectionEnabled: true,
    });
  }

  setTheme(theme: Theme): void {
    this.cy.style(buildStylesheet(theme));
  }

  /** Replaces every element; positions stored in the graph are kept, otherwise the default layout runs. */
  load(graph: AtlasGraph): Promise<void> {
    this.cy.batch(() => {
      this.cy.elements().remove();
      this.cy.add(toCytoscapeElements(graph));
    });
    const hasPositions = graph.order > 0 && graph.everyNode((_, a) => a.x !== undefined && a.y !== undefined);
    if (hasPositions) {
      this.cy.fit(undefined, 40);
      return Promise.resolve();
    }
    return this.runDefaultLayout();
  }

  runDefaultLayout(seed = DEFAULT_LAYOUT_SEED): Promise<void> {
    const random = Math.random;
    Math.random = seededRandom(seed);
    try {
      const layout = this.cy.layout({
        name: 'fcose',
        quality: 'proof',
        randomize: true,
        animate: false,
        nodeRepulsion: () => 9000,
        idealEdgeLength: () => 110,
        nodeSeparation: 90,
        packComponents: true,
        fit: true,
        padding: 40,
      } as cytoscape.LayoutOptions);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      return done.then(() => undefined);
    } finally {
      Math.random = random;
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

  fit(): void {
    this.cy.fit(undefined, 40);
  }

  destroy(): void {
    this.cy.destroy();
  }
}
