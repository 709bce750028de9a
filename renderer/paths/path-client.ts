// Owns talking to the path worker: sends the graph once per revision, runs one query at a time as a stream, cancels.
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import type { GraphPath, PathQuery } from '../../graph-data/paths';
import type { FromWorker, RunDone, RunFailed, RunLimits, ToWorker } from './path-protocol';

export interface RunProgress {
  found: number;
  elapsedMs: number;
}

export interface RunHandlers {
  /** New paths, in the order the engine found them. */
  onPaths(paths: GraphPath[], progress: RunProgress): void;
}

/** The worker did not answer a cancel in time and was terminated; the paths already received are the result. */
export interface RunStopped {
  type: 'stopped';
  id: number;
  found: number;
  elapsedMs: number;
}

export type RunOutcome = RunDone | RunFailed | RunStopped;

export interface PathRun {
  readonly done: Promise<RunOutcome>;
  cancel(): void;
}

/** The minimal Worker surface used here, so tests can pass a fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

/**
 * A cancel is honoured by the worker between slices; a search that finds nothing for a long stretch cannot read it,
 * so after this grace period the worker is terminated (and a new one started for the next run).
 */
const CANCEL_GRACE_MS = 400;

export function defaultWorkerFactory(): WorkerLike {
  return new Worker(new URL('./path-query.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike;
}

export class PathClient {
  private worker: WorkerLike | null = null;
  private loadedGraph: AtlasGraph | null = null;
  /** The document revision sent with the graph: an edit in place bumps it without a new graph object. */
  private loadedRevision = -1;
  private revision = 0;
  private nextId = 1;
  private active: { id: number; settle(outcome: RunOutcome): void; handlers: RunHandlers } | null = null;

  constructor(private readonly factory: () => WorkerLike = defaultWorkerFactory) {}

  private ensureWorker(graph: AtlasGraph, documentRevision: number): WorkerLike {
    if (!this.worker) {
      const worker = this.factory();
      worker.onmessage = (event) => this.receive(event.data);
      worker.onerror = (event) => this.fail(`The path worker failed: ${event.message}`);
      this.worker = worker;
      this.loadedGraph = null;
    }
    if (this.loadedGraph !== graph || this.loadedRevision !== documentRevision) {
      this.revision++;
      this.worker.postMessage({ type: 'load', revision: this.revision, graph: graph.export() });
      this.loadedGraph = graph;
      this.loadedRevision = documentRevision;
    }
    return this.worker;
  }

  private receive(message: FromWorker): void {
    const active = this.active;
    if (!active || message.id !== active.id) return; // a late message from a run that was replaced
    if (message.type === 'paths') {
      active.handlers.onPaths(message.paths, { found: message.found, elapsedMs: message.elapsedMs });
    } else {
      active.settle(message);
    }
  }

  private fail(text: string): void {
    const active = this.active;
    this.restartWorker();
    if (active) active.settle({ type: 'error', id: active.id, message: text });
  }

  private restartWorker(): void {
    this.worker?.terminate();
    this.worker = null;
    this.loadedGraph = null;
  }

  /** Starts a run; a run still going is cancelled first (only the latest query's results matter). */
  run(graph: AtlasGraph, query: PathQuery, limits: RunLimits, handlers: RunHandlers, documentRevision = 0): PathRun {
    const previous = this.active;
    if (previous) {
      previous.settle({ type: 'error', id: previous.id, message: 'Replaced by a newer query.' });
      // Its search may still be running in the worker; a fresh worker is quicker than waiting for it to stop.
      this.restartWorker();
    }
    const worker = this.ensureWorker(graph, documentRevision);
    const id = this.nextId++;
    let found = 0;
    const started = Date.now();
    let grace: ReturnType<typeof setTimeout> | null = null;
    let settle!: (outcome: RunOutcome) => void;
    const done = new Promise<RunOutcome>((resolve) => {
      settle = (outcome) => {
        if (this.active?.id !== id) return;
        this.active = null;
        if (grace) clearTimeout(grace);
        resolve(outcome);
      };
    });
    const counting: RunHandlers = {
      onPaths: (paths, progress) => {
        found = progress.found;
        handlers.onPaths(paths, progress);
      },
    };
    this.active = { id, settle, handlers: counting };
    worker.postMessage({ type: 'run', id, revision: this.revision, query, limits });
    return {
      done,
      cancel: () => {
        if (this.active?.id !== id) return;
        this.worker?.postMessage({ type: 'cancel', id });
        grace = setTimeout(() => {
          if (this.active?.id !== id) return;
          // The worker is stuck between slices: end it; what arrived so far is the (cancelled) result.
          this.restartWorker();
          settle({ type: 'stopped', id, found, elapsedMs: Date.now() - started });
        }, CANCEL_GRACE_MS);
      },
    };
  }

  dispose(): void {
    this.restartWorker();
    this.active = null;
  }
}
