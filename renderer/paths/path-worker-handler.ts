// Owns what the path worker does with each message: keep the graph of the current revision, stream a run in batches, honour cancel.

import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import { createAtlasGraph } from '../../graph-data/model/atlas-graph';
import { errorMessage } from '../../graph-data/model/errors';
import {
  describeEntity,
  EntityResolutionError,
  explainNoPath,
  type GraphPath,
  resolveQuery,
  streamPaths,
  type Truncation,
} from '../../graph-data/paths';
import type { FromWorker, ToWorker } from './path-protocol';

export interface HandlerDeps {
  post(message: FromWorker): void;
  /** Lets queued messages (a cancel) in; a macrotask in the worker, a resolved promise in tests. */
  yieldToEvents(): Promise<void>;
  now?: () => number;
  /** How long the search runs between batches (and between chances to read a cancel). */
  sliceMs?: number;
}

const DEFAULT_SLICE_MS = 40;

export function createPathWorkerHandler(deps: HandlerDeps) {
  const now = deps.now ?? Date.now;
  const sliceMs = deps.sliceMs ?? DEFAULT_SLICE_MS;
  let graph: AtlasGraph | null = null;
  let revision = -1;
  const cancelled = new Set<number>();

  async function run(message: Extract<ToWorker, { type: 'run' }>): Promise<void> {
    const { id, query, limits } = message;
    if (!graph || message.revision !== revision) {
      deps.post({ type: 'error', id, message: 'The graph of this query is not loaded in the path worker.' });
      return;
    }
    const current = graph;
    const started = now();
    let found = 0;
    let batch: GraphPath[] = [];
    let sliceStart = started;
    const flush = () => {
      if (batch.length === 0) return;
      deps.post({ type: 'paths', id, paths: batch, found, elapsedMs: now() - started });
      batch = [];
    };
    try {
      const resolved = resolveQuery(current, query);
      const stream = streamPaths(current, query, { ...limits, isCancelled: () => cancelled.has(id) });
      let truncated: Truncation = null;
      for (let step = stream.next(); ; step = stream.next()) {
        if (step.done) {
          truncated = step.value;
          break;
        }
        batch.push(step.value);
        found++;
        if (now() - sliceStart >= sliceMs) {
          flush();
          await deps.yieldToEvents();
          sliceStart = now();
          if (cancelled.has(id)) {
            // The search may be between budget checks; stop it here rather than wait for the next one.
            stream.return(null);
            truncated = 'cancelled';
            break;
          }
        }
      }
      flush();
      // Only a complete, empty search may explain itself; a cancelled or capped one says so through `truncated`.
      const explanation = found === 0 && truncated === null ? explainNoPath(current, resolved) : undefined;
      deps.post({
        type: 'done',
        id,
        from: describeEntity(current, resolved.from),
        to: describeEntity(current, resolved.to),
        found,
        truncated,
        ...(explanation ? { explanation } : {}),
        elapsedMs: now() - started,
      });
    } catch (error) {
      flush();
      deps.post({
        type: 'error',
        id,
        message: errorMessage(error),
        ...(error instanceof EntityResolutionError
          ? { candidates: error.candidates, entityName: error.entityName }
          : {}),
      });
    } finally {
      cancelled.delete(id);
    }
  }

  return function handle(message: ToWorker): Promise<void> {
    switch (message.type) {
      case 'load':
        graph = createAtlasGraph();
        graph.import(message.graph);
        revision = message.revision;
        return Promise.resolve();
      case 'cancel':
        cancelled.add(message.id);
        return Promise.resolve();
      case 'run':
        return run(message);
    }
  };
}
