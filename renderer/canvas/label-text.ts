// Owns how a label's text is cut to fit: wrapped at word boundaries into at most two lines of a fixed width in ems, the rest truncated with an ellipsis.

/** Width of `text` in ems (font-size units) for the label font. */
export type MeasureEm = (text: string) => number;

export interface LabelText {
  lines: string[];
  /** Width of the widest line, in ems. */
  widthEm: number;
  /** True when the text was cut: the full label is in the tooltip. */
  truncated: boolean;
}

export interface WrapOptions {
  /** Widest line, in ems (about 10 ems holds "Responsibility to Protect" on two lines). */
  maxWidthEm: number;
  maxLines: number;
}

export const DEFAULT_WRAP: WrapOptions = { maxWidthEm: 9.5, maxLines: 2 };

const ELLIPSIS = '…';

/** Cuts `text` to the longest prefix that fits `maxWidthEm` with an ellipsis (binary search over the length). */
function truncateToWidth(text: string, maxWidthEm: number, measure: MeasureEm): string {
  if (measure(text) <= maxWidthEm) return text;
  let low = 0;
  let high = text.length;
  while (low < high) {
    const mid = Math.ceil((low + high) / 2);
    if (measure(`${text.slice(0, mid).trimEnd()}${ELLIPSIS}`) <= maxWidthEm) low = mid;
    else high = mid - 1;
  }
  return `${text.slice(0, low).trimEnd()}${ELLIPSIS}`;
}

/**
 * Greedy word wrap: words fill a line until the next one would pass the width. A single word wider than a line is
 * truncated. Whatever does not fit in `maxLines` ends the last line with an ellipsis.
 */
export function wrapLabel(text: string, measure: MeasureEm, options: WrapOptions = DEFAULT_WRAP): LabelText {
  const words = text.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return { lines: [], widthEm: 0, truncated: false };
  const lines: string[] = [];
  let current = '';
  let truncated = false;
  let index = 0;
  for (; index < words.length; index++) {
    const word = words[index] ?? '';
    const candidate = current === '' ? word : `${current} ${word}`;
    if (measure(candidate) <= options.maxWidthEm) {
      current = candidate;
      continue;
    }
    if (current !== '') {
      lines.push(current);
      if (lines.length === options.maxLines) break;
    }
    current = word;
    if (measure(word) > options.maxWidthEm) {
      current = truncateToWidth(word, options.maxWidthEm, measure);
      truncated = true;
    }
  }
  if (lines.length < options.maxLines && current !== '') {
    lines.push(current);
    index = words.length;
  }
  if (index < words.length) {
    // Words are left over: the last line takes as many as fit, then the ellipsis.
    const last = lines.pop() ?? '';
    const rest = [last, ...words.slice(index)].join(' ');
    lines.push(truncateToWidth(rest, options.maxWidthEm, measure));
    truncated = true;
  }
  let widthEm = 0;
  for (const line of lines) widthEm = Math.max(widthEm, measure(line));
  return { lines, widthEm, truncated };
}
