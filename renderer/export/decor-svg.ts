// Owns writing an export page as SVG text: background, the graph's own SVG, title, legend and caption, every string escaped.
import type { DecorItem, PageLayout } from './decor-layout';
import { dashFor, swatchOutline } from './decor-shapes';
import { element, escapeXml, num } from './xml-escape';

export const FONT_FAMILY = 'system-ui, "DejaVu Sans", Helvetica, Arial, sans-serif';

function itemSvg(item: DecorItem): string {
  switch (item.kind) {
    case 'text':
      return element(
        'text',
        {
          x: item.x,
          y: item.y,
          'font-family': FONT_FAMILY,
          'font-size': item.size,
          'font-weight': item.bold ? 'bold' : undefined,
          fill: item.color,
        },
        escapeXml(item.text),
      );
    case 'swatch': {
      const outline = swatchOutline(item.shape);
      if (outline.kind === 'ellipse') {
        const r = item.size / 2;
        return element('circle', { cx: item.x + r, cy: item.y + r, r, fill: item.color });
      }
      const points = outline.points
        .map(([px, py]) => `${num(item.x + px * item.size)},${num(item.y + py * item.size)}`)
        .join(' ');
      return element('polygon', { points, fill: item.color });
    }
    case 'line': {
      const dash = dashFor(item.lineStyle);
      const line = element('line', {
        x1: item.x1,
        y1: item.y1,
        x2: item.x2,
        y2: item.y2,
        stroke: item.color,
        'stroke-width': item.tee ? 2.4 : 2,
        'stroke-dasharray': dash.length ? dash.join(' ') : undefined,
      });
      const tee = item.tee
        ? element('line', {
            x1: item.x2,
            y1: item.y2 - 5,
            x2: item.x2,
            y2: item.y2 + 5,
            stroke: item.color,
            'stroke-width': 2.4,
          })
        : '';
      return line + tee;
    }
    case 'frame':
      return element('rect', {
        x: item.x + 0.5,
        y: item.y + 0.5,
        width: item.width - 1,
        height: item.height - 1,
        rx: 4,
        fill: 'none',
        stroke: item.color,
        'stroke-opacity': 0.6,
      });
  }
}

export function decorationsSvg(layout: PageLayout): string {
  return layout.items.map(itemSvg).join('');
}

/** Drops the XML declaration and doctype of a standalone SVG so it can be nested in another. */
export function nestableSvg(svg: string): string {
  return svg.replace(/^\s*<\?xml[^>]*\?>/, '').replace(/<!DOCTYPE[^>]*>/i, '');
}

export interface ComposeInput {
  layout: PageLayout;
  /** The graph as a standalone SVG document (e.g. from cytoscape-svg), drawn at the layout's graph rectangle. */
  graphSvg: string;
  /** Offset of the graph SVG's origin inside the graph rectangle. */
  graphOffset: { x: number; y: number };
  /** The labels as SVG, in page units relative to the graph rectangle (drawn over the graph). */
  labelsSvg?: string;
  background: string | null;
  /** Output size multiplier; the viewBox stays in page units, so the drawing is identical at any scale. */
  scale: number;
  title: string;
}

export function composeSvg(input: ComposeInput): string {
  const { layout } = input;
  const parts: string[] = [];
  if (input.title.trim()) parts.push(element('title', {}, escapeXml(input.title.trim())));
  if (input.background)
    parts.push(element('rect', { x: 0, y: 0, width: layout.width, height: layout.height, fill: input.background }));
  parts.push(
    element(
      'g',
      {
        transform: `translate(${num(layout.graph.x + input.graphOffset.x)},${num(layout.graph.y + input.graphOffset.y)})`,
      },
      nestableSvg(input.graphSvg),
    ),
  );
  if (input.labelsSvg) {
    parts.push(
      element('g', { transform: `translate(${num(layout.graph.x)},${num(layout.graph.y)})` }, input.labelsSvg),
    );
  }
  parts.push(decorationsSvg(layout));
  return `<?xml version="1.0" encoding="UTF-8"?>\n${element(
    'svg',
    {
      xmlns: 'http://www.w3.org/2000/svg',
      'xmlns:xlink': 'http://www.w3.org/1999/xlink',
      version: '1.1',
      width: Math.round(layout.width * input.scale),
      height: Math.round(layout.height * input.scale),
      viewBox: `0 0 ${num(layout.width)} ${num(layout.height)}`,
    },
    parts.join(''),
  )}\n`;
}
