// Owns reading the canvas's entities and relations as plain arrays, without the collection Cytoscape builds for each `cy.nodes()`.
import type { Core, EdgeSingular, NodeSingular, SingularElementArgument } from 'cytoscape';

/** The part of Cytoscape 3.x's core this reads: its own list of the elements on the canvas (not a copy). */
interface WithMutableElements {
  mutableElements?: () => ArrayLike<SingularElementArgument>;
}

/**
 * Every element on the canvas, in Cytoscape's order, read from its own list where it has one. `cy.nodes()` filters
 * that list into a new collection with an id map each call: 13–30 ms at 30k/60k (scripted in Node), paid several
 * times by one layout request or one camera move; scanning the list is 2–3 ms.
 */
function scan<T extends SingularElementArgument>(cy: Core, nodes: boolean): T[] {
  const all = (cy as unknown as WithMutableElements).mutableElements?.();
  if (!all) return (nodes ? cy.nodes() : cy.edges()).toArray() as unknown as T[];
  const out: T[] = [];
  for (let i = 0; i < all.length; i++) {
    const element = all[i] as SingularElementArgument;
    if (element.isNode() === nodes) out.push(element as T);
  }
  return out;
}

/** The canvas's nodes (entities, and regions where the graph is drawn as regions), as a plain array. */
export function canvasNodes(cy: Core): NodeSingular[] {
  return scan<NodeSingular>(cy, true);
}

/** The canvas's edges, as a plain array. */
export function canvasEdges(cy: Core): EdgeSingular[] {
  return scan<EdgeSingular>(cy, false);
}
