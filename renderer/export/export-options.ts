// Owns the export settings (format, scope, size, background, decorations, seed), their defaults, limits and the output scale they imply.
import { LAYOUT_SEED } from '../layout/force-layout';

export type ExportFormat = 'png' | 'svg' | 'pdf';
export type ExportScope = 'view' | 'graph';
export type ExportBackground = 'white' | 'dark' | 'transparent';
export type ExportSizing = 'scale' | 'width';

export interface ExportOptions {
  format: ExportFormat;
  scope: ExportScope;
  sizing: ExportSizing;
  /** 1–4, used when sizing is 'scale'. */
  scale: number;
  /** Target width in pixels, used when sizing is 'width'. */
  width: number;
  background: ExportBackground;
  legend: boolean;
  title: string;
  caption: string;
  /** Re-run the default layout with `seed` before exporting, so the same graph and settings give the same picture. */
  fixedSeed: boolean;
  seed: number;
}

export const DEFAULT_OPTIONS: ExportOptions = {
  format: 'png',
  scope: 'graph',
  sizing: 'scale',
  scale: 2,
  width: 3000,
  background: 'white',
  legend: false,
  title: '',
  caption: '',
  fixedSeed: false,
  seed: LAYOUT_SEED,
};

export const BACKGROUND_COLORS: Record<ExportBackground, string | null> = {
  white: '#ffffff',
  dark: '#16181d',
  transparent: null,
};

/** Beyond this side, image viewers and editors struggle; the PNG itself could be larger. */
export const MAX_OUTPUT_SIDE = 40000;
/** 400 M pixels: a 1.6 GB image once decoded, about the most a viewer on a 16 GB machine opens. */
export const MAX_OUTPUT_PIXELS = 400_000_000;
export const MIN_SCALE = 1;
export const MAX_SCALE = 4;

/** Output pixels per page unit. */
export function outputScale(options: ExportOptions, pageWidth: number): number {
  if (options.sizing === 'width') return Math.max(1, options.width) / Math.max(1, pageWidth);
  return Math.min(MAX_SCALE, Math.max(MIN_SCALE, options.scale));
}

export function outputSize(pageWidth: number, pageHeight: number, scale: number): { width: number; height: number } {
  return { width: Math.max(1, Math.round(pageWidth * scale)), height: Math.max(1, Math.round(pageHeight * scale)) };
}

/** Why these settings cannot be exported, or null when they can. */
export function sizeProblem(width: number, height: number): string | null {
  if (width > MAX_OUTPUT_SIDE || height > MAX_OUTPUT_SIDE) {
    return `${width} × ${height} px is over the ${MAX_OUTPUT_SIDE} px limit per side; choose a smaller size.`;
  }
  if (width * height > MAX_OUTPUT_PIXELS) {
    return `${width} × ${height} px is over ${MAX_OUTPUT_PIXELS / 1e6} million pixels; choose a smaller size.`;
  }
  return null;
}

export function fileNameFor(documentName: string, format: ExportFormat): string {
  const base = documentName.replace(/\.[^.]+$/, '').replace(/[\\/\0]/g, '_') || 'graph';
  return `${base}.${format}`;
}
