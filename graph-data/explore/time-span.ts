// Owns reading the year span of an entity or relation (its period, else its single year) and the graph's overall year bounds.
import type { AtlasGraph } from '../model/atlas-graph';
import type { YearRange } from './view-types';

interface Timed {
  year?: number | undefined;
  period?: { start: number; end: number } | undefined;
}

export function timeSpan(attrs: Timed): YearRange | null {
  if (attrs.period) return [attrs.period.start, attrs.period.end];
  if (attrs.year !== undefined) return [attrs.year, attrs.year];
  return null;
}

/** True when the element carries no time at all (it is timeless, so a period filter keeps it) or overlaps the range. */
export function overlapsRange(attrs: Timed, range: YearRange | null): boolean {
  if (!range) return true;
  const span = timeSpan(attrs);
  if (!span) return true;
  return span[0] <= range[1] && span[1] >= range[0];
}

/** Smallest and largest year over every entity and relation that carries one; null when none does. */
export function yearBounds(graph: AtlasGraph): YearRange | null {
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  const visit = (attrs: Timed) => {
    const span = timeSpan(attrs);
    if (!span) return;
    min = Math.min(min, span[0]);
    max = Math.max(max, span[1]);
  };
  graph.forEachNode((_, attrs) => visit(attrs));
  graph.forEachEdge((_, attrs) => visit(attrs));
  return min <= max ? [min, max] : null;
}

export function formatSpan(
  attrs: Timed & { period?: { start: number; end: number; label?: string | undefined } },
): string {
  const span = timeSpan(attrs);
  if (!span) return '';
  const years = span[0] === span[1] ? String(span[0]) : `${span[0]}–${span[1]}`;
  const label = attrs.period?.label;
  return label && label !== years ? `${label} (${years})` : years;
}
