// Owns what a graph drawn as regions draws of a view: shown entities counted by region (region-grid.ts cuts them), relations between regions counted into links, and which entities and relations are drawn as themselves. Pure.
import type { AtlasGraph } from '../model/atlas-graph';
import { type RegionGrid, regionDiameter, regionKey } from './region-grid';
import type { Visibility } from './visibility';

export {
  entitySizeIn,
  isRegionKey,
  needsLayoutBeforeShowing,
  REGIONS_MIN_ENTITIES,
  type RegionGrid,
  regionDiameter,
  regionGrid,
  regionIdOf,
  regionKey,
  showsRegions,
} from './region-grid';

/** In a graph drawn as regions, a view that shows at most this many entities draws each of them (no aggregation). */
export const REGIONS_MAX_DRAWN = 10_000;

/** Links between regions drawn at most: the strongest first (a random tenth of 200,000 relations is 20,000 pairs). */
export const MAX_REGION_LINKS = 3000;

/** A region drawn in place of the shown entities it holds that are not drawn as themselves. */
export interface RegionMark {
  id: string;
  key: string;
  count: number;
  /** The mean position of those entities. */
  x: number;
  y: number;
  /** The best connected of them: its label names the region. */
  lead: string;
  /** The entity type most of them have. */
  type: string;
  /** The disc's diameter, model units (regionDiameter). */
  size: number;
}

/** Relations between two drawn ends (regions, or an entity drawn as itself and a region), counted. */
export interface RegionLink {
  key: string;
  source: string;
  target: string;
  count: number;
}

export interface RegionPlan {
  /** False when the view shows few enough entities to draw each one: then there are no regions or links. */
  aggregated: boolean;
  entities: ReadonlySet<string>;
  relations: ReadonlySet<string>;
  regions: readonly RegionMark[];
  links: readonly RegionLink[];
  /** Links left out beyond MAX_REGION_LINKS (the weakest). */
  linksOmitted: number;
}

export interface RegionChoice {
  /** Regions the user opened: their shown entities are drawn as themselves. */
  expanded: ReadonlySet<string>;
  /** Entities drawn as themselves wherever they are (the selection, a path on show). */
  pinned: Iterable<string>;
}

/** A view's shown entities counted by region and its relations by pair of regions, before any is drawn as itself. */
export interface RegionBase {
  shown: Visibility;
  /** By cell number: shown entities, the sums of their coordinates, their types, the best connected. */
  tallies: (Tally | undefined)[];
  /** Relations between two regions, under `first × cells + second` (first < second). */
  pairs: ReadonlyMap<number, number>;
}

interface Tally {
  count: number;
  x: number;
  y: number;
  types: Map<string, number>;
  lead: string;
  leadDegree: number;
}

/**
 * Counts a view by region once (O(entities + relations): 0.5 s at 100k/200k in Node); each plan then only moves the
 * entities drawn as themselves out of it (O(their relations)), so a click that opens a region or selects an entity
 * does not count the whole graph again.
 */
export function countRegions(graph: AtlasGraph, grid: RegionGrid, shown: Visibility): RegionBase {
  const tallies: (Tally | undefined)[] = new Array(grid.ids.length);
  graph.forEachNode((key, attrs) => {
    if (!shown.nodes.has(key)) return;
    const cell = grid.indexOf.get(key);
    if (cell === undefined) return;
    const degree = graph.degree(key);
    const tally = tallies[cell];
    if (!tally) {
      tallies[cell] = {
        count: 1,
        x: attrs.x ?? 0,
        y: attrs.y ?? 0,
        types: new Map([[attrs.type, 1]]),
        lead: key,
        leadDegree: degree,
      };
      return;
    }
    tally.count++;
    tally.x += attrs.x ?? 0;
    tally.y += attrs.y ?? 0;
    tally.types.set(attrs.type, (tally.types.get(attrs.type) ?? 0) + 1);
    if (degree > tally.leadDegree) {
      tally.lead = key;
      tally.leadDegree = degree;
    }
  });
  const cells = grid.ids.length;
  const pairs = new Map<number, number>();
  graph.forEachEdge((edge, _attrs, source, target) => {
    if (!shown.edges.has(edge)) return;
    const a = grid.indexOf.get(source);
    const b = grid.indexOf.get(target);
    if (a === undefined || b === undefined || a === b) return;
    const pair = a < b ? a * cells + b : b * cells + a;
    pairs.set(pair, (pairs.get(pair) ?? 0) + 1);
  });
  return { shown, tallies, pairs };
}

/** Zoomed in until the regions in view count at most this many shown entities, they are opened (regionsInView). */
export const REGIONS_OPEN_IN_VIEW_MAX = 2500;

/**
 * The regions a view opens by itself, as a map shows streets once zoomed in: every region whose cell meets `view`
 * (model units) and counts shown entities, when together they count at most `budget`; none otherwise (the whole
 * graph in view counts all of them).
 */
export function regionsInView(
  grid: RegionGrid,
  base: RegionBase,
  view: { x1: number; y1: number; x2: number; y2: number },
  budget = REGIONS_OPEN_IN_VIEW_MAX,
): string[] {
  const ids: string[] = [];
  let counted = 0;
  for (let cell = 0; cell < grid.ids.length; cell++) {
    const square = grid.squares[cell];
    const count = base.tallies[cell]?.count ?? 0;
    if (!square || count === 0) continue;
    if (
      square.x > view.x2 ||
      square.y > view.y2 ||
      square.x + square.side < view.x1 ||
      square.y + square.side < view.y1
    ) {
      continue;
    }
    counted += count;
    if (counted > budget) return [];
    ids.push(grid.ids[cell] ?? '');
  }
  return ids;
}

function majority(types: ReadonlyMap<string, number>): string {
  let type = '';
  let most = 0;
  for (const [t, n] of types) {
    if (n > most) {
      type = t;
      most = n;
    }
  }
  return type;
}

/**
 * What the canvas draws of `shown`: each shown entity either as itself (its region opened, or pinned, or the view
 * small enough) or counted in its region; each shown relation either as itself (both ends drawn) or counted in the
 * link between its two drawn ends (none inside one region). `base`: the view counted by countRegions (counted here
 * when not given, or when it counted another view).
 */
export function planRegions(
  graph: AtlasGraph,
  grid: RegionGrid,
  shown: Visibility,
  choice: RegionChoice,
  maxDrawn = REGIONS_MAX_DRAWN,
  given?: RegionBase,
): RegionPlan {
  if (shown.nodes.size <= maxDrawn) {
    return {
      aggregated: false,
      entities: shown.nodes,
      relations: shown.edges,
      regions: [],
      links: [],
      linksOmitted: 0,
    };
  }
  const base = given?.shown === shown ? given : countRegions(graph, grid, shown);
  const entities = new Set<string>();
  for (const key of choice.pinned) if (shown.nodes.has(key)) entities.add(key);
  for (const cell of choice.expanded) {
    for (const key of grid.members.get(cell) ?? []) if (shown.nodes.has(key)) entities.add(key);
  }
  // The regions that lose entities to drawing: their tallies are copied and the drawn ones taken out.
  const changed = new Map<number, Tally>();
  for (const key of entities) {
    const cell = grid.indexOf.get(key);
    const tally = cell === undefined ? undefined : base.tallies[cell];
    if (cell === undefined || !tally) continue;
    let copy = changed.get(cell);
    if (!copy) {
      copy = { ...tally, types: new Map(tally.types) };
      changed.set(cell, copy);
    }
    const attrs = graph.getNodeAttributes(key);
    copy.count--;
    copy.x -= attrs.x ?? 0;
    copy.y -= attrs.y ?? 0;
    copy.types.set(attrs.type, (copy.types.get(attrs.type) ?? 1) - 1);
  }
  for (const [cell, copy] of changed) {
    if (copy.count <= 0 || !entities.has(copy.lead)) continue;
    // Its best-connected entity is drawn as itself: the next best names the region.
    copy.lead = '';
    copy.leadDegree = -1;
    for (const key of grid.members.get(grid.ids[cell] ?? '') ?? []) {
      if (!shown.nodes.has(key) || entities.has(key)) continue;
      const degree = graph.degree(key);
      if (degree > copy.leadDegree) {
        copy.lead = key;
        copy.leadDegree = degree;
      }
    }
  }
  const regions: RegionMark[] = [];
  base.tallies.forEach((tally, cell) => {
    const current = changed.get(cell) ?? tally;
    if (!current || current.count <= 0) return;
    const id = grid.ids[cell] ?? '';
    regions.push({
      size: regionDiameter(grid, current.count),
      id,
      key: regionKey(id),
      count: current.count,
      x: current.x / current.count,
      y: current.y / current.count,
      lead: current.lead,
      type: majority(current.types),
    });
  });

  // Relations of the entities drawn as themselves leave their region pair, and are drawn or linked from them.
  const cells = grid.ids.length;
  const pairs = new Map(base.pairs);
  const relations = new Set<string>();
  const entityPairs = new Map<string, { source: string; target: string; count: number }>();
  const seen = new Set<string>();
  const regionOf = (key: string) => regionKey(grid.cellOf.get(key) ?? '');
  for (const key of entities) {
    graph.forEachEdge(key, (edge, _attrs, source, target) => {
      if (seen.has(edge) || !shown.edges.has(edge)) return;
      seen.add(edge);
      const a = grid.indexOf.get(source);
      const b = grid.indexOf.get(target);
      if (a !== undefined && b !== undefined && a !== b) {
        const pair = a < b ? a * cells + b : b * cells + a;
        const left = (pairs.get(pair) ?? 1) - 1;
        if (left > 0) pairs.set(pair, left);
        else pairs.delete(pair);
      }
      if (entities.has(source) && entities.has(target)) {
        relations.add(edge);
        return;
      }
      const first = entities.has(source) ? source : regionOf(source);
      const second = entities.has(target) ? target : regionOf(target);
      const [one, two] = first < second ? [first, second] : [second, first];
      const link = `${one}|${two}`;
      const counted = entityPairs.get(link);
      if (counted) counted.count++;
      else entityPairs.set(link, { source: one, target: two, count: 1 });
    });
  }
  // Region pairs are counted under a number: at 100k/200k, a string key per relation was most of the plan's time.
  const links: RegionLink[] = [...entityPairs].map(([key, link]) => ({ key, ...link }));
  const strongest = [...pairs].sort((p, q) => q[1] - p[1] || p[0] - q[0]).slice(0, MAX_REGION_LINKS);
  for (const [pair, count] of strongest) {
    const one = regionKey(grid.ids[Math.floor(pair / cells)] ?? '');
    const two = regionKey(grid.ids[pair % cells] ?? '');
    const [source, target] = one < two ? [one, two] : [two, one];
    links.push({ key: `${source}|${target}`, source, target, count });
  }
  // Strongest first; ties by key, so the same view always draws the same links.
  links.sort((p, q) => q.count - p.count || (p.key < q.key ? -1 : p.key > q.key ? 1 : 0));
  const kept = links.slice(0, MAX_REGION_LINKS);
  return {
    aggregated: true,
    entities,
    relations,
    regions,
    links: kept,
    linksOmitted: entityPairs.size + pairs.size - kept.length,
  };
}
