// Owns talking to the layout worker: one worker per run, terminated when a newer run starts, so only the latest result lands.
import type { LayoutInput } from '../explore/force-layout';
import type { Positions } from '../../graph-data/explore/view-types';

let current: Worker | null = null;

export class LayoutCancelled extends Error {
  constructor() {
    super('layout cancelled by a newer layout');
  }
}

export function forceLayoutInWorker(input: LayoutInput): Promise<Positions> {
  current?.terminate();
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  current = worker;
  return new Promise((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<{ ok: true; positions: Positions } | { ok: false; message: string }>) => {
      worker.terminate();
      if (current === worker) current = null;
      if (event.data.ok) resolve(event.data.positions);
      else reject(new Error(`Layout failed: ${event.data.message}`));
    };
    worker.onerror = (event) => {
      worker.terminate();
      if (current === worker) current = null;
      reject(new Error(`Layout worker failed: ${event.message}`));
    };
    // A newer run terminates this worker; its promise then never settles, which is what the caller wants.
    worker.postMessage(input);
  });
}
