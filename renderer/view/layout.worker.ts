// Owns the layout Web Worker: computes the default force layout off the main thread so big graphs never freeze the window.
import { computeForceLayout, type LayoutInput } from '../explore/force-layout';

self.onmessage = (event: MessageEvent<LayoutInput>) => {
  try {
    self.postMessage({ ok: true, positions: computeForceLayout(event.data) });
  } catch (error) {
    self.postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) });
  }
};
