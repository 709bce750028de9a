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

/**
 * fcose returns the same shape for the same seed but places it around wherever the nodes were before; centring it
 * on the origin makes the coordinates, and with them every anti-aliased pixel, repeat exactly.
 */
function centreOnOrigin(cy: Core): void {
  const nodes = cy.nodes(':visible');
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node) => {
    const p = node.position();
    x1 = Math.min(x1, p.x);
    y1 = Math.min(y1, p.y);
    x2 = Math.max(x2, p.x);
    y2 = Math.max(y2, p.y);
  });
  const dx = (x1 + x2) / 2;
  const dy = (y1 + y2) / 2;
  cy.batch(() => {
    nodes.forEach((node) => {
      const p = node.position();
      node.position({ x: p.x - dx, y: p.y - dy });
    });
  });
  cy.fit(cy.elements(':visible'), 40);
}

export async function runSeededLayout(cy: Core, seed: number): Promise<void> {
  if (cy.nodes(':visible').empty()) return;
  // A layout still animating would keep moving nodes after ours has placed them.
  cy.stop(true, true);
  cy.elements().stop(true, true);
  await layoutWithSeed(cy, seed);
  centreOnOrigin(cy);
}

async function layoutWithSeed(cy: Core, seed: number): Promise<void> {
  const nodes = cy.nodes(':visible');
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
