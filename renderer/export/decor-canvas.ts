// Owns drawing an export page's title, legend and caption on a canvas (already transformed to page units), matching decor-svg.
import type { DecorItem, PageLayout } from './decor-layout';
import { dashFor, swatchOutline } from './decor-shapes';
import { FONT_FAMILY } from './decor-svg';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

function drawItem(ctx: Context2D, item: DecorItem): void {
  ctx.save();
  switch (item.kind) {
    case 'text':
      // fillText draws characters, never markup: a label like "<b>x</b>" shows exactly so.
      ctx.font = `${item.bold ? 'bold ' : ''}${item.size}px ${FONT_FAMILY}`;
      ctx.fillStyle = item.color;
      ctx.textBaseline = 'alphabetic';
      ctx.fillText(item.text, item.x, item.y);
      break;
    case 'swatch': {
      const outline = swatchOutline(item.shape);
      ctx.fillStyle = item.color;
      ctx.beginPath();
      if (outline.kind === 'ellipse') {
        ctx.arc(item.x + item.size / 2, item.y + item.size / 2, item.size / 2, 0, Math.PI * 2);
      } else {
        outline.points.forEach(([px, py], i) => {
          const x = item.x + px * item.size;
          const y = item.y + py * item.size;
          if (i === 0) ctx.moveTo(x, y);
          else ctx.lineTo(x, y);
        });
        ctx.closePath();
      }
      ctx.fill();
      break;
    }
    case 'line':
      ctx.strokeStyle = item.color;
      ctx.lineWidth = item.tee ? 2.4 : 2;
      ctx.setLineDash(dashFor(item.lineStyle));
      ctx.beginPath();
      ctx.moveTo(item.x1, item.y1);
      ctx.lineTo(item.x2, item.y2);
      ctx.stroke();
      if (item.tee) {
        ctx.setLineDash([]);
        ctx.beginPath();
        ctx.moveTo(item.x2, item.y2 - 5);
        ctx.lineTo(item.x2, item.y2 + 5);
        ctx.stroke();
      }
      break;
    case 'frame':
      ctx.strokeStyle = item.color;
      ctx.globalAlpha = 0.6;
      ctx.lineWidth = 1;
      ctx.beginPath();
      ctx.roundRect(item.x + 0.5, item.y + 0.5, item.width - 1, item.height - 1, 4);
      ctx.stroke();
      break;
  }
  ctx.restore();
}

export function drawDecorations(ctx: Context2D, layout: PageLayout): void {
  for (const item of layout.items) drawItem(ctx, item);
}
