// Owns how a graph too big to draw entity by entity is cut into regions: which graphs are, the quadtree over their own positions, region keys, and the sizes of discs and of entities drawn in them. Pure.
import type { AtlasGraph } from '../model/atlas-graph';

/** Graphs with more entities than this (all positioned) open aggregated: drawing each entity froze the window. */
export const REGIONS_MIN_ENTITIES = 50_000;
/** The quadtree's cells hold at most the entities over this many (so it ends with 1–3 times as many cells). */
const TARGET_CELLS = 700;
/** A square is cut at most this many times (entities piled on one point stay in one cell). */
const MAX_DEPTH = 14;

/** Keys of regions on the canvas: a prefix no file key carries (NUL cannot occur in XML and is not a graph key here). */
const REGION_PREFIX = '\u0000region:';

export function regionKey(id: string): string {
  return `${REGION_PREFIX}${id}`;
}

export function isRegionKey(key: string): boolean {
  return key.startsWith(REGION_PREFIX);
}

export function regionIdOf(key: string): string {
  return key.slice(REGION_PREFIX.length);
}

/** Which cell of the quadtree each entity stands in: fixed per graph (positions are the file's, layouts are off). */
export interface RegionGrid {
  /** A cell is split while it holds more entities than this. */
  capacity: number;
  cellOf: ReadonlyMap<string, string>;
  /** Cells by id, with their entities. */
  members: ReadonlyMap<string, readonly string[]>;
  /** Occupied cells numbered (`ids[i]`) and each entity's cell number: the plan counts by number, not by string. */
  ids: readonly string[];
  indexOf: ReadonlyMap<string, number>;
  /** Each cell's square (corner and side, model units), by cell number. */
  squares: readonly { x: number; y: number; side: number }[];
  /** The median cell's side: discs are scaled by it, the same for every region. */
  typicalSide: number;
}

const positioned = (a: { x?: number | undefined; y?: number | undefined }) =>
  typeof a.x === 'number' && typeof a.y === 'number';

/** True when a graph is shown as regions: more than REGIONS_MIN_ENTITIES entities, every one with a position. */
export function showsRegions(graph: AtlasGraph): boolean {
  if (graph.order <= REGIONS_MIN_ENTITIES) return false;
  return graph.everyNode((_, a) => positioned(a));
}

/**
 * True when a graph big enough for regions lacks positions (a CSV, a GEXF without them): it is laid out before it
 * is shown, so that it opens as regions of the layout's positions. Drawn whole while its layout ran and landed, a
 * 100k/200k file took 57 s to show, with tasks of 5.5–9 s.
 */
export function needsLayoutBeforeShowing(graph: AtlasGraph): boolean {
  return graph.order > REGIONS_MIN_ENTITIES && !graph.everyNode((_, a) => positioned(a));
}

/**
 * A quadtree over the entities' positions: a square is cut in four while it holds more than `capacity` entities
 * (down to MAX_DEPTH), so dense areas get many small regions and sparse ones a few large ones. A region read on the
 * map then holds a similar number of entities wherever it is: a fixed grid over a real layout (a dense core, sparse
 * outskirts) gave cells of 1,000 entities beside cells of one. Written here because it is a few lines over arrays
 * the plan indexes by number; the project's spatial index (rbush) answers box queries, not this partition.
 */
export function regionGrid(graph: AtlasGraph): RegionGrid {
  const keys: string[] = [];
  const xs: number[] = [];
  const ys: number[] = [];
  graph.forEachNode((key, a) => {
    keys.push(key);
    xs.push(a.x ?? 0);
    ys.push(a.y ?? 0);
  });
  let minX = Number.POSITIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < keys.length; i++) {
    minX = Math.min(minX, xs[i] ?? 0);
    maxX = Math.max(maxX, xs[i] ?? 0);
    minY = Math.min(minY, ys[i] ?? 0);
    maxY = Math.max(maxY, ys[i] ?? 0);
  }
  const capacity = Math.max(1, Math.ceil(keys.length / TARGET_CELLS));
  const cellOf = new Map<string, string>();
  const members = new Map<string, string[]>();
  const squares: { x: number; y: number; side: number }[] = [];
  const indexOf = new Map<string, number>();
  const ids: string[] = [];
  const leaf = (items: number[], x: number, y: number, side: number, id: string) => {
    const list = items.map((i) => keys[i] ?? '');
    for (const key of list) {
      cellOf.set(key, id);
      indexOf.set(key, ids.length);
    }
    members.set(id, list);
    squares.push({ x, y, side });
    ids.push(id);
  };
  const split = (items: number[], x: number, y: number, side: number, id: string, depth: number) => {
    if (items.length <= capacity || depth >= MAX_DEPTH) return leaf(items, x, y, side, id);
    const half = side / 2;
    const quarters: number[][] = [[], [], [], []];
    for (const i of items) {
      const right = (xs[i] ?? 0) >= x + half ? 1 : 0;
      const below = (ys[i] ?? 0) >= y + half ? 2 : 0;
      quarters[right + below]?.push(i);
    }
    quarters.forEach((quarter, q) => {
      if (quarter.length > 0)
        split(quarter, x + (q & 1 ? half : 0), y + (q & 2 ? half : 0), half, `${id}${q}`, depth + 1);
    });
  };
  // The root square covers the extent (a hair wider, so the far edge falls inside it).
  const side = Math.max(maxX - minX, maxY - minY, 1e-9) * (1 + 1e-9);
  split(
    keys.map((_, i) => i),
    minX,
    minY,
    side,
    'q',
    0,
  );
  const sides = squares.map((square) => square.side).sort((p, q) => p - q);
  const typicalSide = sides[Math.floor(sides.length / 2)] ?? side;
  return { capacity, cellOf, members, ids, indexOf, squares, typicalSide };
}

/**
 * A region's disc has an area in proportion to its entities, on one scale for the whole graph: a full region is
 * nine tenths of the median cell wide. Dense areas (small cells) then show overlapping discs and sparse ones small
 * discs far apart, as the entities themselves would; a disc sized to its own cell made the emptiest cells the
 * biggest discs.
 */
export function regionDiameter(grid: RegionGrid, count: number): number {
  return grid.typicalSide * 0.9 * Math.sqrt(Math.max(count, 1) / grid.capacity);
}

/**
 * The size of an entity drawn as itself in a graph drawn as regions: the document's base size, or smaller where its
 * cell is dense (three fifths of the mean spacing of the cell's entities, at least a twentieth of the base). One base size for 50,000+ entities is set
 * by the whole graph's density: in a dense cluster's core, zoomed in far enough to open its regions, bodies of that
 * size covered each other and every relation.
 */
export function entitySizeIn(grid: RegionGrid, key: string, baseSize: number): number {
  const cell = grid.indexOf.get(key);
  if (cell === undefined) return baseSize;
  const side = grid.squares[cell]?.side ?? 0;
  const count = grid.members.get(grid.ids[cell] ?? '')?.length ?? 1;
  // Never under a twentieth of the base: entities piled on one point (a cell at the quadtree's depth limit) stay seen.
  return Math.max(baseSize / 20, Math.min(baseSize, (0.6 * side) / Math.sqrt(Math.max(count, 1))));
}
