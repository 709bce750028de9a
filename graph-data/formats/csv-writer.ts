// Owns writing a graph as two CSV tables (nodes: id,label,type,...; edges: id,source,target,type,...) with papaparse quoting.
import Papa from 'papaparse';
import type { AtlasGraph } from '../model/atlas-graph';
import { type CsvKind, encodeCell, formatHeader, guardFormula, kindOfValues } from './csv-columns';
import type { WriteResult } from './format-types';

function table(
  items: { fixed: string[]; attributes: Record<string, unknown> }[],
  fixedHeaders: string[],
  first: string[],
  reserved: ReadonlySet<string>,
): string {
  const values = new Map<string, unknown[]>();
  for (const { attributes } of items) {
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      const list = values.get(key) ?? [];
      list.push(value);
      values.set(key, list);
    }
  }
  const keys = [
    ...first.filter((k) => values.has(k)),
    ...[...values.keys()].filter((k) => !first.includes(k)).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)),
  ];
  const kinds = new Map<string, CsvKind>(keys.map((k) => [k, kindOfValues(values.get(k) ?? [])]));
  // `label` and `type` are written plain (untyped) when they are strings: that is what the reader and spreadsheets expect.
  const header = [
    ...fixedHeaders,
    ...keys.map((k) =>
      (k === 'label' || k === 'type') && kinds.get(k) === 'string'
        ? k
        : formatHeader(k, kinds.get(k) ?? 'json', reserved),
    ),
  ].map(guardFormula);
  const rows = items.map(({ fixed, attributes }) => [
    ...fixed.map(guardFormula),
    ...keys.map((k) => {
      const value = attributes[k];
      return value === undefined ? '' : encodeCell(kinds.get(k) ?? 'json', value);
    }),
  ]);
  return `${Papa.unparse([header, ...rows], { newline: '\n' })}\n`;
}

const NODE_RESERVED = new Set(['id', 'key', 'label']);
const EDGE_RESERVED = new Set(['id', 'key', 'source', 'target', 'from', 'to']);

/**
 * CSV cannot carry graph attributes (ontology, sources, name): they are dropped, and reading the files back
 * generates an ontology. An empty string and a missing attribute are the same empty cell.
 */
export function writeCsvNodes(graph: AtlasGraph): WriteResult {
  const items = graph.mapNodes((key, attributes) => ({ fixed: [key], attributes }));
  return { text: table(items, ['id'], ['label', 'type'], NODE_RESERVED), warnings: csvWarnings(graph) };
}

export function writeCsvEdges(graph: AtlasGraph): WriteResult {
  const items = graph.mapEdges((key, attributes, source, target) => ({ fixed: [key, source, target], attributes }));
  return { text: table(items, ['id', 'source', 'target'], ['type'], EDGE_RESERVED), warnings: csvWarnings(graph) };
}

function csvWarnings(graph: AtlasGraph): WriteResult['warnings'] {
  const dropped = Object.keys(graph.getAttributes()).filter(
    (k) => k !== 'sources' || graph.getAttribute('sources').length > 0,
  );
  return dropped.length > 0
    ? [{ element: 'graph', message: `CSV cannot carry graph attributes; not written: ${dropped.join(', ')}` }]
    : [];
}
