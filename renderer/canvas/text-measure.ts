// Owns measuring label text in ems of the label font, wherever the code runs: a canvas in the window, an OffscreenCanvas in a worker, an estimate where neither exists (Node tests).
import { LABEL_FONT_FAMILY } from './label-draw';
import type { MeasureEm } from './label-text';

const MEASURE_PX = 100;
/** Average advance of DejaVu Sans / system UI fonts, in ems: the estimate where no canvas can measure. */
const ESTIMATED_EM_PER_CHAR = 0.58;

type Context = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function createContext(): Context | null {
  try {
    if (typeof OffscreenCanvas !== 'undefined') return new OffscreenCanvas(1, 1).getContext('2d');
    if (typeof document !== 'undefined') return document.createElement('canvas').getContext('2d');
  } catch {
    // No canvas here (a test in Node): estimate.
  }
  return null;
}

/** A cached measure: each distinct string is measured once. */
export function createMeasureEm(): MeasureEm {
  const context = createContext();
  if (context) context.font = `${MEASURE_PX}px ${LABEL_FONT_FAMILY}`;
  const cache = new Map<string, number>();
  return (text: string) => {
    let width = cache.get(text);
    if (width !== undefined) return width;
    width = context ? context.measureText(text).width / MEASURE_PX : text.length * ESTIMATED_EM_PER_CHAR;
    if (cache.size > 200_000) cache.clear();
    cache.set(text, width);
    return width;
  };
}
