// Owns the overview (minimap): every visible node as a dot and the viewport as a frame; click or drag in it to pan the canvas.
import { useEffect, useRef } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';

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
    const draw = () => {
      frame = 0;
      const nodes = cy.nodes(':visible');
      ctx.clearRect(0, 0, WIDTH, HEIGHT);
      if (nodes.empty()) return;
      const box = nodes.boundingBox({});
      const scale = Math.min(WIDTH / Math.max(box.w, 1), HEIGHT / Math.max(box.h, 1)) * 0.9;
      transform = {
        scale,
        x: (WIDTH - box.w * scale) / 2 - box.x1 * scale,
        y: (HEIGHT - box.h * scale) / 2 - box.y1 * scale,
      };
      const styles = getComputedStyle(element);
      nodes.forEach((node) => {
        const p = node.position();
        ctx.fillStyle = String(node.data('fill'));
        ctx.fillRect(p.x * scale + transform.x - 1.5, p.y * scale + transform.y - 1.5, 3, 3);
      });
      const extent = cy.extent();
      ctx.strokeStyle = styles.getPropertyValue('--accent') || '#0b63c5';
      ctx.lineWidth = 1.5;
      ctx.strokeRect(
        extent.x1 * scale + transform.x,
        extent.y1 * scale + transform.y,
        extent.w * scale,
        extent.h * scale,
      );
    };
    // Redraw at most once per frame, however many render events a pan or layout fires.
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(draw);
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
      if (frame) cancelAnimationFrame(frame);
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
