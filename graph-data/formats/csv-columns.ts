// Owns CSV cell conventions shared by reader and writer: typed headers (`name:number`), known numeric/list columns, formula-injection guard.
import { decodeValue, ValueError } from './xml-values';

export type CsvKind = 'string' | 'number' | 'boolean' | 'json';
const KINDS: readonly CsvKind[] = ['string', 'number', 'boolean', 'json'];

/** Untyped columns that our schema wants as numbers: spreadsheets have no types, so these are parsed when untyped. */
const NUMERIC_KEYS = new Set(['year', 'x', 'y', 'z', 'weight', 'size']);
/** Untyped list columns: JSON arrays, or `a; b; c` as people type them in a spreadsheet. */
const LIST_KEYS = new Set(['aliases', 'provenance']);

export interface CsvColumn {
  name: string;
  /** Set when the header says `:type`; otherwise the column is untyped. */
  kind?: CsvKind;
}

/** `weight:number` → {name: 'weight', kind: 'number'}; an unknown suffix is part of the name (`a:b`). */
export function parseHeader(header: string): CsvColumn {
  const colon = header.lastIndexOf(':');
  if (colon > 0) {
    const suffix = header
      .slice(colon + 1)
      .trim()
      .toLowerCase() as CsvKind;
    if (KINDS.includes(suffix)) return { name: header.slice(0, colon), kind: suffix };
  }
  return { name: header };
}

/** Writer side: the header for `name`, typed unless a plain string column; `reserved` names always get a suffix. */
export function formatHeader(name: string, kind: CsvKind, reserved: ReadonlySet<string>): string {
  const needsSuffix = kind !== 'string' || reserved.has(name.toLowerCase()) || parseHeader(name).kind !== undefined;
  return needsSuffix ? `${name}:${kind}` : name;
}

/** A cell a spreadsheet would run as a formula (or whose leading tab/CR it would eat) gets a leading apostrophe. */
const FORMULA_START = /^'*[=+\-@\t\r]/;

export function guardFormula(cell: string): string {
  // Cells already starting with apostrophes before a formula character get one more, so reading strips exactly one.
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

export function unguardFormula(cell: string): string {
  return cell.startsWith("'") && FORMULA_START.test(cell.slice(1)) ? cell.slice(1) : cell;
}

/** Decodes one non-empty cell; throws ValueError for a bad typed value. */
export function decodeCell(column: CsvColumn, cell: string): unknown {
  const kind = column.kind;
  if (kind === 'number') return decodeValue('double', cell, false);
  if (kind === 'boolean') return decodeValue('boolean', cell, false);
  if (kind === 'json') return decodeValue('string', unguardFormula(cell), true);
  if (kind === 'string') return unguardFormula(cell);
  if (NUMERIC_KEYS.has(column.name)) {
    try {
      return decodeValue('double', cell, false);
    } catch {
      throw new ValueError(`"${cell}" in column "${column.name}" is not a number`);
    }
  }
  const text = unguardFormula(cell);
  if (LIST_KEYS.has(column.name)) {
    if (text.trimStart().startsWith('[')) return decodeValue('string', text, true);
    return text
      .split(';')
      .map((s) => s.trim())
      .filter((s) => s !== '');
  }
  return text;
}

export function kindOfValues(values: unknown[]): CsvKind {
  if (values.every((v) => typeof v === 'string')) return 'string';
  if (values.every((v) => typeof v === 'number' && Number.isFinite(v))) return 'number';
  if (values.every((v) => typeof v === 'boolean')) return 'boolean';
  return 'json';
}

export function encodeCell(kind: CsvKind, value: unknown): string {
  if (kind === 'number' || kind === 'boolean') return String(value);
  return guardFormula(kind === 'json' ? (JSON.stringify(value) ?? 'null') : String(value));
}
