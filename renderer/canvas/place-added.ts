// Owns where entities added to an open graph first stand (an expansion from a SPARQL endpoint, an edit): around the neighbours already on the canvas, so the picture grows instead of being laid out again.

export interface Point {
  x: number;
  y: number;
}

/** Neighbour keys of an entity, in any order (both directions). */
export type NeighboursOf = (key: string) => Iterable<string>;

/** Angle between successive children of one anchor: the golden angle spreads any count evenly. */
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Positions for `added`, keyed by entity, given where the others stand. Each new entity goes on a spiral around the
 * mean of its already-placed neighbours (entities placed here count, so a chain grows outwards); one without any
 * placed neighbour goes on a spiral beside everything else. `spacing` is the distance between neighbours (a body
 * and its label's room). Deterministic: the same input gives the same picture.
 */
export function placeAdded(
  added: readonly string[],
  placed: ReadonlyMap<string, Point>,
  neighboursOf: NeighboursOf,
  spacing: number,
): Map<string, Point> {
  const result = new Map<string, Point>();
  const where = (key: string) => result.get(key) ?? placed.get(key);
  const children = new Map<string, number>();
  const ring = (centre: Point, anchor: string): Point => {
    const k = children.get(anchor) ?? 0;
    children.set(anchor, k + 1);
    const radius = spacing * (1.5 + 0.5 * Math.sqrt(k));
    const angle = k * GOLDEN_ANGLE;
    return { x: centre.x + radius * Math.cos(angle), y: centre.y + radius * Math.sin(angle) };
  };
  let pending = added.filter((key) => !placed.has(key));
  // Breadth-first from what stands: each pass places every entity with a placed neighbour.
  for (;;) {
    const next: string[] = [];
    let progressed = false;
    for (const key of pending) {
      let sx = 0;
      let sy = 0;
      let n = 0;
      let anchor: string | null = null;
      for (const other of neighboursOf(key)) {
        const p = where(other);
        if (!p || other === key) continue;
        sx += p.x;
        sy += p.y;
        n++;
        if (anchor === null || other < anchor) anchor = other;
      }
      if (n === 0 || anchor === null) {
        next.push(key);
        continue;
      }
      result.set(key, ring({ x: sx / n, y: sy / n }, anchor));
      progressed = true;
    }
    pending = next;
    if (!progressed || pending.length === 0) break;
  }
  if (pending.length > 0) {
    // Unconnected to anything on the canvas: beside the rest, right of its bounds.
    let maxX = Number.NEGATIVE_INFINITY;
    let sumY = 0;
    let count = 0;
    for (const p of [...placed.values(), ...result.values()]) {
      maxX = Math.max(maxX, p.x);
      sumY += p.y;
      count++;
    }
    const centre = count === 0 ? { x: 0, y: 0 } : { x: maxX + spacing * 3, y: sumY / count };
    for (const key of pending) result.set(key, ring(centre, '\u0000outside'));
  }
  return result;
}
