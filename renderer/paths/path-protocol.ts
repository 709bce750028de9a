// Owns the messages between the UI and the path worker: plain data only, so they survive structured clone.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type {
  EntityCandidate,
  GraphPath,
  NoPathExplanation,
  PathQuery,
  ResolvedEntity,
  Truncation,
} from '../../graph-data/paths';

/** What `graph.export()` gives: the worker rebuilds the graph from it once per document revision. */
export type ExportedGraph = ReturnType<AtlasGraph['export']>;

/** Caps the UI asks for; the engine's defaults apply when absent. */
export interface RunLimits {
  maxPaths?: number;
  timeBudgetMs?: number;
}

export type ToWorker =
  | { type: 'load'; revision: number; graph: ExportedGraph }
  | { type: 'run'; id: number; revision: number; query: PathQuery; limits: RunLimits }
  | { type: 'cancel'; id: number };

/** Paths arrive in batches (not one message each) so a large enumeration does not flood the UI thread. */
export interface PathsBatch {
  type: 'paths';
  id: number;
  paths: GraphPath[];
  found: number;
  elapsedMs: number;
}

/** The end of a run; the paths themselves were already sent in batches. */
export interface RunDone {
  type: 'done';
  id: number;
  from: ResolvedEntity;
  to: ResolvedEntity;
  found: number;
  truncated: Truncation;
  explanation?: NoPathExplanation;
  elapsedMs: number;
}

export interface RunFailed {
  type: 'error';
  id: number;
  message: string;
  /** For an unknown or ambiguous entity name: the close names the user may have meant. */
  candidates?: EntityCandidate[];
  /** The name, as typed, that did not resolve. */
  entityName?: string;
}

export type FromWorker = PathsBatch | RunDone | RunFailed;
