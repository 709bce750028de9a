// Owns re-running the default force layout with a chosen seed before an export, so the same graph and settings give the same picture.
import type { Core, LayoutOptions } from 'cytoscape';
import { computeForceLayout, fcoseOptions, LAYOUT_SEED, withSeed } from '../explore/force-layout';
import { IN_PAGE_FCOSE_MAX_NODES, runLayout } from '../view/run-layout';

function finished(cy: Core, options: LayoutOptions): Promise<void> {
  const layout = cy.elements(':visible').layout(options);
  const done = layout.promiseOn('layoutstop');
  layout.run();
  return done.then(() => undefined);
}

export async function runSeededLayout(cy: Core, seed: number): Promise<void> {
  const nodes = cy.nodes(':visible');
  if (nodes.empty()) return;
  const common = { animate: false, fit: true, padding: 40 };
  if (nodes.length <= IN_PAGE_FCOSE_MAX_NODES) {
    // The same call the window's default layout makes, so the default seed reproduces what the user first saw.
    return withSeed(seed, () => finished(cy, { ...fcoseOptions(nodes.length), ...common } as LayoutOptions));
  }
  // Large graphs: the default seed goes to the layout worker like the window's own layout; another seed runs here.
  if (seed === LAYOUT_SEED) return runLayout(cy, 'fcose', { animate: false });
  const ids = new Set(nodes.map((n) => n.id()));
  const edges = cy
    .edges(':visible')
    .map((e) => [e.source().id(), e.target().id()] as [string, string])
    .filter(([s, t]) => ids.has(s) && ids.has(t));
  const positions = computeForceLayout({ nodes: [...ids], edges }, seed);
  return finished(cy, {
    name: 'preset',
    positions: (node: { id(): string }) => positions[node.id()] ?? { x: 0, y: 0 },
    ...common,
  } as LayoutOptions);
}
