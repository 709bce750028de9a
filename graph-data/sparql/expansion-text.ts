// Owns the per-expansion cap and how it reads ("showing 200 of 4,312 neighbours"): tiny, so the UI shows it without loading the SPARQL engine.

/** Neighbours per expansion unless the user asks otherwise: enough to see the shape, few enough to lay out at once. */
export const DEFAULT_EXPANSION_LIMIT = 200;
export const MAX_EXPANSION_LIMIT = 5000;

/** "showing 200 of 4,312 neighbours" (or "all 12 neighbours"). */
export function describeExpansion(page: { shown: number; total: number }): string {
  const format = (n: number) => n.toLocaleString('en-US');
  if (page.shown >= page.total) return `all ${format(page.total)} neighbour${page.total === 1 ? '' : 's'}`;
  return `showing ${format(page.shown)} of ${format(page.total)} neighbours`;
}
