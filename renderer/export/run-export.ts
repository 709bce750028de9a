// Owns one export from settings to saved file: optional seeded layout, render, blank checks, save through the host; also the preview image.
import type { SavedFile } from '../../graph-data/host-api';
import type { Host } from '../host/host';
import type { Theme } from '../canvas/canvas-style';
import { type ExportOptions, fileNameFor, outputSize, sizeProblem } from './export-options';
import { type ExportSource, prepareExport, renderTileCanvas, withTheme } from './export-page';
import { runSeededLayout } from './layout-seed';
import { savePdf } from './pdf-export';
import { exportPng } from './png-export';
import type { StitchProgress } from './stitch-png';
import { exportSvg } from './svg-export';

function nextFrames(count: number): Promise<void> {
  return new Promise((resolve) => {
    const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(count);
  });
}

export interface ExportTarget extends ExportSource {
  host: Host;
  documentName: string;
  theme: Theme;
}

export interface ExportResult {
  saved: SavedFile | null;
  bytes: number;
  milliseconds: number;
}

export async function runExport(
  target: ExportTarget,
  options: ExportOptions,
  onProgress?: (progress: StitchProgress) => void,
): Promise<ExportResult> {
  const started = performance.now();
  const { host, view, theme } = target;
  if (options.fixedSeed) {
    await runSeededLayout(view, target.graph, target.shown, options.seed);
    // Cytoscape recomputes edge paths while painting a frame; let it catch up with the moved nodes.
    await nextFrames(2);
  }
  const name = fileNameFor(target.documentName, options.format);
  // Vector formats keep page units; the scale only sets the SVG's nominal size.
  const prepared = prepareExport(target, options, theme);
  let saved: SavedFile | null;
  let bytes: number;
  if (options.format === 'png') {
    const problem = sizeProblem(prepared.width, prepared.height);
    if (problem) throw new Error(problem);
    const png = await exportPng(view, prepared, theme, onProgress);
    bytes = png.length;
    saved = await host.saveFileAs(name, 'png', png);
  } else {
    const svg = exportSvg(view, prepared, options, theme);
    bytes = svg.length;
    saved =
      options.format === 'svg'
        ? await host.saveFileAs(name, 'svg', svg)
        : await savePdf(host, name, svg, prepared.layout.width, prepared.layout.height);
  }
  return { saved, bytes, milliseconds: performance.now() - started };
}

function outputSizeAt(prepared: { layout: { width: number; height: number } }, scale: number) {
  return outputSize(prepared.layout.width, prepared.layout.height, scale);
}

/** A small PNG of exactly what the export will draw, scaled to fit `maxWidth` × `maxHeight`. */
export function renderPreview(
  target: Omit<ExportTarget, 'host' | 'documentName'>,
  options: ExportOptions,
  maxWidth: number,
  maxHeight: number,
): string {
  const { view, theme } = target;
  const full = prepareExport(target, options, theme, 1);
  const scale = Math.min(maxWidth / full.layout.width, maxHeight / full.layout.height, 1);
  // The same labels as the export (placed at its own scale), drawn small.
  const prepared = { ...full, ...outputSizeAt(full, scale), scale };
  const tile = { x: 0, y: 0, width: prepared.width, height: prepared.height, row: 0, column: 0 };
  return withTheme(view, prepared.theme, theme, () => renderTileCanvas(view, prepared, tile)).toDataURL('image/png');
}
