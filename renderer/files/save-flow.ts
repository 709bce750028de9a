// Owns saving: the graph in JSON, GEXF, GraphML or a CSV pair, or a workspace; writer warnings become an info notice; Save falls back to Save As.

import type { FormatWarning } from '../../graph-data/formats/format-types';
import { formatFromFileName, writeGraphFile, writeGraphFileAsync } from '../../graph-data/formats/read-graph-file';
import type { SavedFile, SaveKind } from '../../graph-data/host-api';
import type { AtlasGraph } from '../../graph-data/model/atlas-graph';
import {
  serializeWorkspace,
  WORKSPACE_EXTENSION,
  type WorkspaceState,
} from '../../graph-data/workspace/workspace-schema';
import type { Host } from '../host/host';
import type { AppStore } from '../store/app-store';

export type SaveFormat = 'json' | 'gexf' | 'graphml' | 'csv' | 'turtle' | 'ntriples' | 'jsonld' | 'workspace';

/** The RDF formats: the Save As dialog asks for the IRI base of graphs that did not come from RDF. */
export const RDF_SAVE_FORMATS: ReadonlySet<SaveFormat> = new Set(['turtle', 'ntriples', 'jsonld']);

export const SAVE_FORMATS: { format: SaveFormat; label: string }[] = [
  { format: 'json', label: 'Graph JSON (.json)' },
  { format: 'gexf', label: 'GEXF (.gexf)' },
  { format: 'graphml', label: 'GraphML (.graphml)' },
  { format: 'csv', label: 'CSV pair (-nodes.csv and -edges.csv)' },
  { format: 'turtle', label: 'Turtle, RDF (.ttl)' },
  { format: 'ntriples', label: 'N-Triples, RDF (.nt)' },
  { format: 'jsonld', label: 'JSON-LD, RDF (.jsonld)' },
  { format: 'workspace', label: `Workspace: graph and view (${WORKSPACE_EXTENSION})` },
];

/** The file name without its extension (and without `.atlas` or a -nodes/-edges suffix), as the default for Save As. */
export function baseName(fileName: string): string {
  const stem = fileName
    .replace(/\.atlas\.json$/i, '')
    .replace(/\.[^.]+$/, '')
    .replace(/[-_](nodes|edges)$/i, '');
  return stem.trim() || 'graph';
}

/** A name the host accepts (no path separators), with the format's extension. */
export function fileNameFor(base: string, format: SaveFormat, part?: 'nodes' | 'edges'): string {
  const safe = base.replace(/[\\/\0]/g, '-').trim() || 'graph';
  switch (format) {
    case 'json':
      return `${safe}.json`;
    case 'gexf':
      return `${safe}.gexf`;
    case 'graphml':
      return `${safe}.graphml`;
    case 'csv':
      return `${safe}-${part ?? 'edges'}.csv`;
    case 'turtle':
      return `${safe}.ttl`;
    case 'ntriples':
      return `${safe}.nt`;
    case 'jsonld':
      return `${safe}.jsonld`;
    case 'workspace':
      return `${safe}${WORKSPACE_EXTENSION}`;
  }
}

const KIND: Record<SaveFormat, SaveKind> = {
  json: 'graph-json',
  gexf: 'gexf',
  graphml: 'graphml',
  csv: 'csv',
  turtle: 'turtle',
  ntriples: 'ntriples',
  jsonld: 'jsonld',
  workspace: 'workspace',
};

export function describeWarnings(warnings: FormatWarning[], format: SaveFormat): string {
  if (warnings.length === 0) return '';
  const [first] = warnings;
  const more = warnings.length > 1 ? ` (and ${warnings.length - 1} more)` : '';
  return ` ${warnings.length} value(s) were changed to fit ${format.toUpperCase()}: ${first?.element}: ${first?.message}${more}.`;
}

export interface SaveFlowDeps {
  host: Host;
  store: AppStore;
  /** The workspace as the UI shows it now. */
  collectWorkspace(): WorkspaceState;
  /** Remembers where the document lives, so Save can write back (see file-controller). */
  onSaved(saved: SavedFile, format: SaveFormat): void;
}

export interface SaveOutcome {
  saved: SavedFile[];
  warnings: FormatWarning[];
}

/** Texts to write for `format`, each with its suggested name; `rdf.baseIri` is the IRI base for RDF formats. */
export async function renderForSave(
  graph: AtlasGraph,
  format: SaveFormat,
  base: string,
  workspace: () => WorkspaceState,
  rdf: { baseIri?: string } = {},
): Promise<{ name: string; text: string; warnings: FormatWarning[] }[]> {
  if (RDF_SAVE_FORMATS.has(format)) {
    const written = await writeGraphFileAsync(graph, format as 'turtle' | 'ntriples' | 'jsonld', rdf);
    return [{ name: fileNameFor(base, format), text: written.text, warnings: written.warnings }];
  }
  if (format === 'workspace') {
    return [{ name: fileNameFor(base, format), text: serializeWorkspace(workspace(), graph.export()), warnings: [] }];
  }
  if (format === 'csv') {
    const nodes = writeGraphFile(graph, 'csv-nodes');
    const edges = writeGraphFile(graph, 'csv-edges');
    return [
      { name: fileNameFor(base, 'csv', 'nodes'), text: nodes.text, warnings: nodes.warnings },
      { name: fileNameFor(base, 'csv', 'edges'), text: edges.text, warnings: edges.warnings },
    ];
  }
  const written = writeGraphFile(graph, format as 'json' | 'gexf' | 'graphml');
  return [{ name: fileNameFor(base, format), text: written.text, warnings: written.warnings }];
}

export async function saveAs(
  deps: SaveFlowDeps,
  format: SaveFormat,
  base: string,
  rdf: { baseIri?: string } = {},
): Promise<SaveOutcome | null> {
  const { graph } = deps.store.document.value;
  const outcome: SaveOutcome = { saved: [], warnings: [] };
  let parts: Awaited<ReturnType<typeof renderForSave>>;
  try {
    parts = await renderForSave(graph, format, base, deps.collectWorkspace, rdf);
  } catch (error) {
    // A bad IRI base is the one way a writer refuses: say so, write nothing.
    deps.store.showNotice({
      kind: 'error',
      text: `Could not save: ${error instanceof Error ? error.message : String(error)}.`,
    });
    return null;
  }
  for (const part of parts) {
    const saved = await deps.host.saveFileAs(part.name, KIND[format], part.text);
    // Cancelled: a CSV pair with only its nodes table written is reported as such, not as saved.
    if (!saved) break;
    outcome.saved.push(saved);
    outcome.warnings.push(...part.warnings);
  }
  const complete = outcome.saved.length === (format === 'csv' ? 2 : 1);
  if (outcome.saved.length === 0) return null;
  const names = outcome.saved.map((s) => s.name).join(' and ');
  if (!complete) {
    deps.store.showNotice({ kind: 'error', text: `Only ${names} was saved: the CSV pair is incomplete.` });
    return outcome;
  }
  const last = outcome.saved[outcome.saved.length - 1];
  if (last) deps.onSaved(last, format);
  deps.store.dirty.value = false;
  deps.store.showNotice({ kind: 'info', text: `Saved ${names}.${describeWarnings(outcome.warnings, format)}` });
  return outcome;
}

/** The format Save writes back in: the current file's own (a CSV pair cannot be written back as one file). */
export function saveBackFormat(fileName: string, isWorkspace: boolean): SaveFormat | null {
  if (isWorkspace) return 'workspace';
  const format = formatFromFileName(fileName);
  return format === 'json' || format === 'gexf' || format === 'graphml' ? format : null;
}

/** Save: writes back to the current file when the host knows it; false means the caller should ask (Save As). */
export async function saveBack(deps: SaveFlowDeps, format: SaveFormat): Promise<boolean> {
  const { graph, fileName } = deps.store.document.value;
  const [part] = await renderForSave(graph, format, baseName(fileName), deps.collectWorkspace);
  if (!part) return false;
  const saved = await deps.host.saveCurrentFile(part.text);
  if (!saved) return false;
  deps.onSaved(saved, format);
  deps.store.dirty.value = false;
  deps.store.showNotice({ kind: 'info', text: `Saved ${saved.name}.${describeWarnings(part.warnings, format)}` });
  return true;
}
