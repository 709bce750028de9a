// Owns running each layout on the visible elements: fcose (default; in a Web Worker above 300 nodes), dagre, concentric, circle, grid, by type.
import type { Core, LayoutOptions } from 'cytoscape';
import { byTypePositions } from '../../graph-data/explore/by-type-layout';
import { fcoseOptions, LAYOUT_SEED, withSeed } from '../explore/force-layout';
import type { LayoutName, Positions } from '../../graph-data/explore/view-types';
import { isHidden, shownElements } from './graph-view';
import { forceLayoutInWorker } from './layout-client';

/** Below this, fcose runs in the page (fast, and can animate); above, in the worker so the window stays responsive. */
export const IN_PAGE_FCOSE_MAX_NODES = 300;
const ANIMATE_MAX_NODES = 1500;

export interface LayoutContext {
  animate: boolean;
  /** Metric values for the concentric layout (higher = nearer the centre). */
  concentricValues?: Map<string, number>;
  /** Entity type ids in ontology order, for the by-type columns. */
  typeOrder?: string[];
}

function runOn(cy: Core, options: LayoutOptions): Promise<void> {
  const layout = shownElements(cy.elements()).layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done.then(() => undefined);
}

function presetOn(cy: Core, positions: Positions, animate: boolean): Promise<void> {
  return runOn(cy, {
    name: 'preset',
    positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
    animate,
    animationDuration: 500,
    fit: true,
    padding: 40,
  } as LayoutOptions);
}

export async function runLayout(cy: Core, name: LayoutName, context: LayoutContext): Promise<void> {
  const nodes = shownElements(cy.nodes());
  if (nodes.empty()) return;
  const animate = context.animate && nodes.length <= ANIMATE_MAX_NODES;
  const common = { animate, animationDuration: 500, fit: true, padding: 40 };
  switch (name) {
    case 'fcose': {
      if (nodes.length <= IN_PAGE_FCOSE_MAX_NODES) {
        return withSeed(LAYOUT_SEED, () =>
          runOn(cy, { ...fcoseOptions(nodes.length), ...common, animate: animate ? 'end' : false } as LayoutOptions),
        );
      }
      const ids = new Set(nodes.map((n) => n.id()));
      const edges: [string, string][] = [];
      cy.edges().forEach((e) => {
        const [s, t] = [e.data('source') as string, e.data('target') as string];
        if (!isHidden(e) && ids.has(s) && ids.has(t)) edges.push([s, t]);
      });
      const positions = await forceLayoutInWorker({ nodes: [...ids], edges });
      return presetOn(cy, positions, animate);
    }
    case 'dagre':
      return runOn(cy, {
        name: 'dagre',
        rankDir: 'TB',
        nodeSep: 40,
        rankSep: 90,
        edgeSep: 10,
        ...common,
      } as LayoutOptions);
    case 'concentric': {
      const values = context.concentricValues;
      let max = 1;
      for (const v of values?.values() ?? []) max = Math.max(max, v);
      return runOn(cy, {
        name: 'concentric',
        concentric: (node: { id(): string; degree(loops: boolean): number }) =>
          values?.get(node.id()) ?? node.degree(false),
        levelWidth: () => max / 6,
        minNodeSpacing: 30,
        ...common,
      } as LayoutOptions);
    }
    case 'circle':
      return runOn(cy, { name: 'circle', ...common } as LayoutOptions);
    case 'grid':
      return runOn(cy, { name: 'grid', avoidOverlap: true, ...common } as LayoutOptions);
    case 'by-type': {
      const positions = byTypePositions(
        nodes.map((n) => ({ id: n.id(), type: String(n.data('type')), label: String(n.data('label')) })),
        context.typeOrder ?? [],
      );
      return presetOn(cy, positions, animate);
    }
  }
}
