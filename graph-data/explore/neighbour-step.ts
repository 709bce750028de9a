// Owns keyboard moves on the canvas: which neighbour lies in the direction of an arrow key from the selected entity.

export type ArrowDirection = 'up' | 'down' | 'left' | 'right';

const ANGLES: Record<ArrowDirection, number> = { right: 0, down: Math.PI / 2, left: Math.PI, up: -Math.PI / 2 };

export interface PlacedNode {
  id: string;
  x: number;
  y: number;
}

/**
 * The neighbour within ±75° of the arrow's direction that is best aligned, distance breaking ties;
 * when none lies that way, null (the caller then keeps the selection).
 */
export function neighbourInDirection(
  origin: PlacedNode,
  neighbours: PlacedNode[],
  arrow: ArrowDirection,
): string | null {
  const wanted = ANGLES[arrow];
  let best: { id: string; score: number } | null = null;
  for (const n of neighbours) {
    if (n.id === origin.id) continue;
    const dx = n.x - origin.x;
    const dy = n.y - origin.y;
    const distance = Math.hypot(dx, dy);
    if (distance === 0) continue;
    let delta = Math.abs(Math.atan2(dy, dx) - wanted);
    if (delta > Math.PI) delta = 2 * Math.PI - delta;
    if (delta > (75 * Math.PI) / 180) continue;
    // Angle dominates; distance only separates neighbours at similar angles.
    const score = delta * 1000 + distance / 1000;
    if (!best || score < best.score) best = { id: n.id, score };
  }
  return best?.id ?? null;
}
