// Owns the browser benchmark (issue "Big graphs stay smooth" §6): the built app and a plain Cytoscape.js page open the same generated GEXF files in Debian's Chromium, interleaved in one run; prints time to interactive, pan/zoom fps, longest tasks, heap and ratios, saves JSON.
// Environment: BROWSER_BENCH_SIZES, BROWSER_BENCH_HUGE, BROWSER_BENCH_BASELINE, BROWSER_BENCH_EXTRAS, BROWSER_BENCH_REPEATS,
// BROWSER_BENCH_PORT, BROWSER_BENCH_OPEN_TIMEOUT_S, BROWSER_BENCH_INPUT_TIMEOUT_S (README's Benchmarks section).
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { build } from 'esbuild';
import { startStaticServer } from '../main/launcher/static-server';
import config, { CHROMIUM_PATH } from '../playwright.config';
import { appExtras } from './browser/app-extras';
import { DEFAULT_SIZES, type GraphFile, HUGE_SIZE, parseSizes, writeGraphFiles } from './browser/graph-files';
import { type BenchSetup, measureSide, type SideName, type SideResult } from './browser/measure';
import { printExtras, printSummaries, summariseGraph } from './browser/report';

const root = resolve(import.meta.dirname, '..');
const here = join(root, 'bench', 'browser');
const work = join(tmpdir(), 'atlas-browser-bench');
const env = process.env;

const specs = parseSizes(
  `${env.BROWSER_BENCH_SIZES ?? DEFAULT_SIZES}${env.BROWSER_BENCH_HUGE === '1' ? `,${HUGE_SIZE}` : ''}`,
);
const baselineMode = env.BROWSER_BENCH_BASELINE ?? 'canvas';
const baselineSides: SideName[] =
  baselineMode === 'both'
    ? ['plain-canvas', 'plain-webgl']
    : baselineMode === 'webgl'
      ? ['plain-webgl']
      : ['plain-canvas'];
if (!['canvas', 'webgl', 'both'].includes(baselineMode))
  throw new Error('BROWSER_BENCH_BASELINE: canvas, webgl or both');
const sides: SideName[] = ['app', ...baselineSides];
const repeats = Math.max(1, Number(env.BROWSER_BENCH_REPEATS ?? 1));
const openTimeoutMs = Number(env.BROWSER_BENCH_OPEN_TIMEOUT_S ?? 240) * 1000;
const port = Number(env.BROWSER_BENCH_PORT ?? 0);
/** The app-only steps run on these graphs; by default the biggest graph with positions up to 30k nodes. */
const extrasOn = (() => {
  if (env.BROWSER_BENCH_EXTRAS === 'none') return new Set<string>();
  if (env.BROWSER_BENCH_EXTRAS) return new Set(parseSizes(env.BROWSER_BENCH_EXTRAS).map((s) => s.name));
  const candidates = specs.filter((s) => s.positions && s.ids === 'distinct' && s.nodes <= 30_000);
  const biggest = candidates.sort((a, b) => b.nodes - a.nodes)[0];
  return new Set(biggest ? [biggest.name] : []);
})();
/** Issue 11 measured on a canvas of about 820×710; at 1400×900 the app's canvas is 900×773, and the plain page gets the size measured in the same run. */
const viewport = { width: 1400, height: 900 };

const dist = join(root, 'dist', 'renderer');
if (!existsSync(join(dist, 'index.html'))) throw new Error('dist/renderer is missing: run `npm run build` first');

async function bundle(): Promise<string> {
  const out = join(work, 'baseline');
  mkdirSync(out, { recursive: true });
  const common = { bundle: true, platform: 'browser', target: 'chrome120', logLevel: 'warning' } as const;
  await build({ ...common, entryPoints: [join(here, 'baseline-entry.ts')], outfile: join(out, 'baseline.js') });
  copyFileSync(join(here, 'baseline.html'), join(out, 'baseline.html'));
  const probe = await build({ ...common, entryPoints: [join(here, 'page-probe.ts')], format: 'iife', write: false });
  return probe.outputFiles[0]?.text ?? '';
}

const gitCommit = () => {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
};

const probeScript = await bundle();
const files = writeGraphFiles(specs, join(work, 'graphs'), 20_260_101);
const appServer = await startStaticServer(dist, port);
const baselineServer = await startStaticServer(join(work, 'baseline'), port === 0 ? 0 : port + 1);
const launchArgs = config.use?.launchOptions?.args ?? [];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: launchArgs });
const started = new Date();
const loadBefore = loadavg();
console.log(
  `Chromium ${browser.version()} (${CHROMIUM_PATH}), viewport ${viewport.width}×${viewport.height}, ` +
    `dist/renderer built ${statSync(join(dist, 'index.html')).mtime.toISOString()}, commit ${gitCommit()}, ` +
    `load average ${loadBefore.map((l) => l.toFixed(1)).join(' ')}`,
);
for (const f of files) {
  console.log(
    `  ${f.name}: ${(f.bytes / 1e6).toFixed(1)} MB GEXF, ${f.collidingEdgeIds} edge ids equal to node ids` +
      `${extrasOn.has(f.name) ? ', app-only steps' : ''}`,
  );
}

const setup: BenchSetup = {
  browser,
  appUrl: appServer.url,
  baselineUrl: baselineServer.url,
  probeScript,
  viewport,
  canvas: { width: 820, height: 710 },
  openTimeoutMs,
  inputTimeoutMs: Number(env.BROWSER_BENCH_INPUT_TIMEOUT_S ?? 30) * 1000,
  panMs: 2500,
  zoomMs: 2000,
};

/** A Gephi-numbered file's plain-page twin: the same graph with distinct edge ids, when it is in the list. */
const twinOf = (file: GraphFile) =>
  file.ids === 'gephi'
    ? files.find(
        (f) =>
          f.ids === 'distinct' && f.nodes === file.nodes && f.edges === file.edges && f.positions === file.positions,
      )
    : undefined;

const results: SideResult[] = [];
const stamp = started.toISOString().replace(/:/g, '').slice(0, 15);
const out = join(root, 'bench', 'results', `browser-bench-${stamp}.json`);
/** Saved after every side, so a run stopped half-way keeps what it measured. */
function save(): void {
  const summaries = files.map((file) => summariseGraph(file, results, sides, twinOf(file)?.name));
  mkdirSync(join(root, 'bench', 'results'), { recursive: true });
  const report = {
    started: started.toISOString(),
    seconds: (Date.now() - started.getTime()) / 1000,
    commit: gitCommit(),
    chromium: `${CHROMIUM_PATH} ${browser.version()}`,
    viewport,
    loadAverage: { before: loadBefore, now: loadavg() },
    settings: { sizes: specs.map((s) => s.name), baseline: baselineMode, repeats, extras: [...extrasOn] },
    summaries,
    runs: results,
  };
  writeFileSync(out, `${JSON.stringify(report, null, 2)}\n`);
}

try {
  for (const [index, file] of files.entries()) {
    const twin = twinOf(file);
    const fileSides = twin ? sides.filter((s) => s === 'app') : sides;
    for (let repeat = 0; repeat < repeats; repeat++) {
      // Alternate which side goes first, so neither always runs on the warmer (or more loaded) machine.
      const order = (index + repeat) % 2 === 0 ? fileSides : [...fileSides].reverse();
      for (const side of order) {
        const extras =
          side === 'app' && extrasOn.has(file.name)
            ? (page: Parameters<typeof appExtras>[0], into: Parameters<typeof appExtras>[3]) =>
                appExtras(page, file, openTimeoutMs, into)
            : undefined;
        const result = await measureSide(setup, side, file, extras);
        // The baseline's canvas is the app's, measured in this run once a file is open.
        if (side === 'app' && result.canvas) setup.canvas = result.canvas;
        results.push(result);
        save();
        const tti = result.open ? `${(result.open.ms / 1000).toFixed(2)} s` : 'not opened';
        const fps = result.panZoom ? `${result.panZoom.fps.toFixed(1)} fps` : '';
        const canvas = result.canvas ? `canvas ${result.canvas.width}×${result.canvas.height}` : '';
        console.log(`  ${file.name} ${side}: ${tti} ${fps} ${canvas}${result.error ? ` — ${result.error}` : ''}`);
      }
    }
  }
} finally {
  save();
  await browser.close();
  await appServer.close();
  await baselineServer.close();
}

const summaries = files.map((file) => summariseGraph(file, results, sides, twinOf(file)?.name));
console.log('');
printSummaries(summaries);
console.log('');
printExtras(results);
const canvases = [
  ...new Set(results.filter((r) => r.canvas).map((r) => `${r.side} ${r.canvas?.width}×${r.canvas?.height}`)),
];
console.log(`\ncanvas sizes: ${canvases.join(', ')}`);

console.log(`saved ${out} (${((Date.now() - started.getTime()) / 1000).toFixed(0)} s)`);
if (results.some((r) => !r.open)) process.exitCode = 1;
