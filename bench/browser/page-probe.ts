// Owns the in-page side of the browser bench, injected before any page script: long tasks, input timestamps, "condition met and painted" waits, frame counting, and an empty spot to start a pan drag.
// Bundled by esbuild into an IIFE and added with Playwright's addInitScript, in the app and the baseline page alike.

export type Condition =
  /** The app shows a new graph: `__atlas.ready` and the status bar counts start with `N entities · `. */
  | { kind: 'app-opened'; nodes: number }
  /** The plain Cytoscape page has added and fitted the file's elements. */
  | { kind: 'baseline-opened'; nodes: number }
  /** The app's status bar counts match a regular expression (filters, focus). */
  | { kind: 'app-counts'; pattern: string }
  /** The app's "Running … layout" status appeared and went away again. */
  | { kind: 'app-layout-done' }
  /** An element's text equals `text` (the details panel's title after a selection). */
  | { kind: 'text'; selector: string; text: string };

export interface WaitResult {
  /** performance.now() of the animation frame that first saw the condition true. */
  metAt: number;
  /** performance.now() once the frame after that has been produced: the new state is on screen. */
  paintedAt: number;
}

export interface FrameStats {
  startedAt: number;
  endedAt: number;
  frames: number;
  elapsedMs: number;
  fps: number;
  /** The longest time between two frames (or the window's edges), in ms: what a user feels as a freeze. */
  maxGapMs: number;
}

/** What the probe needs from a view to find an empty spot: node positions in model units and the model→page map. */
export interface ProbeView {
  canvas(): Element | null;
  positions(): Record<string, { x: number; y: number }>;
  zoom(): number;
  nodeOnPage(id: string): { x: number; y: number } | null;
}

export interface BenchProbe {
  fileChosenAt: number | null;
  lastClickAt: number | null;
  lastChangeAt: number | null;
  waitFor(condition: Condition): Promise<WaitResult>;
  longestTask(from: number, to: number): number;
  /**
   * Resolves once frames have come at least every 100 ms for `quietMs` (or after `capMs`): the page has stopped
   * working. `busyUntil` is when the last slow frame ended.
   */
  waitQuiet(quietMs: number, capMs: number): Promise<{ busyUntil: number; capped: boolean }>;
  startFrames(): void;
  stopFrames(): FrameStats;
  emptyPoint(margin: number): { x: number; y: number; radius: number } | null;
  canvasBox(): { x: number; y: number; width: number; height: number } | null;
}

declare global {
  interface Window {
    __bench?: BenchProbe;
    __benchView?: ProbeView;
  }
}

const longTasks: { start: number; duration: number }[] = [];
const record = (list: PerformanceEntryList) => {
  for (const entry of list) longTasks.push({ start: entry.startTime, duration: entry.duration });
};
const observer = new PerformanceObserver((list) => record(list.getEntries()));
observer.observe({ type: 'longtask', buffered: true });

const statusText = () => document.querySelector('[aria-label="Graph counts"]')?.textContent ?? '';
const layoutRunning = () =>
  [...document.querySelectorAll('[role="status"]')].some((e) => /Running .* layout/.test(e.textContent ?? ''));

function conditionCheck(condition: Condition): () => boolean {
  switch (condition.kind) {
    case 'app-opened':
      return () => window.__atlas?.ready === true && statusText().startsWith(`${condition.nodes} entities · `);
    case 'baseline-opened':
      return () => window.__baseline?.ready === true && window.__baseline.nodes === condition.nodes;
    case 'app-counts': {
      const pattern = new RegExp(condition.pattern);
      return () => window.__atlas?.ready === true && pattern.test(statusText());
    }
    case 'app-layout-done': {
      let seen = false;
      return () => {
        if (layoutRunning()) seen = true;
        return seen && !layoutRunning();
      };
    }
    case 'text':
      return () => document.querySelector(condition.selector)?.textContent === condition.text;
  }
}

/** Resolves after the frame that follows the condition: rAF runs before paint, a message posted from it runs after. */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(null);
    });
  });
}

let frameTimes: number[] = [];
let framesStart = 0;
let counting = false;
const countFrame = (t: number) => {
  if (!counting) return;
  frameTimes.push(t);
  requestAnimationFrame(countFrame);
};

/** The app's probes, or the baseline page's own `__benchView`. */
function probeView(): ProbeView | null {
  if (window.__benchView) return window.__benchView;
  const atlas = window.__atlas;
  const explore = window.__atlasExplore;
  if (!atlas || !explore) return null;
  return {
    canvas: () => document.querySelector('[role="application"][aria-label="Graph canvas"]'),
    positions: () => atlas.positions(),
    zoom: () => atlas.zoom(),
    nodeOnPage: (id) => explore.nodeOnPage(id),
  };
}

const probe: BenchProbe = {
  fileChosenAt: null,
  lastClickAt: null,
  lastChangeAt: null,

  waitFor(condition) {
    const check = conditionCheck(condition);
    return new Promise((resolve) => {
      const poll = () => {
        if (!check()) {
          requestAnimationFrame(poll);
          return;
        }
        const metAt = performance.now();
        void afterNextPaint().then((paintedAt) => resolve({ metAt, paintedAt }));
      };
      requestAnimationFrame(poll);
    });
  },

  longestTask(from, to) {
    record(observer.takeRecords());
    let longest = 0;
    for (const task of longTasks) {
      if (task.start < to && task.start + task.duration > from) longest = Math.max(longest, task.duration);
    }
    return longest;
  },

  waitQuiet(quietMs, capMs) {
    const began = performance.now();
    return new Promise((resolve) => {
      let busyUntil = began;
      let previous = began;
      const frame = (t: number) => {
        if (t - previous > 100) busyUntil = t;
        previous = t;
        if (t - busyUntil >= quietMs || t - began >= capMs) resolve({ busyUntil, capped: t - busyUntil < quietMs });
        else requestAnimationFrame(frame);
      };
      requestAnimationFrame(frame);
    });
  },

  startFrames() {
    frameTimes = [];
    framesStart = performance.now();
    counting = true;
    requestAnimationFrame(countFrame);
  },

  stopFrames() {
    counting = false;
    const end = performance.now();
    const elapsedMs = end - framesStart;
    let maxGapMs = 0;
    let previous = framesStart;
    for (const t of [...frameTimes, end]) {
      maxGapMs = Math.max(maxGapMs, t - previous);
      previous = t;
    }
    return {
      startedAt: framesStart,
      endedAt: end,
      frames: frameTimes.length,
      elapsedMs,
      fps: (frameTimes.length * 1000) / elapsedMs,
      maxGapMs,
    };
  },

  /**
   * A page point at least `margin` px inside the canvas with no node under it, nearest the centre: a drag that starts
   * on a node moves the node instead of panning (edges let a pan through). Nodes are 30 model units wide in both
   * views (the app adds a 1.5 border) and Cytoscape's hit test adds 2 px; the fit's padding band is always free.
   */
  emptyPoint(margin) {
    const view = probeView();
    const box = view?.canvas()?.getBoundingClientRect();
    if (!view || !box) return null;
    const positions = view.positions();
    const zoom = view.zoom();
    const anchorId = Object.keys(positions)[0];
    const anchor = anchorId === undefined ? null : view.nodeOnPage(anchorId);
    const model = anchorId === undefined ? undefined : positions[anchorId];
    const radius = 17 * zoom + 3;
    const cell = Math.max(32, radius);
    const buckets = new Map<string, { x: number; y: number }[]>();
    if (anchor && model) {
      const offsetX = anchor.x - model.x * zoom;
      const offsetY = anchor.y - model.y * zoom;
      for (const p of Object.values(positions)) {
        const x = offsetX + p.x * zoom;
        const y = offsetY + p.y * zoom;
        if (x < box.left - cell || x > box.right + cell || y < box.top - cell || y > box.bottom + cell) continue;
        const key = `${Math.floor(x / cell)},${Math.floor(y / cell)}`;
        const list = buckets.get(key);
        if (list) list.push({ x, y });
        else buckets.set(key, [{ x, y }]);
      }
    }
    const canvas = view.canvas();
    const empty = (x: number, y: number) => {
      const cx = Math.floor(x / cell);
      const cy = Math.floor(y / cell);
      for (let i = cx - 1; i <= cx + 1; i++) {
        for (let j = cy - 1; j <= cy + 1; j++) {
          for (const p of buckets.get(`${i},${j}`) ?? []) if (Math.hypot(p.x - x, p.y - y) < radius) return false;
        }
      }
      // Overlays on the canvas (overview map, notices) would take the mouse down instead of the canvas.
      const hit = document.elementFromPoint(x, y);
      return hit !== null && canvas?.contains(hit) === true;
    };
    const centre = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
    let best: { x: number; y: number; d: number } | null = null;
    for (let x = box.left + margin; x <= box.right - margin; x += 4) {
      for (let y = box.top + margin; y <= box.bottom - margin; y += 4) {
        const d = Math.hypot(x - centre.x, y - centre.y);
        if ((!best || d < best.d) && empty(x, y)) best = { x, y, d };
      }
    }
    return best ? { x: best.x, y: best.y, radius } : null;
  },

  canvasBox() {
    const box = probeView()?.canvas()?.getBoundingClientRect();
    return box ? { x: box.left, y: box.top, width: box.width, height: box.height } : null;
  },
};

// Capture phase on window: the app's file input lives for one choice only and handlers may stop propagation.
window.addEventListener(
  'change',
  (event) => {
    const now = performance.now();
    probe.lastChangeAt = now;
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') probe.fileChosenAt = now;
  },
  true,
);
window.addEventListener(
  'click',
  () => {
    probe.lastClickAt = performance.now();
  },
  true,
);
window.__bench = probe;
