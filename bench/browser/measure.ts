// Owns one measured side of the browser bench: open a file through the page's "Open graph file" button, time it to the first painted frame, pan and zoom with real mouse input, read the heap after a forced GC.
import type { Browser, Page } from '@playwright/test';
import type { GraphFile } from './graph-files';
import type { Condition, FrameStats, WaitResult } from './page-probe';

export type SideName = 'app' | 'plain-canvas' | 'plain-webgl';

export interface BenchSetup {
  browser: Browser;
  appUrl: string;
  baselineUrl: string;
  /** The page probe, bundled, added before any page script. */
  probeScript: string;
  viewport: { width: number; height: number };
  /** Size given to the baseline's Cytoscape container: the app's canvas measured in the same run. */
  canvas: { width: number; height: number };
  openTimeoutMs: number;
  /** One mouse or wheel event that the page has not handled after this long ends the pan/zoom measurement. */
  inputTimeoutMs: number;
  panMs: number;
  zoomMs: number;
}

export interface TimedStep {
  /** From the user's input (file chosen, click, slider change) until the result is painted. */
  ms: number;
  /** From the input until the page first saw the result (before that frame was painted). */
  metMs: number;
  /** The longest main-thread task overlapping that interval (0: none over 50 ms). */
  longestTaskMs: number;
}

export type InputWindow = FrameStats & {
  longestTaskMs: number;
  /** Input events sent in the window. */
  events: number;
  /** An event was not handled within the input timeout: input stopped there, and the window lasted until the page answered. */
  stalled: boolean;
};

export interface PanZoom {
  drag: InputWindow;
  /** Null when the drag stalled: the wheel was not tried. */
  wheel: InputWindow | null;
  /** Frames per second over drag and wheel together. */
  fps: number;
  longestTaskMs: number;
  /** Where the drag started: on empty canvas (a pan), or at the centre when no empty spot was found. */
  dragStart: 'empty' | 'centre';
}

export interface SideResult {
  side: SideName;
  graph: string;
  ok: boolean;
  error?: string;
  canvas?: { width: number; height: number };
  open?: TimedStep & {
    nodesDrawn: number;
    edgesDrawn: number;
    /** Regions the app drew for a graph drawn as regions (their entities are not in nodesDrawn). */
    regionsDrawn?: number;
    /** From the painted result until the page stopped working (500 ms of frames ≤ 100 ms apart), before panning. */
    busyAfterMs: number;
    /** The longest task in that time. */
    busyAfterLongestTaskMs: number;
    /** The page was still busy when the bench stopped waiting (30 s) and started panning. */
    busyAfterCapped: boolean;
    parseMs?: number;
    buildMs?: number;
  };
  panZoom?: PanZoom;
  heapMB?: number;
  extras?: Record<string, ExtraStep>;
  /** Why the app-only steps stopped early (the steps before it are kept). */
  extrasError?: string;
}

export type ExtraStep = TimedStep & { detail?: string };

export class StepTimeout extends Error {}

export function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new StepTimeout(`${what}: no result after ${Math.round(ms / 1000)} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

type Mark = 'fileChosenAt' | 'lastClickAt' | 'lastChangeAt';

/** Starts waiting in the page before `action`, so nothing the action triggers happens unobserved. */
export async function timeStep(
  page: Page,
  condition: Condition,
  mark: Mark,
  action: () => Promise<void>,
  timeoutMs: number,
  what: string,
): Promise<TimedStep> {
  await page.evaluate((key) => {
    if (window.__bench) window.__bench[key] = null;
  }, mark);
  const waiting = page.evaluate((c) => {
    if (!window.__bench) throw new Error('the bench probe is not installed');
    return window.__bench.waitFor(c);
  }, condition);
  // On a timeout the context is closed with this evaluate still pending: its rejection is expected, not a crash.
  waiting.catch(() => undefined);
  await action();
  const result: WaitResult = await withTimeout(waiting, timeoutMs, what);
  const startedAt = await page.evaluate((key) => window.__bench?.[key] ?? null, mark);
  if (startedAt === null) throw new Error(`${what}: the page saw no ${mark.replace(/At$/, '')} event`);
  const longestTaskMs = await page.evaluate(([from, to]) => window.__bench?.longestTask(from, to) ?? 0, [
    startedAt,
    result.paintedAt,
  ] as const);
  return { ms: result.paintedAt - startedAt, metMs: result.metAt - startedAt, longestTaskMs };
}

async function chooseFile(page: Page, path: string): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open graph file' }).click();
  await (await chooser).setFiles(path);
}

/** Whether `promise` settles within `ms`; it keeps running either way (its rejection is not reported). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  const done = promise.then(
    () => true as const,
    () => true as const,
  );
  return Promise.race([done, late]).finally(() => clearTimeout(timer));
}

export interface PanZoomTiming {
  panMs: number;
  zoomMs: number;
  inputTimeoutMs: number;
  /** How long to wait for a stalled page to answer before giving up on it. */
  answerTimeoutMs: number;
}

/** Real mouse input through CDP: each event waits until the page has handled it, as a user's would queue. */
export async function panAndZoom(page: Page, timing: PanZoomTiming): Promise<PanZoom> {
  // Cytoscape follows a drag on the window, so the drag may leave the canvas: the start only needs to be on it.
  const spot = await page.evaluate(() => window.__bench?.emptyPoint(12) ?? null);
  const box = await page.evaluate(() => window.__bench?.canvasBox() ?? null);
  if (!box) throw new Error('no canvas to pan');
  const start = spot ?? { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  /** Input paced like a real device (`everyMs` apart at most); a busy page makes each event wait for the last. */
  const windowed = async (ms: number, everyMs: number, step: (i: number) => Promise<void>): Promise<InputWindow> => {
    await page.evaluate(() => window.__bench?.startFrames());
    const began = Date.now();
    let events = 0;
    let stalled = false;
    while (Date.now() - began < ms) {
      const ahead = began + events * everyMs - Date.now();
      if (ahead > 0) await new Promise((done) => setTimeout(done, ahead));
      const sent = step(events++);
      // A page that takes minutes over one event is not panning: send nothing more, and let the window run until
      // the page answers (the frames counted then include the whole freeze).
      if (!(await settlesWithin(sent, timing.inputTimeoutMs))) {
        stalled = true;
        break;
      }
    }
    const stats = await withTimeout(
      page.evaluate(() => window.__bench?.stopFrames()),
      timing.answerTimeoutMs,
      'pan/zoom: the page did not answer after an input event',
    );
    if (!stats) throw new Error('the bench probe is not installed');
    const longestTaskMs = await page.evaluate(([from, to]) => window.__bench?.longestTask(from, to) ?? 0, [
      stats.startedAt,
      stats.endedAt,
    ] as const);
    return { ...stats, longestTaskMs, events, stalled };
  };

  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  // A 60 Hz mouse drawing circles of 100 px from the start, 12° per event: the view pans back and forth.
  const drag = await windowed(timing.panMs, 1000 / 60, (i) => {
    const angle = (i * 12 * Math.PI) / 180;
    return page.mouse.move(start.x + 100 * Math.sin(angle), start.y - 100 + 100 * Math.cos(angle));
  });
  await page.mouse.up();
  let wheel: InputWindow | null = null;
  if (!drag.stalled) {
    await page.mouse.move(start.x, start.y);
    // A wheel turned 20 notches a second, five in, five out, repeated: the zoom level ends where it started.
    wheel = await windowed(timing.zoomMs, 50, (i) => page.mouse.wheel(0, Math.floor(i / 5) % 2 === 0 ? -100 : 100));
  }
  const frames = drag.frames + (wheel?.frames ?? 0);
  return {
    drag,
    wheel,
    fps: (frames * 1000) / (drag.elapsedMs + (wheel?.elapsedMs ?? 0)),
    longestTaskMs: Math.max(drag.longestTaskMs, wheel?.longestTaskMs ?? 0),
    dragStart: spot ? 'empty' : 'centre',
  };
}

export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usage.usedSize / (1024 * 1024);
}

/** What the canvas holds once the file is open (the app may drop edges whose id equals a node id). */
function drawnCounts(
  page: Page,
): Promise<{ nodesDrawn: number; edgesDrawn: number; regionsDrawn?: number; parseMs?: number; buildMs?: number }> {
  return page.evaluate(() => {
    const b = window.__baseline;
    if (b) return { nodesDrawn: b.nodes, edgesDrawn: b.edges, parseMs: b.parseMs, buildMs: b.buildMs };
    const counts = window.__atlas?.counts();
    const regions = window.__atlas?.regions().length ?? 0;
    return { nodesDrawn: counts?.nodes ?? -1, edgesDrawn: counts?.edges ?? -1, regionsDrawn: regions };
  });
}

/** Opens `file` in the app or in the plain Cytoscape page, then pans, zooms and reads the heap; `extras` runs after. */
export async function measureSide(
  setup: BenchSetup,
  side: SideName,
  file: GraphFile,
  extras?: (page: Page, into: Record<string, ExtraStep>) => Promise<void>,
): Promise<SideResult> {
  const context = await setup.browser.newContext({ viewport: setup.viewport });
  // A click is done when the page has handled it; on a big graph the handler can run for minutes.
  context.setDefaultTimeout(setup.openTimeoutMs);
  await context.addInitScript({ content: setup.probeScript });
  const page = await context.newPage();
  const result: SideResult = { side, graph: file.name, ok: false };
  try {
    if (side === 'app') {
      await page.goto(`${setup.appUrl}index.html`);
      await page.waitForFunction(() => window.__atlas?.ready === true, null, { timeout: 60_000 });
    } else {
      const query = new URLSearchParams({
        w: String(setup.canvas.width),
        h: String(setup.canvas.height),
        webgl: side === 'plain-webgl' ? '1' : '0',
        seed: String(file.seed),
      });
      await page.goto(`${setup.baselineUrl}baseline.html?${query}`);
      await page.waitForFunction(() => window.__benchView !== undefined, null, { timeout: 60_000 });
    }
    const condition: Condition =
      side === 'app' ? { kind: 'app-opened', nodes: file.nodes } : { kind: 'baseline-opened', nodes: file.nodes };
    const opened = await timeStep(
      page,
      condition,
      'fileChosenAt',
      () => chooseFile(page, file.path),
      setup.openTimeoutMs,
      `${side} opening ${file.name}`,
    );
    // Work the page does after showing the graph (metrics, overview, search index) is not the pan's: wait it out,
    // and say how long it took.
    const quiet = await page.evaluate(() => window.__bench?.waitQuiet(500, 30_000));
    const openedAt = await page.evaluate(() => window.__bench?.fileChosenAt ?? 0);
    const paintedAt = openedAt + opened.ms;
    const busyUntil = Math.max(paintedAt, quiet?.busyUntil ?? paintedAt);
    const busyAfterLongestTaskMs = await page.evaluate(([from, to]) => window.__bench?.longestTask(from, to) ?? 0, [
      paintedAt,
      busyUntil,
    ] as const);
    result.open = {
      ...opened,
      nodesDrawn: -1,
      edgesDrawn: -1,
      busyAfterMs: busyUntil - paintedAt,
      busyAfterLongestTaskMs,
      busyAfterCapped: quiet?.capped ?? true,
    };
    const box = await page.evaluate(() => window.__bench?.canvasBox() ?? null);
    if (box) result.canvas = { width: Math.round(box.width), height: Math.round(box.height) };
    // After the quiet wait: the app's counts() computes every element's style (`:visible`), a long task of its own.
    Object.assign(result.open, await drawnCounts(page));
    // The heap of the graph as opened, before panning fills caches (and before a pan that may never finish).
    result.heapMB = await heapAfterGc(page);
    result.panZoom = await panAndZoom(page, { ...setup, answerTimeoutMs: setup.openTimeoutMs });
    result.ok = true;
    if (extras) {
      result.extras = {};
      try {
        await extras(page, result.extras);
      } catch (error) {
        result.extrasError = error instanceof Error ? error.message : String(error);
      }
    }
  } catch (error) {
    result.error = error instanceof Error ? error.message : String(error);
  } finally {
    await context.close();
  }
  return result;
}
