// Owns talking to the layout worker: one worker per run, started ahead of need; a newer run (or Stop) ends the older one, whose promise then settles as cancelled.
import type { Positions } from '../../graph-data/explore/view-types';
import { CancelledError } from '../../graph-data/model/errors';
import type { Bounds } from '../canvas/fit-viewport';
import type { PackedPositions } from '../canvas/packed-positions';
import type { LayoutRequest } from './layout-compute';
import { type LayoutWorkerMessage, type PackedLayoutRequest, packLayoutRequest } from './layout-protocol';

export interface LayoutRun {
  /** Resolves with the final positions; rejects with a CancelledError when superseded or stopped (never hangs). */
  done: Promise<Positions>;
  /** Ends the run now; the positions streamed so far stay where they are. */
  stop(): void;
}

/** What the worker reports before the result (see layout-protocol.ts). */
export interface LayoutRunListener {
  /** A running force layout's positions, packed in the order of the request's entities. */
  onProgress?: (positions: PackedPositions) => void;
  onExtent?: (bounds: Bounds) => void;
  onFraction?: (fraction: number) => void;
}

export interface LayoutRunOptions {
  /**
   * Runs beside the window's layout instead of replacing it: a graph laid out before it is shown must neither stop
   * the layout of the graph still on show nor be stopped by one started there meanwhile.
   */
  alongside?: boolean;
}

/** The Worker surface used here, so tests can pass a fake. */
export interface LayoutWorkerLike {
  postMessage(message: PackedLayoutRequest, transfer?: Transferable[]): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<LayoutWorkerMessage>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
}

const defaultFactory = (): LayoutWorkerLike =>
  new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' }) as unknown as LayoutWorkerLike;

let factory: () => LayoutWorkerLike = defaultFactory;
let current: { worker: LayoutWorkerLike; cancel(reason: string): void } | null = null;
/**
 * A worker started before it is needed. A module worker loads its script through the page's event loop: started
 * when a big graph is opened, it waited for the open's first render (2.7 s with 500 entities and 18,000 relations)
 * before the layout could begin. Taken by the next run; the next spare starts when a run ends.
 */
let spare: LayoutWorkerLike | null = null;

/** Starts the spare worker now if there is none (a run ending starts one by itself). */
export function prewarmLayoutWorker(): void {
  spare ??= factory();
}

/** Tests: where workers come from (null: the real module worker); drops the spare made by the previous factory. */
export function setLayoutWorkerFactory(make: (() => LayoutWorkerLike) | null): void {
  spare?.terminate();
  spare = null;
  factory = make ?? defaultFactory;
}

/**
 * Runs a request in a worker: given in object form, it is packed here (layout-protocol.ts); given packed (built so by
 * the caller, no object per entity or relation), its typed arrays are transferred as they are.
 */
export function runLayoutInWorker(
  request: LayoutRequest | PackedLayoutRequest,
  listener: LayoutRunListener = {},
  options: LayoutRunOptions = {},
): LayoutRun {
  if (!options.alongside) current?.cancel('a newer layout started');
  const worker = spare ?? factory();
  spare = null;
  let settle: { resolve(p: Positions): void; reject(e: Error): void } | null = null;
  const done = new Promise<Positions>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { positions: Positions } | { error: Error }) => {
    worker.terminate();
    if (current?.worker === worker) current = null;
    prewarmLayoutWorker();
    const s = settle;
    settle = null;
    if (!s) return;
    if ('positions' in outcome) s.resolve(outcome.positions);
    else s.reject(outcome.error);
  };
  const handle = {
    worker,
    cancel: (reason: string) => finish({ error: new CancelledError(`The layout (${reason})`) }),
  };
  if (!options.alongside) current = handle;
  const { message: packed, transfer } =
    'ids' in request
      ? { message: request, transfer: [request.sizes.buffer, request.ends.buffer] }
      : packLayoutRequest(request);
  worker.onmessage = (event: MessageEvent<LayoutWorkerMessage>) => {
    // A run already finished (cancelled, superseded) may still have messages in flight: a stale report must not move
    // or restyle the canvas of the layout that replaced it.
    if (!settle) return;
    const message = event.data;
    // Each report is in the order of the request's entities (layout-protocol.ts); the message's array of their keys
    // stays here, cloned to the worker, not transferred.
    if (message.type === 'progress') listener.onProgress?.({ keys: packed.ids, xy: message.xy });
    else if (message.type === 'extent') listener.onExtent?.(message.bounds);
    else if (message.type === 'fraction') listener.onFraction?.(message.fraction);
    else if (message.type === 'done') finish({ positions: message.positions });
    else finish({ error: new Error(`Layout failed: ${message.message}`) });
  };
  worker.onerror = (event) => finish({ error: new Error(`Layout worker failed: ${event.message}`) });
  worker.postMessage(packed, transfer);
  return { done, stop: () => handle.cancel('stopped') };
}
