// Owns writing emphasis and selection into Cytoscape for the one writer (canvas-writer.ts): the emphasis classes that changed, relations kept apart added to be highlighted (and let go past a limit), and Cytoscape's own selection made to follow the user's.
import type { Core, SingularElementArgument } from 'cytoscape';
import type { Selection } from '../../graph-data/explore/view-types';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { Emphasis } from './canvas-state';
import { edgeElementId, nodeElementId } from './element-ids';
import { HELD_RELATIONS_MAX, type RelationTable } from './relation-table';

/** The emphasis class an element carries now, so a change touches only elements whose class differs. */
const EMPHASIS = 'atlasEmphasis';

type EmphasisClass = 'highlighted' | 'neighbour' | 'faded' | null;

function emphasisClass(emphasis: Emphasis | null, kind: 'node' | 'edge', key: string, fade: boolean): EmphasisClass {
  if (!emphasis) return null;
  if (kind === 'node' ? emphasis.nodes.has(key) : emphasis.edges.has(key)) return 'highlighted';
  if (kind === 'node' && emphasis.context.has(key)) return 'neighbour';
  return fade ? 'faded' : null;
}

/**
 * Writes the emphasis classes that changed. Without fading (big graphs), only the elements in the old or new emphasis
 * are touched. A relation kept apart (`table`) is added to Cytoscape to be highlighted.
 */
export function writeEmphasis(
  cy: Core,
  graph: AtlasGraph,
  before: Emphasis | null,
  after: Emphasis | null,
  fade: boolean,
  table: RelationTable | null,
): void {
  const write = (kind: 'node' | 'edge', key: string) => {
    const next = emphasisClass(after, kind, key, fade);
    const found = cy.getElementById(kind === 'node' ? nodeElementId(key) : edgeElementId(key));
    let element: SingularElementArgument | null = found.nonempty() ? (found[0] as SingularElementArgument) : null;
    // A relation kept apart is added to Cytoscape only to be drawn raised: faded or plain, the raster draws it.
    if (!element && kind === 'edge' && table && next === 'highlighted') {
      const slot = table.slotOf(key);
      if (slot !== undefined) element = table.element(slot);
    }
    if (!element) return;
    const current = (element.scratch(EMPHASIS) as EmphasisClass | undefined) ?? null;
    if (next === current) return;
    if (current) element.removeClass(current);
    if (next) element.addClass(next);
    element.scratch(EMPHASIS, next);
  };
  if (fade) {
    graph.forEachNode((key) => write('node', key));
    graph.forEachEdge((key) => write('edge', key));
  } else {
    for (const emphasis of [before, after]) {
      if (!emphasis) continue;
      for (const key of [...emphasis.nodes, ...emphasis.context]) write('node', key);
      for (const key of emphasis.edges) write('edge', key);
    }
  }
  // Relations a hit test added stay until more than a few are held; the raised ones stay regardless.
  if (table && table.heldCount > HELD_RELATIONS_MAX) {
    table.release((edge) => edge.selected() || edge.scratch(EMPHASIS) != null);
  }
}

/**
 * Cytoscape's own selection (its `:selected` style, and what it raises over the bulk raster) follows the user's:
 * a click selects in Cytoscape too, but Escape, a search or a link in the details did not unselect what an earlier
 * click had selected, which kept its selection border.
 */
export function writeSelection(cy: Core, selected: Selection | null): void {
  const target = selected
    ? cy.getElementById(selected.kind === 'node' ? nodeElementId(selected.key) : edgeElementId(selected.key))
    : cy.collection();
  cy.$(':selected').difference(target).unselect();
  if (target.nonempty() && !target.selected()) target.select();
}
