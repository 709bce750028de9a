// Owns the page layout of an export (pure): where the graph, title, legend and caption go, in page units, shared by PNG and SVG.

export interface LegendEntity {
  label: string;
  color: string;
  shape: string;
}

export interface LegendRelation {
  label: string;
  color: string;
  lineStyle: string;
  polarity: string;
}

export interface LegendContent {
  entities: LegendEntity[];
  relations: LegendRelation[];
}

/** Width of `text` at `size` px; the browser passes canvas measureText, tests an estimate. */
export type MeasureText = (text: string, size: number, bold: boolean) => number;

export interface PageInput {
  graphWidth: number;
  graphHeight: number;
  title: string;
  caption: string;
  legend: LegendContent | null;
  textColor: string;
  mutedColor: string;
  measure: MeasureText;
}

export type DecorItem =
  | { kind: 'text'; x: number; y: number; text: string; size: number; bold: boolean; color: string }
  | { kind: 'swatch'; x: number; y: number; size: number; color: string; shape: string }
  | { kind: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; lineStyle: string; tee: boolean }
  | { kind: 'frame'; x: number; y: number; width: number; height: number; color: string };

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PageLayout {
  width: number;
  height: number;
  graph: Rect;
  items: DecorItem[];
}

const MARGIN = 16;
const GAP = 16;
const TITLE_SIZE = 20;
const CAPTION_SIZE = 13;
const LEGEND_SIZE = 12;
const LEGEND_ROW = 18;
const SWATCH = 12;
const LEGEND_PAD = 10;
/** Below this the title and caption would wrap word by word; narrow graphs get a wider page instead. */
const MIN_TEXT_WIDTH = 280;

/** Greedy word wrap; a single word longer than the line is kept whole rather than cut mid-word. */
export function wrapText(text: string, maxWidth: number, size: number, bold: boolean, measure: MeasureText): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      const candidate = line ? `${line} ${word}` : word;
      if (line && measure(candidate, size, bold) > maxWidth) {
        lines.push(line);
        line = word;
      } else {
        line = candidate;
      }
    }
    if (line) lines.push(line);
  }
  return lines;
}

function legendBlock(
  legend: LegendContent,
  input: PageInput,
): { width: number; height: number; place(x: number, y: number): DecorItem[] } {
  const rows: { heading?: string; entity?: LegendEntity; relation?: LegendRelation }[] = [];
  if (legend.entities.length) rows.push({ heading: 'Entity types' }, ...legend.entities.map((entity) => ({ entity })));
  if (legend.relations.length)
    rows.push({ heading: 'Relation types' }, ...legend.relations.map((relation) => ({ relation })));
  const labelOf = (r: (typeof rows)[number]) =>
    r.heading ??
    r.entity?.label ??
    `${r.relation?.label}${r.relation?.polarity === 'neutral' ? '' : ` (${r.relation?.polarity})`}`;
  const swatchSpace = 28;
  let inner = 0;
  for (const r of rows)
    inner = Math.max(inner, (r.heading ? 0 : swatchSpace) + input.measure(labelOf(r), LEGEND_SIZE, !!r.heading));
  const width = Math.ceil(inner + 2 * LEGEND_PAD);
  const height = rows.length * LEGEND_ROW + 2 * LEGEND_PAD;
  return {
    width,
    height,
    place(x, y) {
      const items: DecorItem[] = [{ kind: 'frame', x, y, width, height, color: input.mutedColor }];
      rows.forEach((r, i) => {
        const top = y + LEGEND_PAD + i * LEGEND_ROW;
        const baseline = top + LEGEND_ROW / 2 + LEGEND_SIZE * 0.35;
        const left = x + LEGEND_PAD;
        if (r.entity) {
          items.push({ kind: 'swatch', x: left + 4, y: top + (LEGEND_ROW - SWATCH) / 2, size: SWATCH, ...r.entity });
        } else if (r.relation) {
          const mid = top + LEGEND_ROW / 2;
          const { color, lineStyle, polarity } = r.relation;
          items.push({
            kind: 'line',
            x1: left,
            y1: mid,
            x2: left + 20,
            y2: mid,
            color,
            lineStyle,
            tee: polarity === 'adversarial',
          });
        }
        const textX = r.heading ? left : left + swatchSpace;
        items.push({
          kind: 'text',
          x: textX,
          y: baseline,
          text: labelOf(r),
          size: LEGEND_SIZE,
          bold: !!r.heading,
          color: input.textColor,
        });
      });
      return items;
    },
  };
}

/**
 * Without decorations the page is exactly the graph (so a "current view" export has the window's proportions);
 * with any, a margin surrounds everything: title on top, legend right of the graph, caption underneath.
 */
export function layoutPage(input: PageInput): PageLayout {
  const title = input.title.trim();
  const caption = input.caption.trim();
  const legend =
    input.legend && (input.legend.entities.length || input.legend.relations.length)
      ? legendBlock(input.legend, input)
      : null;
  if (!title && !caption && !legend) {
    return {
      width: input.graphWidth,
      height: input.graphHeight,
      graph: { x: 0, y: 0, width: input.graphWidth, height: input.graphHeight },
      items: [],
    };
  }
  const contentWidth = Math.max(
    input.graphWidth + (legend ? GAP + legend.width : 0),
    title || caption ? MIN_TEXT_WIDTH : 0,
  );
  const items: DecorItem[] = [];
  let y = MARGIN;
  for (const line of wrapText(title, contentWidth, TITLE_SIZE, true, input.measure)) {
    items.push({
      kind: 'text',
      x: MARGIN,
      y: y + TITLE_SIZE,
      text: line,
      size: TITLE_SIZE,
      bold: true,
      color: input.textColor,
    });
    y += Math.round(TITLE_SIZE * 1.35);
  }
  if (title) y += 8;
  const graph = { x: MARGIN, y, width: input.graphWidth, height: input.graphHeight };
  if (legend) items.push(...legend.place(MARGIN + input.graphWidth + GAP, y));
  y += Math.max(input.graphHeight, legend?.height ?? 0);
  if (caption) y += 10;
  for (const line of wrapText(caption, contentWidth, CAPTION_SIZE, false, input.measure)) {
    items.push({
      kind: 'text',
      x: MARGIN,
      y: y + CAPTION_SIZE,
      text: line,
      size: CAPTION_SIZE,
      bold: false,
      color: input.mutedColor,
    });
    y += Math.round(CAPTION_SIZE * 1.4);
  }
  return { width: Math.ceil(contentWidth + 2 * MARGIN), height: Math.ceil(y + MARGIN), graph, items };
}

/** A rough width for tests and for Node: average glyph width of a sans-serif face. */
export const estimateText: MeasureText = (text, size, bold) => text.length * size * (bold ? 0.6 : 0.55);
