// Owns the browser bench's printed tables (per graph and side, medians over repeats, app/baseline ratios) and the summary saved as JSON.

import { median } from '../bench-stats';
import type { GraphFile } from './graph-files';
import type { SideName, SideResult } from './measure';

export interface SideSummary {
  side: SideName;
  runs: number;
  failed: string[];
  ttiS: number | null;
  openLongestTaskMs: number | null;
  /** Seconds of work after the graph is painted, until frames flow again (median; `capped` if any run hit 30 s). */
  busyAfterS: number | null;
  busyAfterLongestTaskMs: number | null;
  busyAfterCapped: boolean;
  panFps: number | null;
  zoomFps: number | null;
  panZoomFps: number | null;
  panZoomMaxGapMs: number | null;
  panZoomLongestTaskMs: number | null;
  /** Some run's page left an input event unhandled past the input timeout (no wheel after a stalled drag). */
  inputStalled: boolean;
  heapMB: number | null;
  nodesDrawn: number | null;
  regionsDrawn: number | null;
  edgesDrawn: number | null;
  dragStart: string | null;
}

export interface GraphSummary {
  graph: string;
  /** The graph whose plain-page runs are shown for this one (itself unless only its edge ids differ). */
  plainMeasuredOn: string;
  file: { nodes: number; edges: number; positions: boolean; ids: string; bytes: number; collidingEdgeIds: number };
  sides: SideSummary[];
  /** app / plain Cytoscape (canvas) for TTI, fps and heap; plain WebGL / plain canvas when both ran. */
  ratios: Record<string, number | null>;
}

function medianOrNull(values: number[]): number | null {
  return values.length === 0 ? null : median(values);
}

function summarise(side: SideName, runs: SideResult[]): SideSummary {
  // Every value a run measured counts, also from a run that failed later (a pan that never finished still opened).
  const pick = (f: (r: SideResult) => number | undefined) =>
    medianOrNull(runs.map(f).filter((v): v is number => v !== undefined));
  const opened = runs.filter((r) => r.open);
  return {
    side,
    runs: runs.length,
    failed: runs.filter((r) => !r.ok).map((r) => r.error ?? 'failed'),
    ttiS: medianOrNull(opened.map((r) => (r.open?.ms ?? 0) / 1000)),
    openLongestTaskMs: medianOrNull(opened.map((r) => r.open?.longestTaskMs ?? 0)),
    busyAfterS: medianOrNull(opened.map((r) => (r.open?.busyAfterMs ?? 0) / 1000)),
    busyAfterLongestTaskMs: medianOrNull(opened.map((r) => r.open?.busyAfterLongestTaskMs ?? 0)),
    busyAfterCapped: opened.some((r) => r.open?.busyAfterCapped),
    panFps: pick((r) => r.panZoom?.drag.fps),
    zoomFps: pick((r) => r.panZoom?.wheel?.fps),
    panZoomFps: pick((r) => r.panZoom?.fps),
    panZoomMaxGapMs: pick((r) =>
      r.panZoom ? Math.max(r.panZoom.drag.maxGapMs, r.panZoom.wheel?.maxGapMs ?? 0) : undefined,
    ),
    inputStalled: runs.some((r) => r.panZoom?.drag.stalled || r.panZoom?.wheel?.stalled),
    panZoomLongestTaskMs: pick((r) => r.panZoom?.longestTaskMs),
    heapMB: pick((r) => r.heapMB),
    nodesDrawn: medianOrNull(opened.map((r) => r.open?.nodesDrawn ?? 0)),
    regionsDrawn: medianOrNull(opened.map((r) => r.open?.regionsDrawn ?? 0)),
    edgesDrawn: medianOrNull(opened.map((r) => r.open?.edgesDrawn ?? 0)),
    dragStart: runs.find((r) => r.panZoom)?.panZoom?.dragStart ?? null,
  };
}

const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || b === 0 ? null : a / b;

/**
 * `plainFrom`: the graph whose plain-page runs stand for this one. The plain page makes its own edge ids, so a file
 * that differs only in its edge ids (Gephi-numbered) gives it the same elements; it is measured once.
 */
export function summariseGraph(
  file: GraphFile,
  results: SideResult[],
  sides: SideName[],
  plainFrom = file.name,
): GraphSummary {
  const summaries = sides.map((side) =>
    summarise(
      side,
      results.filter((r) => r.side === side && r.graph === (side === 'app' ? file.name : plainFrom)),
    ),
  );
  const by = (side: SideName) => summaries.find((s) => s.side === side);
  const app = by('app');
  const canvas = by('plain-canvas');
  const webgl = by('plain-webgl');
  const ratios: Record<string, number | null> = {};
  const plain = canvas ?? webgl;
  if (app && plain) {
    ratios.ttiAppOverPlain = ratio(app.ttiS, plain.ttiS);
    ratios.panZoomFpsAppOverPlain = ratio(app.panZoomFps, plain.panZoomFps);
    ratios.heapAppOverPlain = ratio(app.heapMB, plain.heapMB);
  }
  if (canvas && webgl) {
    ratios.ttiWebglOverCanvas = ratio(webgl.ttiS, canvas.ttiS);
    ratios.panZoomFpsWebglOverCanvas = ratio(webgl.panZoomFps, canvas.panZoomFps);
  }
  return {
    graph: file.name,
    plainMeasuredOn: plainFrom,
    file: {
      nodes: file.nodes,
      edges: file.edges,
      positions: file.positions,
      ids: file.ids,
      bytes: file.bytes,
      collidingEdgeIds: file.collidingEdgeIds,
    },
    sides: summaries,
    ratios,
  };
}

const num = (v: number | null, digits = 1) => (v === null ? '—' : v.toFixed(digits));
const times = (v: number | null | undefined) => (v === null || v === undefined ? '—' : `${v.toFixed(2)}×`);

/** A Markdown table, padded: readable in a terminal and pasted as is into notes and issues. */
function table(rows: string[][]): string {
  const widths = rows[0]?.map((_, i) => Math.max(3, ...rows.map((r) => (r[i] ?? '').length))) ?? [];
  const line = (r: string[]) => `| ${r.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const [head = [], ...body] = rows;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...body.map(line)].join('\n');
}

export function printSummaries(summaries: GraphSummary[]): void {
  const rows: string[][] = [
    [
      'graph',
      'side',
      'TTI s',
      'open: longest task ms',
      'busy after s',
      'busy after: longest task ms',
      'pan fps',
      'zoom fps',
      'pan+zoom fps',
      'longest frame gap ms',
      'pan+zoom: longest task ms',
      'heap MB',
      'drawn nodes / edges (file)',
    ],
  ];
  for (const g of summaries) {
    for (const s of g.sides) {
      rows.push([
        g.graph,
        s.side +
          (s.side !== 'app' && g.plainMeasuredOn !== g.graph ? ' (same run as above)' : '') +
          (s.failed.length > 0 ? ` (${s.failed.length} failed)` : ''),
        num(s.ttiS, 2),
        num(s.openLongestTaskMs, 0),
        `${num(s.busyAfterS, 2)}${s.busyAfterCapped ? ' (capped)' : ''}`,
        num(s.busyAfterLongestTaskMs, 0),
        num(s.panFps),
        num(s.zoomFps),
        `${num(s.panZoomFps)}${s.inputStalled ? ' (stalled)' : ''}`,
        num(s.panZoomMaxGapMs, 0),
        num(s.panZoomLongestTaskMs, 0),
        num(s.heapMB, 0),
        `${num(s.nodesDrawn, 0)} / ${num(s.edgesDrawn, 0)}${s.regionsDrawn ? ` + ${num(s.regionsDrawn, 0)} regions` : ''} (${g.file.nodes} / ${g.file.edges})`,
      ]);
    }
    if (g.ratios.ttiAppOverPlain !== undefined) {
      rows.push([
        g.graph,
        'app / plain',
        times(g.ratios.ttiAppOverPlain),
        '',
        '',
        '',
        '',
        '',
        times(g.ratios.panZoomFpsAppOverPlain),
        '',
        '',
        times(g.ratios.heapAppOverPlain),
        '',
      ]);
    }
    if (g.ratios.ttiWebglOverCanvas !== undefined) {
      rows.push([
        g.graph,
        'plain webgl / canvas',
        times(g.ratios.ttiWebglOverCanvas),
        '',
        '',
        '',
        '',
        '',
        times(g.ratios.panZoomFpsWebglOverCanvas),
        '',
        '',
        '',
        '',
      ]);
    }
  }
  console.log(table(rows));
  if (summaries.some((g) => g.sides.some((s) => s.inputStalled))) {
    console.log(
      '  (stalled): an input event waited over the input timeout; input stopped, frames counted until the page answered',
    );
  }
  for (const g of summaries) {
    for (const s of g.sides) for (const f of s.failed) console.log(`  ${g.graph} ${s.side} failed: ${f}`);
  }
}

export function printExtras(results: SideResult[]): void {
  const rows: string[][] = [
    ['graph', 'app step', 'until painted ms', 'until seen ms', 'longest task ms', 'counts after'],
  ];
  for (const r of results) {
    for (const [name, step] of Object.entries(r.extras ?? {})) {
      rows.push([r.graph, name, num(step.ms, 0), num(step.metMs, 0), num(step.longestTaskMs, 0), step.detail ?? '']);
    }
  }
  if (rows.length > 1) console.log(table(rows));
  for (const r of results) if (r.extrasError) console.log(`  ${r.graph} app-only steps stopped: ${r.extrasError}`);
}
