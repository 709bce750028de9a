// Owns reading CSV edge lists and node tables with papaparse, reporting unclosed quotes, ragged rows and bad values by line.
import Papa from 'papaparse';
import { GraphFileError } from '../model/graph-errors';
import { type CsvColumn, decodeCell, parseHeader, unguardFormula } from './csv-columns';
import type { RawGraphDocument } from './format-types';
import { RESERVED_IDS, setAttribute, ValueError } from './xml-values';

interface CsvTable {
  columns: CsvColumn[];
  rows: { cells: string[]; line: number }[];
}

function parseTable(text: string, fileName: string): CsvTable {
  const rows: { cells: string[]; line: number }[] = [];
  let line = 1;
  let counted = 0;
  const lineAt = (offset: number) => {
    // Lines are counted incrementally: each row's start offset is after the previous one.
    for (let i = counted; i < offset; i++) if (text.charCodeAt(i) === 10) line++;
    counted = Math.max(counted, offset);
    return line;
  };
  let rowStart = 0;
  let failure: GraphFileError | undefined;
  Papa.parse<string[]>(text, {
    skipEmptyLines: true,
    step: (result, parser) => {
      const startLine = lineAt(rowStart);
      const error = result.errors[0];
      if (error) {
        const detail =
          error.code === 'MissingQuotes'
            ? 'unclosed quote (a quoted field runs to the end of the file)'
            : error.message;
        failure = new GraphFileError(fileName, detail, { line: startLine, element: `row ${rows.length + 1}` });
        parser.abort();
        return;
      }
      const cells = result.data;
      rows.push({ cells, line: startLine });
      rowStart = result.meta.cursor;
    },
  });
  if (failure) throw failure;
  const header = rows.shift();
  if (!header) throw new GraphFileError(fileName, 'the file is empty');
  const columns = header.cells.map((h) => parseHeader(h.trim()));
  const seen = new Set<string>();
  for (const column of columns) {
    if (column.name === '') throw new GraphFileError(fileName, 'empty column name in the header', { line: 1 });
    if (seen.has(column.name)) {
      throw new GraphFileError(fileName, `duplicate column "${column.name}" in the header`, { line: 1 });
    }
    seen.add(column.name);
  }
  for (const row of rows) {
    if (row.cells.length !== columns.length) {
      throw new GraphFileError(
        fileName,
        `row has ${row.cells.length} fields but the header has ${columns.length} (ragged row)`,
        { line: row.line },
      );
    }
  }
  return { columns, rows };
}

/** Index of the untyped column whose name is one of `names`, case-insensitively (Gephi writes `Id`, `Source`). */
function findColumn(columns: CsvColumn[], names: string[]): number {
  return columns.findIndex((c) => c.kind === undefined && names.includes(c.name.toLowerCase()));
}

function rowAttributes(
  table: CsvTable,
  row: { cells: string[]; line: number },
  skip: Set<number>,
  fileName: string,
): Record<string, unknown> {
  const attributes: Record<string, unknown> = {};
  table.columns.forEach((column, i) => {
    const cell = row.cells[i] ?? '';
    if (skip.has(i) || cell === '') return; // an empty cell is a missing value
    try {
      setAttribute(attributes, column.name, decodeCell(column, cell));
    } catch (error) {
      if (error instanceof ValueError) {
        throw new GraphFileError(fileName, error.message, { line: row.line, element: `column "${column.name}"` });
      }
      throw error;
    }
  });
  return attributes;
}

function checkId(id: string, fileName: string, line: number, what: string): void {
  if (id === '') throw new GraphFileError(fileName, `${what} is empty`, { line });
  if (RESERVED_IDS.has(id)) throw new GraphFileError(fileName, `${what} "${id}" is a reserved word`, { line });
}

export function readCsvNodes(text: string, fileName: string): RawGraphDocument['nodes'] {
  const table = parseTable(text, fileName);
  const idColumn = findColumn(table.columns, ['id', 'key']);
  if (idColumn < 0) throw new GraphFileError(fileName, 'the nodes file needs an "id" column', { line: 1 });
  const labelColumn = findColumn(table.columns, ['label']);
  const nodes: RawGraphDocument['nodes'] = [];
  const seen = new Set<string>();
  for (const row of table.rows) {
    const id = unguardFormula(row.cells[idColumn] ?? '');
    checkId(id, fileName, row.line, 'node id');
    if (seen.has(id)) throw new GraphFileError(fileName, `duplicate node id "${id}"`, { line: row.line });
    seen.add(id);
    const attributes = rowAttributes(table, row, new Set([idColumn, labelColumn]), fileName);
    const label = labelColumn >= 0 ? row.cells[labelColumn] : undefined;
    if (label) attributes.label = unguardFormula(label);
    nodes.push({ key: id, attributes });
  }
  return nodes;
}

export function readCsvEdges(
  text: string,
  fileName: string,
  nodes: RawGraphDocument['nodes'] | undefined,
  nodesFileName?: string,
): RawGraphDocument {
  const table = parseTable(text, fileName);
  const sourceColumn = findColumn(table.columns, ['source', 'from']);
  const targetColumn = findColumn(table.columns, ['target', 'to']);
  if (sourceColumn < 0 || targetColumn < 0) {
    throw new GraphFileError(fileName, 'the edges file needs "source" and "target" columns', { line: 1 });
  }
  const idColumn = findColumn(table.columns, ['id', 'key']);
  const known = new Set(nodes?.map((n) => n.key));
  const doc: RawGraphDocument = { attributes: {}, nodes: nodes ? [...nodes] : [], edges: [] };
  const declared = new Set(idColumn < 0 ? [] : table.rows.map((r) => unguardFormula(r.cells[idColumn] ?? '')));
  const edgeIds = new Set<string>();
  let next = 0;
  for (const row of table.rows) {
    const source = unguardFormula(row.cells[sourceColumn] ?? '');
    const target = unguardFormula(row.cells[targetColumn] ?? '');
    for (const [end, what] of [
      [source, 'source'],
      [target, 'target'],
    ] as const) {
      checkId(end, fileName, row.line, what);
      if (known.has(end)) continue;
      if (nodes) {
        throw new GraphFileError(fileName, `${what} "${end}" is not a node of ${nodesFileName ?? 'the nodes file'}`, {
          line: row.line,
        });
      }
      known.add(end);
      doc.nodes.push({ key: end, attributes: {} });
    }
    let id = idColumn >= 0 ? unguardFormula(row.cells[idColumn] ?? '') : '';
    if (id === '') {
      do id = `e${next++}`;
      while (edgeIds.has(id) || declared.has(id));
    } else {
      checkId(id, fileName, row.line, 'edge id');
      if (edgeIds.has(id)) throw new GraphFileError(fileName, `duplicate edge id "${id}"`, { line: row.line });
    }
    edgeIds.add(id);
    const attributes = rowAttributes(table, row, new Set([sourceColumn, targetColumn, idColumn]), fileName);
    doc.edges.push({ key: id, source, target, attributes });
  }
  return doc;
}
