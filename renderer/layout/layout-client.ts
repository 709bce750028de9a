// Owns talking to the layout worker: one worker per run; a newer run (or Stop) ends the older one, whose promise then settles as cancelled.
import type { Positions } from '../../graph-data/explore/view-types';
import { CancelledError } from '../../graph-data/model/errors';
import type { LayoutRequest } from './layout-compute';
import type { LayoutWorkerMessage } from './layout-protocol';

export interface LayoutRun {
  /** Resolves with the final positions; rejects with a CancelledError when superseded or stopped (never hangs). */
  done: Promise<Positions>;
  /** Ends the run now; the positions streamed so far stay where they are. */
  stop(): void;
}

let current: { worker: Worker; cancel(reason: string): void } | null = null;

export function runLayoutInWorker(request: LayoutRequest, onProgress?: (positions: Positions) => void): LayoutRun {
  current?.cancel('a newer layout started');
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  let settle: { resolve(p: Positions): void; reject(e: Error): void } | null = null;
  const done = new Promise<Positions>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const finish = (outcome: { positions: Positions } | { error: Error }) => {
    worker.terminate();
    if (current?.worker === worker) current = null;
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
  current = handle;
  worker.onmessage = (event: MessageEvent<LayoutWorkerMessage>) => {
    const message = event.data;
    if (message.type === 'progress') onProgress?.(message.positions);
    else if (message.type === 'done') finish({ positions: message.positions });
    else finish({ error: new Error(`Layout failed: ${message.message}`) });
  };
  worker.onerror = (event) => finish({ error: new Error(`Layout worker failed: ${event.message}`) });
  worker.postMessage(request);
  return { done, stop: () => handle.cancel('stopped') };
}
