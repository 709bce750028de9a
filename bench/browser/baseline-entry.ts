// Owns the browser bench's baseline page: plain Cytoscape.js with its default style, opening the same GEXF through a file input and showing it with the preset layout on the file's positions.
// Bundled by the bench with esbuild from node_modules into a temporary folder; nothing of Cytoscape's is committed.
import cytoscape, { type ElementDefinition } from 'cytoscape';
import Graph from 'graphology';
import { parse } from 'graphology-gexf/browser';
import { seededRandom } from '../seeded-random';
import type { ProbeView } from './page-probe';

declare global {
  interface Window {
    __baseline?: {
      ready: boolean;
      renderer: 'canvas' | 'webgl';
      nodes: number;
      edges: number;
      /** File read + GEXF parse, then elements built + added + preset layout, in ms. */
      parseMs: number;
      buildMs: number;
      randomPositions: boolean;
    };
  }
}

const params = new URLSearchParams(location.search);
const webgl = params.get('webgl') === '1';
const container = document.getElementById('cy') as HTMLElement;
// The same canvas size as the app's, measured by the bench in the same run.
container.style.width = `${Number(params.get('w') ?? 820)}px`;
container.style.height = `${Number(params.get('h') ?? 710)}px`;

// Default style and renderer; only the viewport interaction matches the app (wheel step and zoom bounds), so the
// same scripted wheel input zooms both views by the same factor.
const cy = cytoscape({ container, webgl, wheelSensitivity: 0.3, minZoom: 0.02, maxZoom: 6 });
const state = {
  ready: false,
  renderer: webgl ? 'webgl' : 'canvas',
  nodes: 0,
  edges: 0,
  parseMs: 0,
  buildMs: 0,
} as const;
window.__baseline = { ...state, randomPositions: false };

const view: ProbeView = {
  canvas: () => container,
  positions: () => {
    const positions: Record<string, { x: number; y: number }> = {};
    cy.nodes().forEach((node) => {
      positions[node.id()] = { ...node.position() };
    });
    return positions;
  },
  zoom: () => cy.zoom(),
  nodeOnPage: (id) => {
    const node = cy.getElementById(id);
    if (node.empty()) return null;
    const box = container.getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y };
  },
};
window.__benchView = view;

async function open(file: File): Promise<void> {
  const started = performance.now();
  const graph = parse(Graph, await file.text());
  const parsed = performance.now();
  // Without file positions: uniform random ones in a square of side √n·40 (the spread the app's ForceAtlas2 starts
  // from), seeded so every run draws the same picture.
  const random = seededRandom(Number(params.get('seed') ?? 1));
  const side = Math.sqrt(graph.order) * 40;
  let randomPositions = false;
  const elements: ElementDefinition[] = [];
  graph.forEachNode((key, attributes) => {
    const hasPosition = typeof attributes.x === 'number' && typeof attributes.y === 'number';
    if (!hasPosition) randomPositions = true;
    const position = hasPosition
      ? { x: attributes.x as number, y: attributes.y as number }
      : { x: (random() - 0.5) * side, y: (random() - 0.5) * side };
    elements.push({ group: 'nodes', data: { id: key }, position });
  });
  // Our own edge ids: the file's may equal node ids (Gephi numbers both from 0), and Cytoscape shares one namespace.
  let index = 0;
  graph.forEachEdge((_key, _attributes, source, target) => {
    elements.push({ group: 'edges', data: { id: `edge-${index++}`, source, target } });
  });
  cy.batch(() => {
    cy.elements().remove();
    cy.add(elements);
  });
  cy.layout({ name: 'preset', fit: true, padding: 40 }).run();
  const built = performance.now();
  window.__baseline = {
    ...state,
    ready: true,
    nodes: cy.nodes().length,
    edges: cy.edges().length,
    parseMs: parsed - started,
    buildMs: built - parsed,
    randomPositions,
  };
  const counts = document.getElementById('counts');
  if (counts) counts.textContent = `${cy.nodes().length} nodes · ${cy.edges().length} edges`;
}

document.getElementById('open')?.addEventListener('click', () => {
  const input = document.createElement('input');
  input.type = 'file';
  input.style.display = 'none';
  input.addEventListener('change', () => {
    const file = input.files?.[0];
    input.remove();
    if (file) void open(file);
  });
  document.body.append(input);
  input.click();
});
