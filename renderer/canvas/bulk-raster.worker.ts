// Owns the bulk raster's worker: keeps the latest scene, positions and visibility, and draws a picture for each view asked, on an OffscreenCanvas, off the main thread.
import { errorMessage } from '../../graph-data/model/errors';
import type { BulkRasterReply, BulkRasterRequest } from './bulk-raster-protocol';
import { type BulkShown, drawBulk, type PreparedScene, prepareScene } from './bulk-scene';

let prepared: PreparedScene | null = null;
let shown: BulkShown | null = null;
let canvas: OffscreenCanvas | null = null;

const post = (message: BulkRasterReply, transfer: Transferable[] = []) => self.postMessage(message, { transfer });

self.onmessage = (event: MessageEvent<BulkRasterRequest>) => {
  const request = event.data;
  switch (request.type) {
    case 'scene':
      prepared = prepareScene(request.scene);
      return;
    case 'positions':
      if (prepared) prepared.scene.nodes = request.nodes;
      return;
    case 'shown':
      shown = request.shown;
      return;
    case 'draw': {
      try {
        if (!prepared || !shown) throw new Error('The bulk raster was asked to draw before it had a scene.');
        const started = performance.now();
        const { view } = request;
        const width = Math.max(1, Math.round(view.width * view.pixelRatio));
        const height = Math.max(1, Math.round(view.height * view.pixelRatio));
        if (!canvas || canvas.width !== width || canvas.height !== height) canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        if (!context) throw new Error('No 2D context on the bulk raster’s canvas.');
        const counts = drawBulk(context, prepared, shown, view);
        // Taking the bitmap rasterises the recorded paths here, in the worker, not in the window's frame.
        const bitmap = canvas.transferToImageBitmap();
        post({ type: 'drawn', id: request.id, view, bitmap, ...counts, ms: performance.now() - started }, [bitmap]);
      } catch (error) {
        post({ type: 'failed', id: request.id, message: errorMessage(error) });
      }
      return;
    }
  }
};
