// Owns PNG export in the browser: one canvas and the native encoder when it fits, else tiles stitched through the streaming encoder.
import type { Theme } from '../canvas/canvas-style';
import type { GraphView } from '../canvas/graph-view';
import { nextTask } from '../canvas/idle-slices';
import { BlankExportError, countInk, parseHexColor, renderFailed } from './blank-check';
import { type PreparedExport, renderTileCanvas, tilePixels, withTheme } from './export-page';
import { encodeTiledPng, type StitchProgress } from './stitch-png';
import { type CanvasLimits, DEFAULT_LIMITS, planTiles, tileCount } from './tile-plan';

function canvasToPng(canvas: HTMLCanvasElement): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => {
      if (!blob) reject(new Error('The browser could not encode the image.'));
      else blob.arrayBuffer().then((buffer) => resolve(new Uint8Array(buffer)), reject);
    }, 'image/png');
  });
}

export async function exportPng(
  view: GraphView,
  prepared: PreparedExport,
  currentTheme: Theme,
  onProgress?: (progress: StitchProgress) => void,
  limits: CanvasLimits = DEFAULT_LIMITS,
): Promise<Uint8Array> {
  const plan = planTiles(prepared.width, prepared.height, limits);
  const background = prepared.background ? parseHexColor(prepared.background) : null;
  const render = (tile: Parameters<typeof renderTileCanvas>[2]) =>
    withTheme(view, prepared.theme, currentTheme, () => renderTileCanvas(view, prepared, tile));
  const only = plan.rows[0]?.[0];
  if (tileCount(plan) === 1 && only) {
    const canvas = render(only);
    const pixels = tilePixels(canvas);
    if (renderFailed(pixels, background)) throw new Error('The image did not render; try a smaller size.');
    if (countInk(pixels, background) === 0) throw new BlankExportError('image');
    onProgress?.({ done: 1, total: 1 });
    return canvasToPng(canvas);
  }
  return encodeTiledPng(
    plan,
    async (tile) => {
      // Lets the dialog repaint its progress between tiles.
      await nextTask();
      return tilePixels(render(tile));
    },
    background,
    onProgress,
  );
}
