// Owns the overview (minimap): every visible node as a dot and the viewport as a frame; click or drag in it to pan the canvas.
import { useEffect, useRef } from 'preact/hooks';
import { ColorIndex } from '../canvas/bulk-scene';
import { canvasNodes } from '../canvas/element-lists';
import { isHidden } from '../canvas/graph-view';
import { overviewTransform, paintDots } from '../canvas/overview-dots';
import type { ExploreContext } from '../explore/explore-context';

const WIDTH = 200;
const HEIGHT = 140;

/** A CSS colour as RGBA bytes, read back from a one-pixel canvas (so any colour the canvas takes is understood). */
const colourCache = new Map<string, Uint8ClampedArray>();
function colourBytes(fill: string): Uint8ClampedArray {
  const cached = colourCache.get(fill);
  if (cached) return cached;
  const probe = document.createElement('canvas');
  probe.width = 1;
  probe.height = 1;
  const ctx = probe.getContext('2d', { willReadFrequently: true });
  if (!ctx) return new Uint8ClampedArray([0, 0, 0, 255]);
  ctx.fillStyle = '#000';
  ctx.fillStyle = fill;
  ctx.fillRect(0, 0, 1, 1);
  const bytes = ctx.getImageData(0, 0, 1, 1).data;
  colourCache.set(fill, bytes);
  return bytes;
}

export function OverviewMap({ context }: { context: ExploreContext }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const view = context.view();
  const ready = context.model.ready.value;
  const shown = context.model.showOverview.value;

  useEffect(() => {
    const cy = view?.cy;
    const element = canvas.current;
    if (!cy || !element || !ready || !shown) return;
    const ctx = element.getContext('2d');
    if (!ctx) return;
    let frame = 0;
    let transform = { scale: 1, x: 0, y: 0 };
    let lastDraw = 0;
    // The dots, kept until the view's content changes: a pan moves only the frame. Drawn again on every pan frame,
    // the 30,000 dots of 30k/60k were 90 ms of a pan's tasks in a CPU profile.
    const dots = document.createElement('canvas');
    dots.width = WIDTH;
    dots.height = HEIGHT;
    let dotsVersion: number | null = null;
    const draw = () => {
      frame = 0;
      lastDraw = performance.now();
      if (dotsVersion !== view.contentVersion) {
        dotsVersion = view.contentVersion;
        drawDots();
      }
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      ctx.drawImage(dots, 0, 0);
      const styles = getComputedStyle(element);
      const extent = cy.extent();
      ctx.strokeStyle = styles.getPropertyValue('--accent') || '#0b63c5';
      ctx.lineWidth = 1.5;
      ctx.strokeRect(
        extent.x1 * transform.scale + transform.x,
        extent.y1 * transform.scale + transform.y,
        extent.w * transform.scale,
        extent.h * transform.scale,
      );
    };
    const image = new ImageData(WIDTH, HEIGHT);
    const drawDots = () => {
      const dotsContext = dots.getContext('2d');
      if (!dotsContext) return;
      // Positions read once into typed arrays, fills as indices into a small palette, no collection built for the
      // shown ones; the squares are painted into the pixels (overview-dots.ts).
      const nodes = canvasNodes(cy);
      const points = new Float64Array(2 * nodes.length);
      const colours = new Uint16Array(nodes.length);
      const fills = new ColorIndex();
      const extent = {
        x1: Number.POSITIVE_INFINITY,
        y1: Number.POSITIVE_INFINITY,
        x2: Number.NEGATIVE_INFINITY,
        y2: Number.NEGATIVE_INFINITY,
      };
      let count = 0;
      for (const node of nodes) {
        if (isHidden(node)) continue;
        // Bounds from positions only: boundingBox() would lay out every label, which is slow on big graphs.
        const p = node.position();
        extent.x1 = Math.min(extent.x1, p.x);
        extent.y1 = Math.min(extent.y1, p.y);
        extent.x2 = Math.max(extent.x2, p.x);
        extent.y2 = Math.max(extent.y2, p.y);
        points[2 * count] = p.x;
        points[2 * count + 1] = p.y;
        colours[count] = fills.indexOf(String(node.data('fill')));
        count++;
      }
      if (count === 0) {
        dotsContext.clearRect(0, 0, WIDTH, HEIGHT);
        return;
      }
      transform = overviewTransform(extent, WIDTH, HEIGHT);
      const palette = new Uint8ClampedArray(4 * fills.palette.length);
      for (const [index, fill] of fills.palette.entries()) palette.set(colourBytes(fill), 4 * index);
      paintDots(
        image.data,
        WIDTH,
        HEIGHT,
        points.subarray(0, 2 * count),
        colours.subarray(0, count),
        palette,
        transform,
      );
      dotsContext.putImageData(image, 0, 0);
    };
    // Small graphs redraw every frame; big ones at most five times a second, so the overview never costs the canvas frames.
    const minInterval = cy.nodes().length > 1000 ? 200 : 0;
    const schedule = () => {
      if (frame) return;
      const wait = lastDraw + minInterval - performance.now();
      if (wait > 0) frame = window.setTimeout(() => requestAnimationFrame(draw), wait);
      else frame = requestAnimationFrame(draw);
    };
    cy.on('render viewport', schedule);
    schedule();
    const panTo = (event: PointerEvent) => {
      const rect = element.getBoundingClientRect();
      const x = (event.clientX - rect.left - transform.x) / transform.scale;
      const y = (event.clientY - rect.top - transform.y) / transform.scale;
      const zoom = cy.zoom();
      cy.pan({ x: cy.width() / 2 - x * zoom, y: cy.height() / 2 - y * zoom });
    };
    const onDown = (event: PointerEvent) => {
      element.setPointerCapture(event.pointerId);
      panTo(event);
    };
    const onMove = (event: PointerEvent) => {
      if (element.hasPointerCapture(event.pointerId)) panTo(event);
    };
    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    return () => {
      cy.off('render viewport', schedule);
      if (frame) {
        cancelAnimationFrame(frame);
        clearTimeout(frame);
      }
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
    };
  }, [view, ready, shown]);

  if (!shown) return null;
  return (
    <canvas
      ref={canvas}
      class="overview-map"
      width={WIDTH}
      height={HEIGHT}
      role="img"
      aria-label="Overview map: click or drag to move the view"
    />
  );
}
