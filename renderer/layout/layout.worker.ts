// Owns the layout Web Worker: every layout is computed here, off the main thread, and force layouts stream their positions while they run.
import { errorMessage } from '../../graph-data/model/errors';
import { computeLayout, type LayoutRequest } from './layout-compute';
import type { LayoutWorkerMessage } from './layout-protocol';

const post = (message: LayoutWorkerMessage) => self.postMessage(message);

self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  try {
    const positions = computeLayout(event.data, {
      onProgress: (progress) =>
        post({ type: 'progress', positions: progress.positions, iterations: progress.iterations }),
      onExtent: (bounds) => post({ type: 'extent', bounds }),
      onFraction: (fraction) => post({ type: 'fraction', fraction }),
    });
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  }
};
