// Owns XML text on write (escaping, replacing XML-illegal characters with a warning) and typed attribute values shared by GEXF and GraphML.
import { AtlasError } from '../model/errors';
import { GraphFileError } from '../model/graph-errors';
import { parseJsonText } from '../model/load-atlas-graph';
import type { FormatWarning } from './format-types';

/** Characters XML 1.0 cannot carry at all, even as references: C0 controls but tab/LF/CR, lone surrogates, U+FFFE/U+FFFF. */
const XML_ILLEGAL =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: matching the control characters XML forbids is the point.
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export const XML_REPLACEMENT = '\uFFFD';

/** What the XML writers do to a value: exported so tests (and the UI) can predict the round-trip result. */
export function replaceXmlIllegal(value: string): string {
  return value.replace(XML_ILLEGAL, XML_REPLACEMENT);
}

/** Collects warnings while escaping, so a writer reports every value it had to change. */
export class XmlEscaper {
  readonly warnings: FormatWarning[] = [];

  private clean(value: string, element: string): string {
    let count = 0;
    const cleaned = value.replace(XML_ILLEGAL, () => {
      count++;
      return XML_REPLACEMENT;
    });
    if (count > 0) {
      this.warnings.push({
        element,
        message: `replaced ${count} XML-illegal character${count > 1 ? 's' : ''} with U+FFFD`,
      });
    }
    return cleaned;
  }

  /**
   * JSON for a string column. Strings inside are cleaned like any other text, although JSON could escape them:
   * the rule "XML formats replace every XML-illegal character" is then true of every value, whatever its column type.
   */
  json(value: unknown, element: string): string {
    const clean = (v: unknown): unknown => {
      if (typeof v === 'string') return this.clean(v, element);
      if (Array.isArray(v)) return v.map(clean);
      if (v !== null && typeof v === 'object') {
        return Object.fromEntries(Object.entries(v).map(([k, x]) => [this.clean(k, element), clean(x)]));
      }
      return v;
    };
    return JSON.stringify(clean(value)) ?? 'null';
  }

  /** A typed value as column text: JSON (cleaned) for the `json` kind, else its string form. */
  value(kind: ValueKind, value: unknown, element: string): string {
    return kind === 'json' ? this.json(value, element) : String(value);
  }

  /**
   * For attribute values. Tab, LF and CR are written as character references because XML attribute-value
   * normalisation would otherwise turn them into spaces on read.
   */
  attr(value: string, element: string): string {
    return this.clean(value, element).replace(/[&<>"\t\n\r]/g, (c) => ATTR_ESCAPES[c] ?? c);
  }

  /** For element text. CR is a reference because XML line-end normalisation would turn CRLF into LF. */
  text(value: string, element: string): string {
    return this.clean(value, element).replace(/[&<>\r]/g, (c) => TEXT_ESCAPES[c] ?? c);
  }
}

const ATTR_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  '\t': '&#9;',
  '\n': '&#10;',
  '\r': '&#13;',
};
const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };

/** How one attribute is stored in a typed XML column; `json` is a string column holding JSON (arrays, objects, mixes). */
export type ValueKind = 'boolean' | 'long' | 'double' | 'string' | 'json';

function kindOf(value: unknown): ValueKind {
  if (typeof value === 'boolean') return 'boolean';
  if (typeof value === 'number') {
    if (Number.isSafeInteger(value)) return 'long';
    return Number.isFinite(value) ? 'double' : 'json';
  }
  if (typeof value === 'string') return 'string';
  return 'json';
}

/** One kind for every value of a key; mixed kinds (other than integers with decimals) fall back to JSON. */
export function inferKind(values: Iterable<unknown>): ValueKind {
  let kind: ValueKind | undefined;
  for (const value of values) {
    const k = kindOf(value);
    if (kind === undefined || kind === k) kind = k;
    else if ((kind === 'long' && k === 'double') || (kind === 'double' && k === 'long')) kind = 'double';
    else return 'json';
  }
  return kind ?? 'string';
}

/** Collects, per attribute key, every value of that key over the given attribute objects, skipping excluded keys. */
export function collectKeys(
  items: Iterable<Record<string, unknown>>,
  exclude: (key: string, value: unknown) => boolean,
): Map<string, ValueKind> {
  const values = new Map<string, unknown[]>();
  for (const attributes of items) {
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined || exclude(key, value)) continue;
      let list = values.get(key);
      if (!list) {
        list = [];
        values.set(key, list);
      }
      list.push(value);
    }
  }
  const kinds = new Map<string, ValueKind>();
  for (const [key, list] of [...values.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    kinds.set(key, inferKind(list));
  }
  return kinds;
}

/** Thrown by `decodeValue` and `setAttribute`; the reader adds the file, line and element. */
export class ValueError extends AtlasError {
  constructor(message: string) {
    super(message);
    this.name = 'ValueError';
  }
}

/** Ids our schema reserves; checked by the readers too so the error can name the line. */
export const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/** Sets an attribute whose name comes from the file; `__proto__` would change the object's prototype, so it is refused. */
export function setAttribute(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') throw new ValueError('the attribute name "__proto__" is not allowed');
  target[key] = value;
}

const INTEGER = /^\s*[+-]?\d+\s*$/;
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;

/** Parses a typed value from GEXF (`integer`, `long`, `float`, `double`, `boolean`, ...) or GraphML (`int`, ...). */
export function decodeValue(type: string, raw: string, json: boolean): unknown {
  switch (type.toLowerCase()) {
    case 'int':
    case 'integer':
    case 'long':
    case 'short':
    case 'byte':
      if (!INTEGER.test(raw)) throw new ValueError(`"${raw}" is not an integer`);
      return Number(raw);
    case 'float':
    case 'double':
    case 'number':
      if (DECIMAL.test(raw)) return Number(raw);
      if (/^\s*(NaN|[+-]?INF|[+-]?Infinity)\s*$/.test(raw)) return Number(raw.replace('INF', 'Infinity'));
      throw new ValueError(`"${raw}" is not a number`);
    case 'boolean': {
      const v = raw.trim().toLowerCase();
      if (v === 'true' || v === '1') return true;
      if (v === 'false' || v === '0') return false;
      throw new ValueError(`"${raw}" is not a boolean (true/false)`);
    }
    default:
      if (!json) return raw;
      try {
        // parseJsonText also refuses deep nesting and "__proto__" keys inside the value.
        return parseJsonText(raw, 'value');
      } catch (error) {
        const detail = error instanceof GraphFileError ? error.detail : String(error);
        throw new ValueError(`"${raw.slice(0, 40)}" is not usable JSON (the key is marked atlas:json): ${detail}`);
      }
  }
}
