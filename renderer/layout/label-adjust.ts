// Owns the label-aware finish of a force layout (after Gephi's "label adjust"): in the window's own pixels at the fit zoom, entities whose body-plus-label boxes overlap are pushed apart, staying inside the window, so the default view can label them all.
import RBush from 'rbush';
import type { Positions } from '../../graph-data/explore/view-types';
import { boundsOf, fitViewport, innerArea } from '../canvas/fit-viewport';
import type { MeasureEm } from '../canvas/label-text';
import { DEFAULT_WRAP, wrapLabel } from '../canvas/label-text';
import { labelFontPx } from '../canvas/level-of-detail';

export interface AdjustNode {
  id: string;
  size: number;
  label: string;
  /** Higher first: where not every label fits, the most important ones get the room. */
  importance: number;
}

export interface AdjustOptions {
  width: number;
  height: number;
  measure: MeasureEm;
  /** The fit never magnifies past this (the view's own cap). */
  maxZoom: number;
  lineHeight: number;
  /** Gap between a body and its label, and the margin kept around each box, in pixels. */
  gap: number;
  margin: number;
  maxIterations: number;
  /**
   * Share of the fitted area that label boxes may claim. Labels are given room in order of importance until this
   * budget is spent; the rest keep room for their bodies only (the label placement may still find them a spot).
   */
  maxFill: number;
  /** Date.now() after which no further round starts (what stands is kept): dense graphs would take many seconds. */
  deadline?: number;
  /**
   * Stop early, as `abandoned`, once the boxes are plainly not coming apart (see STUCK_ROUND): for tries whose failure
   * is thrown away anyway.
   */
  giveUpWhenStuck?: boolean;
}

export const DEFAULT_ADJUST: Omit<AdjustOptions, 'width' | 'height' | 'measure' | 'maxZoom'> = {
  lineHeight: 1.2,
  gap: 3,
  margin: 3,
  maxIterations: 800,
  maxFill: 0.65,
};

/** Share of the larger overlap pushed along the other axis (see `separate`). */
const SIDE_PUSH = 0.15;

/** The label-aware finish of a layout gives up trying for more room after this long (issue 11: a readable layout in ≤ 3 s). */
export const LABEL_ADJUST_MAX_MS = 1500;

/**
 * A try that gives up when stuck still has, at this round, at least STUCK_SHARE of the overlaps of its first round.
 * Measured over 240 tries (the embedded graph and 15 random graphs of 100–1,500 entities, fcose or ForceAtlas2, at
 * three window sizes): every try that came apart had at most 0.61 of them left at round 50, and the most generous
 * budget, tried after the smallest jammed, never came apart (36 of 36), 150–470 ms each; on 500/18k it still had
 * 0.90–1.0 of them. With the rule, labelAdjustBest's result was identical on those 48 layouts and on 57 more from
 * other seeds and sizes, and took 0.2–0.8 s less from 450 entities up (500/18k: 0.55–0.70 s down to 0.22–0.35 s).
 */
export const STUCK_ROUND = 50;
export const STUCK_SHARE = 0.65;

/** Budgets tried from the most generous down: the first whose boxes all come apart wins. */
export const FILL_BUDGETS = [0.75, 0.65, 0.55, 0.45, 0.35];

/**
 * Gives as many labels room as can be had: keeps the most generous budget in FILL_BUDGETS whose budgeted boxes all
 * came apart (a jammed layout helps no label). The smallest budget is tried first. When it comes apart, the budgets
 * are tried from the most generous down, as before. When it does not, only the most generous is tried as well (a
 * larger budget sometimes comes apart where a smaller one jams: 300 entities / 600 relations at 1400×900), and the
 * smallest's result stands if that fails too. Measured on 500 entities / 18,000 relations at 820×710: all five
 * budgets ran their 400 rounds and failed, 1.0 s of which only the last try was kept. Rounds per try shrink with the
 * graph's size, and every try but the smallest's gives up once it is plainly stuck (STUCK_ROUND).
 */
export function labelAdjustBest(
  positions: Positions,
  nodes: readonly AdjustNode[],
  options: Omit<AdjustOptions, 'maxFill'>,
): AdjustResult {
  const rounds = Math.max(40, Math.min(options.maxIterations, Math.floor(200_000 / Math.max(nodes.length, 1))));
  const deadline = options.deadline ?? Date.now() + LABEL_ADJUST_MAX_MS;
  // Only the floor runs to the end whatever happens: any other try that fails is thrown away.
  const attempt = (maxFill: number, giveUpWhenStuck = true) =>
    labelAdjust(positions, nodes, { ...options, maxFill, maxIterations: rounds, deadline, giveUpWhenStuck });
  const smallest = FILL_BUDGETS[FILL_BUDGETS.length - 1] ?? DEFAULT_ADJUST.maxFill;
  const floor = attempt(smallest, false);
  if (floor.skipped) return floor;
  const larger = FILL_BUDGETS.filter((budget) => budget > smallest);
  for (const maxFill of floor.overlaps === 0 ? larger : larger.slice(0, 1)) {
    if (Date.now() > deadline) break;
    const result = attempt(maxFill);
    if (result.overlaps === 0) return result;
  }
  return floor;
}

interface Box {
  minX: number;
  minY: number;
  maxX: number;
  maxY: number;
  index: number;
}

export interface AdjustResult {
  positions: Positions;
  /** Overlapping box pairs left when it stopped (0: every label given room fits at the fit zoom). */
  overlaps: number;
  iterations: number;
  /** How many entities were given room for their label. */
  labelled: number;
  skipped: boolean;
  /** Stopped at STUCK_ROUND (giveUpWhenStuck): `positions` are the input's, untouched. */
  abandoned?: boolean;
}

/**
 * Each entity is a box: its body, and its label below it at the font the fit zoom gives. Overlapping pairs move
 * apart along the axis where they overlap least (half each), centres stay inside the fitted area, repeated until no
 * pair overlaps. Working in screen pixels at the fit zoom is what makes it converge: labels do not grow with the
 * layout, the window does not either.
 */
export function labelAdjust(positions: Positions, nodes: readonly AdjustNode[], options: AdjustOptions): AdjustResult {
  const placed = nodes.filter((n) => positions[n.id]);
  const bounds = boundsOf(
    placed.flatMap((n) => {
      const p = positions[n.id] ?? { x: 0, y: 0 };
      const r = n.size / 2;
      return [
        { x: p.x - r, y: p.y - r },
        { x: p.x + r, y: p.y + r },
      ];
    }),
  );
  if (!bounds || placed.length < 2) return { positions, overlaps: 0, iterations: 0, labelled: 0, skipped: true };
  const { zoom, pan } = fitViewport(bounds, options.width, options.height, { min: 1e-6, max: options.maxZoom });
  const font = labelFontPx(zoom);
  const inner = innerArea(options.width, options.height);
  const xs = new Float64Array(placed.length);
  const ys = new Float64Array(placed.length);
  const halfWidth = new Float64Array(placed.length);
  const above = new Float64Array(placed.length);
  const below = new Float64Array(placed.length);
  const budget = options.maxFill * inner.width * inner.height;
  let area = 0;
  let labelled = 0;
  const byImportance = placed.map((node, i) => ({ node, i })).sort((a, b) => b.node.importance - a.node.importance);
  for (const { node, i } of byImportance) {
    const p = positions[node.id] ?? { x: 0, y: 0 };
    xs[i] = p.x * zoom + pan.x;
    ys[i] = p.y * zoom + pan.y;
    const r = (node.size * zoom) / 2;
    const text = wrapLabel(node.label, options.measure, DEFAULT_WRAP);
    const labelHeight = text.lines.length * options.lineHeight * font;
    const withLabel = {
      half: Math.max(r, (text.widthEm * font) / 2) + options.margin,
      below: r + (labelHeight > 0 ? options.gap + labelHeight : 0) + options.margin,
    };
    const boxArea = 2 * withLabel.half * (r + options.margin + withLabel.below);
    const fits = area + boxArea <= budget;
    halfWidth[i] = fits ? withLabel.half : r + options.margin;
    above[i] = r + options.margin;
    below[i] = fits ? withLabel.below : r + options.margin;
    area += 2 * (halfWidth[i] ?? 0) * ((above[i] ?? 0) + (below[i] ?? 0));
    if (fits) labelled++;
  }
  const boxOf = (i: number): Box => ({
    minX: (xs[i] ?? 0) - (halfWidth[i] ?? 0),
    maxX: (xs[i] ?? 0) + (halfWidth[i] ?? 0),
    minY: (ys[i] ?? 0) - (above[i] ?? 0),
    maxY: (ys[i] ?? 0) + (below[i] ?? 0),
    index: i,
  });
  const clampX = (x: number) => Math.min(inner.left + inner.width, Math.max(inner.left, x));
  const clampY = (y: number) => Math.min(inner.top + inner.height, Math.max(inner.top, y));
  /** Moves `i` by d (clamped) and returns how far it really moved. */
  const move = (i: number, axis: Float64Array, d: number, clamp: (v: number) => number): number => {
    const before = axis[i] ?? 0;
    axis[i] = clamp(before + d);
    return (axis[i] ?? 0) - before;
  };
  /** Moves i and j apart by `half` each along one axis; what one cannot move (held at the window's edge) the other takes on. */
  const push = (i: number, j: number, alongX: boolean, half: number) => {
    if (half <= 0) return;
    const [axis, clamp] = alongX ? [xs, clampX] : [ys, clampY];
    // Ties (same coordinate) split by index, so identical positions still separate.
    const sign = (axis[i] ?? 0) < (axis[j] ?? 0) || ((axis[i] ?? 0) === (axis[j] ?? 0) && i < j) ? -1 : 1;
    const movedI = move(i, axis, sign * half, clamp);
    move(j, axis, -sign * (2 * half - Math.abs(movedI)), clamp);
  };
  /** Rounds of pairwise pushes over the current boxes until none overlap; returns the pairs left and rounds run. */
  const separate = (
    maxRounds: number,
    giveUpWhenStuck = false,
  ): { overlaps: number; rounds: number; stuck: boolean } => {
    let overlaps = 0;
    let firstOverlaps = 0;
    let rounds = 0;
    for (; rounds < maxRounds; rounds++) {
      if (deadline !== undefined && rounds > 0 && Date.now() > deadline) break;
      const tree = new RBush<Box>();
      tree.load(placed.map((_, i) => boxOf(i)));
      overlaps = 0;
      // Gauss–Seidel: each pair is resolved against positions already moved this round, which settles crowded
      // spots in far fewer rounds than summing every push first (that oscillates around hubs).
      for (let i = 0; i < placed.length; i++) {
        for (const candidate of tree.search(boxOf(i))) {
          const j = candidate.index;
          if (j <= i) continue;
          const a = boxOf(i);
          const b = boxOf(j);
          const ox = Math.min(a.maxX, b.maxX) - Math.max(a.minX, b.minX);
          const oy = Math.min(a.maxY, b.maxY) - Math.max(a.minY, b.minY);
          if (ox <= 0 || oy <= 0) continue;
          overlaps++;
          const alongX = ox < oy;
          push(i, j, alongX, (alongX ? ox : oy) / 2 + 0.5);
          // A smaller push along the other axis lets a pile open out in both directions instead of jamming.
          push(i, j, !alongX, SIDE_PUSH * (alongX ? oy : ox));
        }
      }
      if (overlaps === 0) break;
      if (rounds === 0) firstOverlaps = overlaps;
      if (giveUpWhenStuck && rounds === STUCK_ROUND && overlaps >= STUCK_SHARE * firstOverlaps) {
        return { overlaps, rounds: rounds + 1, stuck: true };
      }
    }
    return { overlaps, rounds, stuck: false };
  };
  let deadline = options.deadline;
  const first = separate(options.maxIterations, options.giveUpWhenStuck);
  if (first.stuck)
    return { positions, overlaps: first.overlaps, iterations: first.rounds, labelled, skipped: false, abandoned: true };
  // The bodies-only pass below always runs to the end: no two bodies may touch, whatever the labels got.
  deadline = undefined;
  const overlaps = first.overlaps;
  const iterations = first.rounds;
  if (overlaps > 0) {
    // Not every label found room: at least no two bodies may touch. A last pass over bodies alone.
    for (let i = 0; i < placed.length; i++) {
      const r = (above[i] ?? 0) - options.margin;
      halfWidth[i] = r + 1;
      above[i] = r + 1;
      below[i] = r + 1;
    }
    separate(200);
  }
  const out: Positions = { ...positions };
  placed.forEach((node, i) => {
    out[node.id] = { x: ((xs[i] ?? 0) - pan.x) / zoom, y: ((ys[i] ?? 0) - pan.y) / zoom };
  });
  return { positions: out, overlaps, iterations, labelled, skipped: false };
}

/**
 * Most of the fitted area that bodies alone (with their margins) may claim before the label-aware finish. A force
 * layout is scaled to its mean relation length; on a dense graph (500 entities, 18,000 relations) that left the
 * bodies wanting about eleven times the window at the fit zoom: the finish could not separate them, ran out its time
 * and left entities piled along the window's diagonal. Spread to this share, the same graph came apart with no
 * overlap left in a fifth of the time; the embedded graph's bodies claim about 10%, so it is never spread.
 */
export const MAX_BODY_SHARE = 0.12;
/**
 * …but never so far that bodies fall under this many pixels at the fit zoom: spread to the share alone, 1,000
 * entities became 2 px specks. Where both cannot hold, bodies stay this size and the finish does what it can.
 */
export const MIN_SPREAD_BODY_PX = 8;

/**
 * The fit zoom spreadForBodies brings `count` bodies of diameter `size` to, where it spreads them at all: bodies (with
 * their margins) take MAX_BODY_SHARE of the fitted window, but are never drawn under MIN_SPREAD_BODY_PX. It depends on
 * no position, so a view can choose strokes for a force layout's finish before the layout has run.
 */
export function spreadFitZoom(
  count: number,
  size: number,
  window: { width: number; height: number; margin: number },
): number {
  const inner = innerArea(window.width, window.height);
  const budget = MAX_BODY_SHARE * inner.width * inner.height;
  const byBudget = (Math.sqrt(budget / Math.max(count, 1)) - 2 * window.margin) / size;
  return Math.max(byBudget, MIN_SPREAD_BODY_PX / size);
}

/**
 * Scales positions about their centre so that, at the zoom that fits them in a window of this size, bodies take at
 * most MAX_BODY_SHARE of its area: spreading the picture makes bodies smaller on screen, which is what makes room.
 * The shape is kept; a layout that already has room is returned as it is.
 */
export function spreadForBodies(
  positions: Positions,
  sizes: ReadonlyMap<string, number>,
  window: { width: number; height: number; maxZoom: number; margin: number },
): Positions {
  const points = Object.values(positions);
  const bounds = boundsOf(points);
  if (!bounds || points.length < 2) return positions;
  const inner = innerArea(window.width, window.height);
  const budget = MAX_BODY_SHARE * inner.width * inner.height;
  const cx = (bounds.x1 + bounds.x2) / 2;
  const cy = (bounds.y1 + bounds.y2) / 2;
  let mean = 0;
  for (const id of Object.keys(positions)) mean += sizes.get(id) ?? 0;
  mean /= points.length;
  let factor = 1;
  // The fit zoom is not proportional to the spread (padding, the zoom cap, bodies at the edges): a few refinements.
  for (let step = 0; step < 4; step++) {
    const scaled = {
      x1: cx + (bounds.x1 - cx) * factor,
      y1: cy + (bounds.y1 - cy) * factor,
      x2: cx + (bounds.x2 - cx) * factor,
      y2: cy + (bounds.y2 - cy) * factor,
    };
    const { zoom } = fitViewport(scaled, window.width, window.height, { min: 1e-6, max: window.maxZoom });
    let area = 0;
    for (const id of Object.keys(positions)) area += ((sizes.get(id) ?? 0) * zoom + 2 * window.margin) ** 2;
    // Past the zoom cap a spread shrinks bodies on screen in proportion; the smallest allowed size bounds it.
    const room = (mean * zoom) / MIN_SPREAD_BODY_PX;
    if (area <= budget * 1.01 || room <= 1.01) break;
    factor *= Math.min(Math.sqrt(area / budget), room);
  }
  if (factor === 1) return positions;
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions))
    out[id] = { x: cx + (p.x - cx) * factor, y: cy + (p.y - cy) * factor };
  return out;
}

/**
 * Bodies only, no labels: the anti-overlap pass for positions too dense to show at any visible size (a file's own
 * positions, or a big graph's force layout). graphology-layout-noverlap does this for circles but took 10 s on 3,000
 * nodes here; the same pairwise pass over an rbush, in the fit zoom's pixels, separated a 4,941-entity file in 12
 * rounds (0.7 s), moving entities by 1.7 units on average.
 */
export function separateBodies(
  positions: Positions,
  nodes: readonly { id: string; size: number }[],
  options: Pick<AdjustOptions, 'width' | 'height' | 'measure' | 'maxZoom'>,
): Positions {
  const rounds = Math.max(20, Math.min(300, Math.floor(2_000_000 / Math.max(nodes.length, 1))));
  return labelAdjust(
    positions,
    nodes.map((n) => ({ ...n, label: '', importance: 0 })),
    // No margin: bodies may touch, not cover each other.
    { ...DEFAULT_ADJUST, ...options, margin: 0, maxFill: 1, maxIterations: rounds },
  ).positions;
}
