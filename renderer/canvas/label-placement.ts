// Owns deciding which labels are drawn and where: a greedy pass in priority order that keeps a label only where it overlaps no drawn label, no other entity's body and stays inside the view.
import RBush from 'rbush';
import type { LabelText } from './label-text';

export interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
}

/** Where the label sits around its entity, tried in this order (a cartographer's point-label positions). */
export type Anchor =
  | 'below'
  | 'right'
  | 'left'
  | 'above'
  | 'below-right'
  | 'below-left'
  | 'above-right'
  | 'above-left'
  | 'centre';
export const ANCHORS: readonly Anchor[] = [
  'below',
  'right',
  'left',
  'above',
  'below-right',
  'below-left',
  'above-right',
  'above-left',
];

export interface LabelCandidate {
  key: string;
  /** An entity's label sits around its body; a relation's is centred on its middle point. */
  kind: 'node' | 'edge';
  /** Centre of the entity on screen, in pixels. */
  x: number;
  y: number;
  /** Half the entity's on-screen size. */
  radius: number;
  text: LabelText;
  /** Drawn dimmed (a faded entity while something else is emphasised). */
  faded: boolean;
}

export interface PlacedLabel extends Box {
  key: string;
  kind: 'node' | 'edge';
  lines: string[];
  /** On-screen font size in pixels. */
  px: number;
  anchor: Anchor;
  faded: boolean;
  truncated: boolean;
}

export interface PlacementOptions {
  /** The area labels must stay inside, in pixels. */
  width: number;
  height: number;
  fontPx: number;
  /** Line height in ems. */
  lineHeight: number;
  /** Gap between an entity's body and its label, in pixels. */
  gap: number;
  /** Room kept around each label so neighbours do not touch, in pixels. */
  padding: number;
  /** True when the box covers the body of an entity other than `key`. */
  hitsBody(box: Box, key: string): boolean;
  /** Stop after this many labels (keeps a frame cheap on huge views). */
  maxLabels: number;
  /** Stop after trying this many candidates… */
  maxCandidates: number;
  /** …or after this many in a row found no room: the view is full, the rest will not fit either. */
  maxMisses?: number;
  anchors?: readonly Anchor[];
  /** Font size of relation labels, in pixels (smaller than entity labels). */
  edgeFontPx?: number;
}

/** Labels already drawn in this frame: a later pass (relations after entities) must not overlap them. */
export interface Placement {
  placed: PlacedLabel[];
  index: RBush<Box>;
}

export function emptyPlacement(): Placement {
  return { placed: [], index: new RBush<Box>() };
}

function boxAt(anchor: Anchor, c: LabelCandidate, w: number, h: number, gap: number): Box {
  switch (anchor) {
    case 'below':
      return { minX: c.x - w / 2, minY: c.y + c.radius + gap, maxX: c.x + w / 2, maxY: c.y + c.radius + gap + h };
    case 'above':
      return { minX: c.x - w / 2, minY: c.y - c.radius - gap - h, maxX: c.x + w / 2, maxY: c.y - c.radius - gap };
    case 'right':
      return { minX: c.x + c.radius + gap, minY: c.y - h / 2, maxX: c.x + c.radius + gap + w, maxY: c.y + h / 2 };
    case 'left':
      return { minX: c.x - c.radius - gap - w, minY: c.y - h / 2, maxX: c.x - c.radius - gap, maxY: c.y + h / 2 };
    case 'centre':
      return { minX: c.x - w / 2, minY: c.y - h / 2, maxX: c.x + w / 2, maxY: c.y + h / 2 };
    default: {
      // Diagonals: the label's nearest corner just off the body's corner (0.7 ≈ cos 45°).
      const d = c.radius * 0.7 + gap;
      const right = anchor.endsWith('right');
      const below = anchor.startsWith('below');
      const minX = right ? c.x + d : c.x - d - w;
      const minY = below ? c.y + d : c.y - d - h;
      return { minX, minY, maxX: minX + w, maxY: minY + h };
    }
  }
}

function grow(box: Box, by: number): Box {
  return { minX: box.minX - by, minY: box.minY - by, maxX: box.maxX + by, maxY: box.maxY + by };
}

/**
 * Candidates arrive in priority order (the caller puts the selection, path, hover and search hits first, then
 * importance): an earlier label always wins its space, so what matters most is never crowded out.
 */
export function placeLabels(
  candidates: Iterable<LabelCandidate>,
  options: PlacementOptions,
  into: Placement = emptyPlacement(),
): PlacedLabel[] {
  const { placed, index } = into;
  const { gap, padding } = options;
  let tried = 0;
  let misses = 0;
  const maxMisses = options.maxMisses ?? Number.POSITIVE_INFINITY;
  for (const candidate of candidates) {
    if (placed.length >= options.maxLabels || tried >= options.maxCandidates || misses >= maxMisses) break;
    tried++;
    misses++;
    if (candidate.text.lines.length === 0) continue;
    const fontPx = candidate.kind === 'edge' ? (options.edgeFontPx ?? options.fontPx) : options.fontPx;
    const width = candidate.text.widthEm * fontPx;
    const height = candidate.text.lines.length * options.lineHeight * fontPx;
    const anchors: readonly Anchor[] = candidate.kind === 'edge' ? ['centre'] : (options.anchors ?? ANCHORS);
    for (const anchor of anchors) {
      const box = boxAt(anchor, candidate, width, height, gap);
      if (box.minX < 0 || box.minY < 0 || box.maxX > options.width || box.maxY > options.height) continue;
      const padded = grow(box, padding);
      if (index.collides(padded)) continue;
      if (options.hitsBody(box, candidate.key)) continue;
      index.insert(padded);
      placed.push({
        ...box,
        key: candidate.key,
        kind: candidate.kind,
        lines: candidate.text.lines,
        px: fontPx,
        anchor,
        faded: candidate.faded,
        truncated: candidate.text.truncated,
      });
      misses = 0;
      break;
    }
  }
  return placed;
}

/** A view is crowded when it holds this many times the labels it should get: a small view keeps its labels off bodies. */
const CROWDED_FACTOR = 4;

function crowded(candidates: Iterable<LabelCandidate>, atLeast: number): boolean {
  let count = 0;
  for (const _ of candidates) if (++count >= atLeast) return true;
  return false;
}

/**
 * Entity labels that avoid other entities' bodies; when fewer than `atLeast` fit that way in a crowded view (zoomed in
 * on a dense graph, where every gap between bodies is narrower than a label), the most important of the others are
 * placed over bodies until there are `atLeast`, still never over another label. Without it, zooming in on a 4,941-entity grid
 * showed 193 labels at the fit and none at all three zoom steps in: bodies had grown past the size where they become
 * obstacles (MIN_OBSTACLE_RADIUS_PX), and no label fitted between them.
 */
export function placeEntityLabels(
  candidates: () => Iterable<LabelCandidate>,
  options: PlacementOptions,
  atLeast: number,
  into: Placement = emptyPlacement(),
): PlacedLabel[] {
  placeLabels(candidates(), options, into);
  if (into.placed.length >= atLeast || !crowded(candidates(), atLeast * CROWDED_FACTOR)) return into.placed;
  const placedKeys = new Set(into.placed.map((label) => label.key));
  const rest = function* () {
    for (const candidate of candidates()) if (!placedKeys.has(candidate.key)) yield candidate;
  };
  return placeLabels(
    rest(),
    { ...options, maxLabels: Math.min(atLeast, options.maxLabels), hitsBody: () => false },
    into,
  );
}

/** Pairs of boxes that overlap (for tests and the legibility probe); a sweep over x keeps it near-linear. */
export function overlappingPairs(boxes: readonly Box[]): number {
  const sorted = [...boxes].sort((a, b) => a.minX - b.minX);
  let pairs = 0;
  for (let i = 0; i < sorted.length; i++) {
    const a = sorted[i];
    if (!a) continue;
    for (let j = i + 1; j < sorted.length; j++) {
      const b = sorted[j];
      if (!b || b.minX >= a.maxX) break;
      if (b.minY < a.maxY && a.minY < b.maxY) pairs++;
    }
  }
  return pairs;
}
