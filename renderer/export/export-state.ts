// Owns the export UI's shared state: whether the dialog is open (and for which format), the last settings and the last exported file.
import { signal } from '@preact/signals';
import type { SavedFile } from '../../graph-data/host-api';
import { DEFAULT_OPTIONS, type ExportFormat, type ExportOptions } from './export-options';

export const exportDialog = signal<{ format: ExportFormat } | null>(null);
/** Remembered between openings so a second export starts from the first one's settings. */
export const lastOptions = signal<ExportOptions>(DEFAULT_OPTIONS);
export const lastExport = signal<SavedFile | null>(null);

export function openExportDialog(format: ExportFormat): void {
  exportDialog.value = { format };
}

export function closeExportDialog(): void {
  exportDialog.value = null;
}
