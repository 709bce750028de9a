// Owns painting placed labels on a 2D context (the window's label layer and PNG exports): text with a halo in the background colour, dimmed when faded.
import type { PlacedLabel } from './label-placement';

export const LABEL_FONT_FAMILY = 'system-ui, "DejaVu Sans", sans-serif';
export const LABEL_LINE_HEIGHT = 1.2;

export interface LabelColors {
  text: string;
  halo: string;
  /** Relation labels. */
  muted: string;
}

/** `ctx` is in the same pixel space as the boxes (the caller sets any transform). */
export function drawLabels(ctx: CanvasRenderingContext2D, labels: readonly PlacedLabel[], colors: LabelColors): void {
  ctx.save();
  ctx.textBaseline = 'middle';
  ctx.lineJoin = 'round';
  ctx.strokeStyle = colors.halo;
  for (const label of labels) {
    ctx.font = `${label.kind === 'edge' ? 'italic ' : ''}${label.px}px ${LABEL_FONT_FAMILY}`;
    ctx.fillStyle = label.kind === 'edge' ? colors.muted : colors.text;
    ctx.lineWidth = Math.max(2, label.px / 4);
    ctx.globalAlpha = label.faded ? 0.35 : 1;
    const lineHeight = label.px * LABEL_LINE_HEIGHT;
    const { x, align } = textX(label);
    ctx.textAlign = align;
    label.lines.forEach((line, i) => {
      const y = label.minY + lineHeight * (i + 0.5);
      ctx.strokeText(line, x, y);
      ctx.fillText(line, x, y);
    });
  }
  ctx.restore();
}

/** Labels beside an entity are aligned towards it; above and below, centred on it. */
export function textX(label: PlacedLabel): { x: number; align: CanvasTextAlign } {
  if (label.anchor.endsWith('right')) return { x: label.minX, align: 'left' };
  if (label.anchor.endsWith('left')) return { x: label.maxX, align: 'right' };
  return { x: (label.minX + label.maxX) / 2, align: 'center' };
}
