// Owns the derived canvas state: from what the user chose (filters, focus, selection, path on show, hover, search, sizing, colouring), exactly what the canvas shows, emphasises and labels first. Pure: no DOM, no Cytoscape.

import type { RegionGrid, RegionPlan } from '../../graph-data/explore/regions';
import type { Selection } from '../../graph-data/explore/view-types';
import type { Visibility } from '../../graph-data/explore/visibility';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { GraphPath } from '../../graph-data/paths';
import { type LabelTiers, NO_TIERS } from './label-priority';

/** The path the path panel shows on the canvas: the hovered or chosen one, and with "show only paths", all listed. */
export interface PathOverlay {
  path: GraphPath;
  only: readonly GraphPath[] | null;
}

/** What stands out; with emphasis, everything else is faded (where the level of detail allows fading). */
export interface Emphasis {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /** Entities lifted with the emphasis without being it (a selected entity's neighbours, a relation's ends). */
  context: ReadonlySet<string>;
}

export interface CanvasState {
  shown: Visibility;
  /** What the user selected: Cytoscape's own selection (its `:selected` style) is made to follow it. */
  selected: Selection | null;
  emphasis: Emphasis | null;
  /** Node diameters by key; null is the default size. */
  sizes: ReadonlyMap<string, number> | null;
  /** Node fills by key; null is the entity-type colour. */
  fills: ReadonlyMap<string, string> | null;
  /**
   * For a graph drawn as regions (regions.ts): what is drawn of `shown`, entities as themselves or counted in regions.
   * Null for every other graph: all its elements are on the canvas, the hidden ones hidden.
   */
  regions: { plan: RegionPlan; grid: RegionGrid } | null;
}

export interface HoverTarget {
  kind: 'node' | 'edge';
  key: string;
}

/** While a path is on show, the canvas shows exactly it (with "only") or the filters' view plus the path. */
export function pathVisibility(filtered: Visibility, overlay: PathOverlay): Visibility {
  const { path, only } = overlay;
  if (only) {
    const nodes = new Set<string>();
    const edges = new Set<string>();
    for (const p of [...only, path]) {
      for (const id of p.nodes) nodes.add(id);
      for (const id of p.edges) edges.add(id);
    }
    return { nodes, edges };
  }
  // Path elements hidden by filters are shown while the path is: the user asked to see exactly this path.
  if (path.nodes.every((id) => filtered.nodes.has(id)) && path.edges.every((id) => filtered.edges.has(id))) {
    return filtered;
  }
  return { nodes: new Set([...filtered.nodes, ...path.nodes]), edges: new Set([...filtered.edges, ...path.edges]) };
}

export function shownFor(filtered: Visibility, overlay: PathOverlay | null): Visibility {
  return overlay ? pathVisibility(filtered, overlay) : filtered;
}

/** A drawn path wins over the selection, as long as it is on show. */
export function emphasisFor(
  graph: AtlasGraph,
  shown: Visibility,
  selection: Selection | null,
  overlay: PathOverlay | null,
): Emphasis | null {
  if (overlay) {
    return { nodes: new Set(overlay.path.nodes), edges: new Set(overlay.path.edges), context: new Set() };
  }
  if (!selection) return null;
  if (selection.kind === 'edge') {
    if (!graph.hasEdge(selection.key)) return null;
    return {
      nodes: new Set(),
      edges: new Set([selection.key]),
      context: new Set([graph.source(selection.key), graph.target(selection.key)]),
    };
  }
  if (!graph.hasNode(selection.key)) return null;
  const edges = new Set<string>();
  const context = new Set<string>();
  graph.forEachEdge(selection.key, (edge, _attrs, source, target) => {
    if (!shown.edges.has(edge)) return;
    edges.add(edge);
    context.add(source === selection.key ? target : source);
  });
  context.delete(selection.key);
  return { nodes: new Set([selection.key]), edges, context };
}

function endsOf(graph: AtlasGraph, target: HoverTarget | Selection | null): string[] {
  if (!target) return [];
  if (target.kind === 'node') return graph.hasNode(target.key) ? [target.key] : [];
  return graph.hasEdge(target.key) ? [graph.source(target.key), graph.target(target.key)] : [];
}

function neighboursOf(graph: AtlasGraph, keys: readonly string[], shown: Visibility): string[] {
  const out: string[] = [];
  for (const key of keys) {
    graph.forEachEdge(key, (edge, _a, source, target) => {
      if (shown.edges.has(edge)) out.push(source === key ? target : source);
    });
  }
  return out;
}

/** Who claims label space first: the selection, the path, the hover and its neighbours, search hits, then the selection's neighbours. */
export function labelTiersFor(
  graph: AtlasGraph,
  shown: Visibility,
  selection: Selection | null,
  overlay: PathOverlay | null,
  hover: HoverTarget | null,
  searchHits: readonly string[],
): LabelTiers {
  if (!selection && !overlay && !hover && searchHits.length === 0) return NO_TIERS;
  const path = overlay?.path;
  const pathEnds = path && path.nodes.length > 0 ? [path.nodes[0] ?? '', path.nodes[path.nodes.length - 1] ?? ''] : [];
  const hovered = endsOf(graph, hover);
  const selected = endsOf(graph, selection);
  return {
    selection: selected,
    pathEnds,
    pathMembers: path ? path.nodes.slice(1, -1) : [],
    hovered,
    hoveredNeighbours: hover?.kind === 'node' ? neighboursOf(graph, hovered, shown) : [],
    searchHits: searchHits.filter((key) => graph.hasNode(key)),
    selectionNeighbours: selection?.kind === 'node' ? neighboursOf(graph, selected, shown) : [],
  };
}
