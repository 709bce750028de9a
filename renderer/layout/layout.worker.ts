// Owns the layout Web Worker: every layout is computed here, off the main thread, and force layouts stream their positions while they run.
import { errorMessage } from '../../graph-data/model/errors';
import { packPositions } from '../canvas/packed-positions';
import { computeLayout } from './layout-compute';
import { type LayoutWorkerMessage, type PackedLayoutRequest, unpackLayoutRequest } from './layout-protocol';

const post = (message: LayoutWorkerMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<PackedLayoutRequest>) => {
  try {
    const keys = event.data.ids;
    const positions = computeLayout(unpackLayoutRequest(event.data), {
      onProgress: (progress) => {
        const xy = packPositions(keys, progress.positions);
        post({ type: 'progress', xy, iterations: progress.iterations }, [xy.buffer]);
      },
      onExtent: (bounds) => post({ type: 'extent', bounds }),
      onFraction: (fraction) => post({ type: 'fraction', fraction }),
    });
    post({ type: 'done', positions });
  } catch (error) {
    post({ type: 'error', message: errorMessage(error) });
  }
};
