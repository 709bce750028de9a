// Owns the plain-data types of the path engine (queries, paths, results, search options) and their defaults.

export type PathMode = 'shortest' | 'all' | 'k-shortest' | 'weighted';
export type PathDirection = 'follow' | 'against' | 'any';

export const PATH_MODES: readonly PathMode[] = ['shortest', 'all', 'k-shortest', 'weighted'];
export const PATH_DIRECTIONS: readonly PathDirection[] = ['follow', 'against', 'any'];

/** Default hop limit: the embedded graph is small and dense, so paths longer than this stop being explanations. */
export const DEFAULT_MAX_HOPS = 6;
export const DEFAULT_K = 3;
/** Caps on enumeration, so that `all` on a dense graph cannot freeze the worker or the CLI. */
export const DEFAULT_MAX_PATHS = 1000;
export const DEFAULT_TIME_BUDGET_MS = 5000;

/** A closed year range; a single year has start === end. */
export interface YearRange {
  start: number;
  end: number;
}

/**
 * A path query. Entity fields (`from`, `to`, `through`, `excludeEntities`) are names as typed by the user:
 * an id, a label or an alias; the engine resolves them.
 */
export interface PathQuery {
  from: string;
  to: string;
  mode: PathMode;
  /** Longest path, in hops, that any mode reports. */
  maxHops: number;
  /** Number of paths for `k-shortest`; ignored by the other modes. */
  k: number;
  /** Relation types allowed; undefined or empty means all. */
  via?: string[];
  excludeRelationTypes?: string[];
  excludeEntities?: string[];
  /** A waypoint the path must pass through. */
  through?: string;
  /**
   * `follow` walks edges source → target, `against` target → source, `any` both ways.
   * Relations whose type the ontology declares symmetric are walkable both ways in every mode.
   */
  direction: PathDirection;
  /** Keeps relations whose year/period overlaps this range; undated relations are kept (see edge-filter.ts). */
  period?: YearRange;
  /** Numeric edge attribute used as a cost by `weighted` (and `k-shortest` when set); 'confidence' = stated 1, implied 2. */
  weightAttribute?: string;
}

/** A path reported edge by edge: `nodes.length === edges.length + 1`; `length` is the hop count. */
export interface GraphPath {
  nodes: string[];
  edges: string[];
  length: number;
  /** Total cost under the query's weight, when the query is weighted. */
  cost?: number;
}

export type Truncation = 'max-paths' | 'time' | 'cancelled' | null;

/** Structural subset of AbortSignal, so the pure layer needs no DOM types and a worker can pass its own signal. */
export interface CancelSignal {
  readonly aborted: boolean;
}

export interface PathSearchOptions {
  /** Stop enumerating after this many paths (reported as truncated 'max-paths'). */
  maxPaths?: number;
  /** Stop after this many milliseconds (reported as truncated 'time'). */
  timeBudgetMs?: number;
  signal?: CancelSignal;
  isCancelled?: () => boolean;
  /** Called with each path as soon as it is found (streaming for the UI worker). */
  onPath?: (path: GraphPath) => void;
  /** Clock, injectable for tests; defaults to Date.now. */
  now?: () => number;
  /**
   * Use graphology-shortest-path's bidirectional search when the query has no constraint it cannot express;
   * default true. The benchmark turns it off to time our own search.
   */
  useLibraryFastPath?: boolean;
}

export interface ResolvedEntity {
  id: string;
  label: string;
  type: string;
}

export interface PathSearchResult {
  query: PathQuery;
  from: ResolvedEntity;
  to: ResolvedEntity;
  paths: GraphPath[];
  truncated: Truncation;
  /** Present when no path was found and the search was complete. */
  explanation?: NoPathExplanation;
  elapsedMs: number;
}

/** One change to the query that, on its own, makes a path appear. */
export type Relaxation =
  | { kind: 'max-hops'; maxHops: number }
  | { kind: 'allow-relation-type'; relationType: string }
  | { kind: 'drop-via' }
  | { kind: 'direction'; direction: PathDirection }
  | { kind: 'include-entity'; entity: string }
  | { kind: 'include-relation-type'; relationType: string }
  | { kind: 'drop-period' }
  | { kind: 'drop-through' };

export interface NoPathExplanation {
  reason: 'different-components' | 'constraint' | 'several-constraints' | 'waypoint-excluded';
  /** The relaxations that each, alone, connect the endpoints, smallest first; for 'several-constraints', all are needed together. */
  relaxations: Relaxation[];
  /** Sizes of the two weakly connected components, for 'different-components'. */
  componentSizes?: { from: number; to: number };
  sentence: string;
}

export function defaultPathQuery(from: string, to: string): PathQuery {
  return { from, to, mode: 'shortest', maxHops: DEFAULT_MAX_HOPS, k: DEFAULT_K, direction: 'follow' };
}
