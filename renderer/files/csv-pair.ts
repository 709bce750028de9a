// Owns deciding what a set of chosen or dropped files means: one graph file, or a nodes + edges CSV pair in [nodes, edges] order.
import { formatFromFileName } from '../../graph-data/formats/read-graph-file';
import type { FileBytes } from './graph-file-protocol';

export type ArrangedFiles = { ok: true; files: FileBytes[] } | { ok: false; message: string };

/** The header's column names, lower-cased, without quotes or `:type` suffixes. */
function headerColumns(bytes: Uint8Array): string[] {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 2048)).replace(/^\uFEFF/, '');
  const firstLine = head.split(/\r?\n/, 1)[0] ?? '';
  return firstLine.split(',').map((c) => c.trim().replace(/^"|"$/g, '').replace(/:.*$/, '').toLowerCase());
}

/** An edge list has source and target columns; a nodes table does not. */
export function looksLikeEdgeTable(file: FileBytes): boolean {
  const columns = headerColumns(file.bytes);
  return columns.includes('source') && columns.includes('target');
}

function isNodesTable(file: FileBytes): boolean {
  if (formatFromFileName(file.name) === 'csv-nodes') return true;
  return !looksLikeEdgeTable(file);
}

export function arrangeGraphFiles(files: FileBytes[]): ArrangedFiles {
  if (files.length === 0) return { ok: false, message: 'No file was chosen.' };
  if (files.length === 1) return { ok: true, files };
  const names = files.map((f) => f.name).join(', ');
  const [a, b] = files;
  if (files.length > 2 || !a || !b || formatFromFileName(a.name)?.startsWith('csv') !== true) {
    return { ok: false, message: `Open one graph file, or a nodes + edges CSV pair (got ${names}).` };
  }
  if (formatFromFileName(b.name)?.startsWith('csv') !== true) {
    return { ok: false, message: `Open one graph file, or a nodes + edges CSV pair (got ${names}).` };
  }
  const aNodes = isNodesTable(a);
  const bNodes = isNodesTable(b);
  if (aNodes === bNodes) {
    return {
      ok: false,
      message: `Could not tell the nodes table from the edge list in ${names}: the edge list needs "source" and "target" columns.`,
    };
  }
  return { ok: true, files: aNodes ? [a, b] : [b, a] };
}
