// Owns the query-bar text form of a PathQuery: parsing with error positions, and formatting back for history.
import { AtlasError } from '../model/errors';
import {
  DEFAULT_K,
  DEFAULT_MAX_HOPS,
  PATH_DIRECTIONS,
  type PathDirection,
  type PathQuery,
  type YearRange,
} from './path-types';

/*
 * Grammar (keywords are case-insensitive; a quoted "..." token is never a keyword):
 *   query  := name ('->' | '→') name clause*
 *   clause := 'via' list | 'without' list | 'exclude' list | 'through' name
 *           | 'max' ['hops'] INT | 'max-hops' INT | 'direction' (follow|against|any)
 *           | 'all' | 'shortest' | 'k' INT | 'weighted' [ATTRIBUTE] | 'from' INT 'to' INT
 *   list   := item (',' item)*      name := word+ (up to the next keyword)
 * The first name runs up to the arrow, so it may contain keywords unquoted; later names stop at a keyword.
 * `from` is a keyword only when a number follows, so "from" can still appear in a name.
 */

export interface PathQueryParseError {
  message: string;
  /** 0-based offset of the offending token in the text, and its length (0 at the end of the text). */
  position: number;
  length: number;
}

export type PathQueryParseResult = { ok: true; query: PathQuery } | { ok: false; error: PathQueryParseError };

interface Token {
  text: string;
  start: number;
  end: number;
  quoted: boolean;
  arrow: boolean;
}

const KEYWORDS = new Set([
  'via',
  'without',
  'exclude',
  'through',
  'max',
  'max-hops',
  'direction',
  'all',
  'shortest',
  'k',
  'weighted',
]);
/** Words that are keywords only in context; names containing them are quoted when formatted, to be safe. */
const SOFT_KEYWORDS = new Set(['from', 'to', 'hops']);

class ParseFailure extends AtlasError {
  readonly detail: PathQueryParseError;
  constructor(message: string, position: number, length: number) {
    super(message);
    this.detail = { message, position, length };
  }
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] as string;
    if (/\s/.test(ch)) {
      i++;
    } else if (text.startsWith('->', i) || ch === '→') {
      const end = i + (ch === '→' ? 1 : 2);
      tokens.push({ text: text.slice(i, end), start: i, end, quoted: false, arrow: true });
      i = end;
    } else if (ch === '"') {
      let value = '';
      let j = i + 1;
      for (; j < text.length && text[j] !== '"'; j++) {
        if (text[j] === '\\' && j + 1 < text.length) j++;
        value += text[j];
      }
      if (j >= text.length) throw new ParseFailure('unterminated quote', i, text.length - i);
      tokens.push({ text: value, start: i, end: j + 1, quoted: true, arrow: false });
      i = j + 1;
    } else {
      let j = i;
      while (j < text.length && !/\s/.test(text[j] as string) && text[j] !== '"' && text[j] !== '→') {
        if (text.startsWith('->', j)) break;
        j++;
      }
      tokens.push({ text: text.slice(i, j), start: i, end: j, quoted: false, arrow: false });
      i = j;
    }
  }
  return tokens;
}

const isInteger = (t: Token | undefined) => t !== undefined && !t.quoted && /^-?\d+$/.test(t.text);

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly text: string,
  ) {}

  peek(offset = 0): Token | undefined {
    return this.tokens[this.index + offset];
  }
  next(): Token | undefined {
    return this.tokens[this.index++];
  }
  fail(message: string, token: Token | undefined): never {
    if (!token) throw new ParseFailure(message, this.text.length, 0);
    throw new ParseFailure(message, token.start, token.end - token.start);
  }

  isKeyword(token: Token | undefined): boolean {
    if (!token || token.quoted) return false;
    if (token.arrow) return true;
    const word = token.text.toLowerCase();
    if (word === 'from') return isInteger(this.tokens[this.tokens.indexOf(token) + 1]);
    return KEYWORDS.has(word);
  }

  /** Words up to the next keyword (or the arrow). */
  name(what: string, stopAtKeywords: boolean): string {
    const words: string[] = [];
    for (let t = this.peek(); t && !t.arrow && !(stopAtKeywords && this.isKeyword(t)); t = this.peek()) {
      words.push(this.next()?.text ?? '');
    }
    if (words.length === 0) this.fail(`expected ${what}`, this.peek());
    return words.join(' ');
  }

  /** Comma-separated items; unquoted words between commas join with a space. */
  list(what: string): string[] {
    const items: string[] = [];
    let current: string[] = [];
    const start = this.peek();
    for (let t = this.peek(); t && !this.isKeyword(t); t = this.peek()) {
      this.next();
      if (t.quoted) {
        current.push(t.text);
        continue;
      }
      const pieces = t.text.split(',');
      pieces.forEach((piece, i) => {
        if (i > 0) {
          items.push(current.join(' '));
          current = [];
        }
        if (piece !== '') current.push(piece);
      });
    }
    items.push(current.join(' '));
    const clean = items.filter((item) => item !== '');
    if (clean.length === 0) this.fail(`expected ${what}`, start);
    return clean;
  }

  integer(what: string, min: number): number {
    const t = this.next();
    if (!isInteger(t)) this.fail(`expected ${what} (a whole number)`, t);
    const value = Number(t?.text);
    if (value < min) this.fail(`${what} must be at least ${min}`, t);
    return value;
  }
}

export function parsePathQuery(text: string): PathQueryParseResult {
  try {
    return { ok: true, query: parseOrThrow(text) };
  } catch (error) {
    if (error instanceof ParseFailure) return { ok: false, error: error.detail };
    throw error;
  }
}

function parseOrThrow(text: string): PathQuery {
  const p = new Parser(tokenize(text), text);
  const from = p.name('an entity to start from', false);
  const arrow = p.next();
  if (!arrow?.arrow) p.fail('expected "->" between the two entities', arrow);
  const to = p.name('an entity to reach after "->"', true);
  const query: PathQuery = { from, to, mode: 'shortest', maxHops: DEFAULT_MAX_HOPS, k: DEFAULT_K, direction: 'follow' };
  let modeToken: Token | undefined;
  let weighted = false;
  const setMode = (mode: 'all' | 'k-shortest', token: Token) => {
    if (modeToken) p.fail(`"${token.text}" conflicts with "${modeToken.text}"`, token);
    modeToken = token;
    query.mode = mode;
  };
  for (let t = p.next(); t; t = p.next()) {
    const word = t.quoted || t.arrow ? '' : t.text.toLowerCase();
    if (!p.isKeyword(t)) p.fail(`unexpected "${t.text}"; expected a keyword such as via, max, direction, all, k`, t);
    switch (word) {
      case 'via':
        query.via = p.list('relation types after "via"');
        break;
      case 'without':
        query.excludeRelationTypes = p.list('relation types after "without"');
        break;
      case 'exclude':
        query.excludeEntities = [...(query.excludeEntities ?? []), ...p.list('entities after "exclude"')];
        break;
      case 'through':
        query.through = p.name('an entity after "through"', true);
        break;
      case 'max':
        if (p.peek()?.text.toLowerCase() === 'hops' && !p.peek()?.quoted) p.next();
        query.maxHops = p.integer('a hop limit', 1);
        break;
      case 'max-hops':
        query.maxHops = p.integer('a hop limit', 1);
        break;
      case 'direction': {
        const value = p.next();
        const direction = value?.text.toLowerCase() as PathDirection;
        if (!value || !PATH_DIRECTIONS.includes(direction)) p.fail('expected follow, against or any', value);
        query.direction = direction;
        break;
      }
      case 'all':
      case 'shortest':
        if (word === 'all') setMode('all', t);
        else if (modeToken) p.fail(`"shortest" conflicts with "${modeToken.text}"`, t);
        break;
      case 'k':
        setMode('k-shortest', t);
        query.k = p.integer('a number of paths', 1);
        break;
      case 'weighted': {
        weighted = true;
        const attribute = p.peek();
        if (attribute && !p.isKeyword(attribute)) query.weightAttribute = p.next()?.text;
        break;
      }
      case 'from': {
        const start = p.integer('a start year', Number.MIN_SAFE_INTEGER);
        const toWord = p.next();
        if (!toWord || toWord.quoted || toWord.text.toLowerCase() !== 'to')
          p.fail('expected "to" and an end year', toWord);
        const endToken = p.peek();
        const end = p.integer('an end year', Number.MIN_SAFE_INTEGER);
        if (end < start) p.fail(`the end year ${end} is before the start year ${start}`, endToken);
        query.period = { start, end } satisfies YearRange;
        break;
      }
      default:
        p.fail(`unexpected "${t.text}"`, t);
    }
  }
  if (weighted) {
    if (query.mode === 'all')
      p.fail('"weighted" cannot be combined with "all" (all paths are listed by length)', modeToken);
    if (query.mode === 'shortest') query.mode = 'weighted';
    // With k, an explicit attribute keeps `k 3 weighted` meaning weighted k-shortest after a round trip.
    else if (query.weightAttribute === undefined) query.weightAttribute = 'weight';
  }
  return query;
}

function needsQuotes(item: string): boolean {
  if (item === '' || item !== item.trim() || / {2}|[^\S ]|["\\,→]|->/.test(item)) return true;
  return item
    .split(' ')
    .some((word) => KEYWORDS.has(word.toLowerCase()) || SOFT_KEYWORDS.has(word.toLowerCase()) || /^-?\d+$/.test(word));
}

function quote(item: string): string {
  return needsQuotes(item) ? `"${item.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"` : item;
}

/** The canonical text of a query (inverse of parsePathQuery for queries it can produce); defaults are left out. */
export function formatPathQuery(query: PathQuery): string {
  const parts = [quote(query.from), '->', quote(query.to)];
  if (query.via && query.via.length > 0) parts.push('via', query.via.map(quote).join(','));
  if (query.excludeRelationTypes && query.excludeRelationTypes.length > 0) {
    parts.push('without', query.excludeRelationTypes.map(quote).join(','));
  }
  if (query.excludeEntities && query.excludeEntities.length > 0) {
    parts.push('exclude', query.excludeEntities.map(quote).join(', '));
  }
  if (query.through !== undefined) parts.push('through', quote(query.through));
  if (query.maxHops !== DEFAULT_MAX_HOPS) parts.push('max', String(query.maxHops));
  if (query.direction !== 'follow') parts.push('direction', query.direction);
  if (query.mode === 'all') parts.push('all');
  if (query.mode === 'k-shortest') parts.push('k', String(query.k));
  if (query.mode === 'weighted' || (query.mode === 'k-shortest' && query.weightAttribute !== undefined)) {
    parts.push('weighted');
    if (query.weightAttribute !== undefined) parts.push(quote(query.weightAttribute));
  }
  if (query.period) parts.push('from', String(query.period.start), 'to', String(query.period.end));
  return parts.join(' ');
}
