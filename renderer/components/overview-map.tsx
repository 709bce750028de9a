// Owns the overview (minimap): every visible node as a dot and the viewport as a frame; click or drag in it to pan the canvas.
import { useEffect, useRef } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import { isHidden } from '../canvas/graph-view';

const WIDTH = 200;
const HEIGHT = 140;

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
    const drawDots = () => {
      const dotsContext = dots.getContext('2d');
      if (!dotsContext) return;
      dotsContext.clearRect(0, 0, WIDTH, HEIGHT);
      // Positions read once, grouped by fill: one fill style per colour, not per dot (setting a style parses the
      // colour), and no collection built for the shown ones. 60 ms a redraw at 30k/60k in a CPU profile before.
      const byFill = new Map<string, number[]>();
      let x1 = Number.POSITIVE_INFINITY;
      let y1 = Number.POSITIVE_INFINITY;
      let x2 = Number.NEGATIVE_INFINITY;
      let y2 = Number.NEGATIVE_INFINITY;
      for (const node of cy.nodes().toArray()) {
        if (isHidden(node)) continue;
        // Bounds from positions only: boundingBox() would lay out every label, which is slow on big graphs.
        const p = node.position();
        x1 = Math.min(x1, p.x);
        y1 = Math.min(y1, p.y);
        x2 = Math.max(x2, p.x);
        y2 = Math.max(y2, p.y);
        const fill = String(node.data('fill'));
        const points = byFill.get(fill);
        if (points) points.push(p.x, p.y);
        else byFill.set(fill, [p.x, p.y]);
      }
      if (byFill.size === 0) return;
      const w = Math.max(x2 - x1, 1);
      const h = Math.max(y2 - y1, 1);
      const scale = Math.min(WIDTH / w, HEIGHT / h) * 0.85;
      transform = { scale, x: (WIDTH - w * scale) / 2 - x1 * scale, y: (HEIGHT - h * scale) / 2 - y1 * scale };
      for (const [fill, points] of byFill) {
        dotsContext.fillStyle = fill;
        for (let i = 0; i < points.length; i += 2) {
          const x = (points[i] ?? 0) * scale + transform.x;
          const y = (points[i + 1] ?? 0) * scale + transform.y;
          dotsContext.fillRect(x - 1.5, y - 1.5, 3, 3);
        }
      }
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
