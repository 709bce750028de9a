// Owns the query form's state (strings, as typed) and converting it to and from a PathQuery, with messages a person can act on.
import { DEFAULT_K, DEFAULT_MAX_HOPS, type PathDirection, type PathMode, type PathQuery } from '../../graph-data/paths';

export interface PathForm {
  from: string;
  to: string;
  mode: PathMode;
  maxHops: string;
  k: string;
  /** Comma-separated lists, as typed. */
  via: string;
  excludeRelationTypes: string;
  excludeEntities: string;
  through: string;
  direction: PathDirection;
  periodStart: string;
  periodEnd: string;
  weightAttribute: string;
}

export const EMPTY_FORM: PathForm = {
  from: '',
  to: '',
  mode: 'shortest',
  maxHops: String(DEFAULT_MAX_HOPS),
  k: String(DEFAULT_K),
  via: '',
  excludeRelationTypes: '',
  excludeEntities: '',
  through: '',
  direction: 'follow',
  periodStart: '',
  periodEnd: '',
  weightAttribute: '',
};

export const MODE_LABELS: Record<PathMode, string> = {
  shortest: 'Shortest',
  all: 'All up to the hop limit',
  'k-shortest': 'N shortest',
  weighted: 'Weighted (cheapest)',
};

export const DIRECTION_LABELS: Record<PathDirection, string> = {
  follow: 'Along relations',
  against: 'Against relations',
  any: 'Either way',
};

export type FormResult = { ok: true; query: PathQuery } | { ok: false; field: keyof PathForm; message: string };

function list(text: string): string[] {
  return text
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function year(text: string): number | null {
  const trimmed = text.trim();
  return /^-?\d{1,4}$/.test(trimmed) ? Number(trimmed) : null;
}

export function formToQuery(form: PathForm): FormResult {
  const from = form.from.trim();
  const to = form.to.trim();
  if (from === '') return { ok: false, field: 'from', message: 'Choose where the path starts (From).' };
  if (to === '') return { ok: false, field: 'to', message: 'Choose where the path ends (To).' };
  const maxHops = wholeNumber(form.maxHops);
  if (maxHops === null || maxHops < 1) {
    return { ok: false, field: 'maxHops', message: 'Max hops must be a whole number of at least 1.' };
  }
  const k = wholeNumber(form.k);
  if (form.mode === 'k-shortest' && (k === null || k < 1)) {
    return { ok: false, field: 'k', message: 'The number of paths must be a whole number of at least 1.' };
  }
  const query: PathQuery = { from, to, mode: form.mode, maxHops, k: k ?? DEFAULT_K, direction: form.direction };
  const via = list(form.via);
  if (via.length > 0) query.via = via;
  const without = list(form.excludeRelationTypes);
  if (without.length > 0) query.excludeRelationTypes = without;
  const excluded = list(form.excludeEntities);
  if (excluded.length > 0) query.excludeEntities = excluded;
  if (form.through.trim() !== '') query.through = form.through.trim();
  const start = form.periodStart.trim();
  const end = form.periodEnd.trim();
  if (start !== '' || end !== '') {
    // One year given means that single year: "from 1995" alone is read as 1995–1995.
    const a = year(start === '' ? end : start);
    const b = year(end === '' ? start : end);
    if (a === null) return { ok: false, field: 'periodStart', message: 'The period start must be a year.' };
    if (b === null) return { ok: false, field: 'periodEnd', message: 'The period end must be a year.' };
    if (a > b) return { ok: false, field: 'periodEnd', message: 'The period ends before it starts.' };
    query.period = { start: a, end: b };
  }
  const weight = form.weightAttribute.trim();
  if (weight !== '' && (form.mode === 'weighted' || form.mode === 'k-shortest')) query.weightAttribute = weight;
  return { ok: true, query };
}

export function queryToForm(query: PathQuery): PathForm {
  return {
    from: query.from,
    to: query.to,
    mode: query.mode,
    maxHops: String(query.maxHops),
    k: String(query.k),
    via: (query.via ?? []).join(', '),
    excludeRelationTypes: (query.excludeRelationTypes ?? []).join(', '),
    excludeEntities: (query.excludeEntities ?? []).join(', '),
    through: query.through ?? '',
    direction: query.direction,
    periodStart: query.period ? String(query.period.start) : '',
    periodEnd: query.period ? String(query.period.end) : '',
    weightAttribute: query.weightAttribute ?? '',
  };
}

/** Puts `candidate` wherever the form holds the unresolved `name` (an end, the waypoint, an avoided entity). */
export function replaceName(form: PathForm, name: string, candidate: string): PathForm {
  const swap = (text: string) => (text.trim() === name ? candidate : text);
  const swapList = (text: string) =>
    text
      .split(',')
      .map((item) => (item.trim() === name ? candidate : item.trim()))
      .join(', ');
  return {
    ...form,
    from: swap(form.from),
    to: swap(form.to),
    through: swap(form.through),
    excludeEntities: form.excludeEntities.trim() === '' ? form.excludeEntities : swapList(form.excludeEntities),
  };
}
