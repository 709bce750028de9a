// Owns how IRIs and literals are shown: prefixed names (a file's prefixes, then well-known ones), local names, and picking a label by language preference.
import { isBlankRef, type RdfTermRef } from './rdf-ids';
import { WELL_KNOWN_PREFIXES } from './rdf-vocabulary';

/** Namespace IRI by prefix, e.g. `{ foaf: 'http://xmlns.com/foaf/0.1/' }`. */
export type RdfPrefixes = Record<string, string>;

/** A local part that reads well after `prefix:` (a simplified Turtle PN_LOCAL: no escapes needed). */
const SIMPLE_LOCAL = /^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$/;

/** `prefix:local` for the longest namespace of `prefixes` (then the well-known ones) that `iri` starts with, if any. */
export function prefixedName(iri: string, prefixes: RdfPrefixes = {}): string | undefined {
  let best: { prefix: string; ns: string } | undefined;
  const consider = (table: Readonly<RdfPrefixes>, taken: RdfPrefixes | undefined) => {
    for (const [prefix, ns] of Object.entries(table)) {
      if (ns === '' || !iri.startsWith(ns)) continue;
      // A well-known prefix name the file rebinds to another namespace is not used.
      if (taken && Object.hasOwn(taken, prefix) && taken[prefix] !== ns) continue;
      if (!best || ns.length > best.ns.length) best = { prefix, ns };
    }
  };
  consider(prefixes, undefined);
  if (!best) consider(WELL_KNOWN_PREFIXES, prefixes);
  if (!best) return undefined;
  const local = iri.slice(best.ns.length);
  if (local !== '' && !SIMPLE_LOCAL.test(local)) return undefined;
  return `${best.prefix}:${local}`;
}

/** The part of an IRI after its last `#`, `/` or `:` (the whole IRI when that part is empty). */
export function localName(iri: string): string {
  const trimmed = iri.replace(/[#/]+$/, '');
  const cut = Math.max(trimmed.lastIndexOf('#'), trimmed.lastIndexOf('/'), trimmed.lastIndexOf(':'));
  const local = cut >= 0 ? trimmed.slice(cut + 1) : trimmed;
  return local === '' ? iri : local;
}

/** How a term is shown when the data gives it no label: `_:b1`, else its prefixed name, else its local name. */
export function displayNameForRef(ref: RdfTermRef, prefixes: RdfPrefixes = {}): string {
  if (isBlankRef(ref)) return ref;
  return prefixedName(ref, prefixes) ?? localName(ref);
}

/** A literal as the mapping keeps it: `datatype` omitted for xsd:string and for language-tagged strings. */
export interface RdfLiteralValue {
  /** Predicate IRI. */
  predicate: string;
  /** Lexical form, exactly as in the file. */
  value: string;
  datatype?: string;
  language?: string;
  /** RDF 1.2 base direction of a directional language-tagged string. */
  direction?: 'ltr' | 'rtl';
}

/** `languageRank` of an untagged literal: lower ranks are the preferred language and English. */
export const UNTAGGED_RANK = 4;

/**
 * Rank of a language tag for a preferred language (lower is better): the user's language (also its regional
 * variants: `en` matches `en-GB`), then English, then untagged, then anything else.
 */
export function languageRank(language: string | undefined, preferred: string | undefined): number {
  const tag = (language ?? '').toLowerCase();
  const primary = tag.split('-')[0] ?? '';
  const wanted = (preferred ?? '').toLowerCase();
  if (wanted !== '') {
    if (tag === wanted) return 0;
    if (primary === wanted.split('-')[0]) return 1;
  }
  if (tag === 'en') return 2;
  if (primary === 'en') return 3;
  if (tag === '') return UNTAGGED_RANK;
  return UNTAGGED_RANK + 1;
}

/**
 * The best non-empty literal among `literals` whose predicate is one of `predicates`: by language rank first,
 * then by the order of `predicates`, then by file order.
 */
export function pickByLanguage(
  literals: readonly RdfLiteralValue[],
  predicates: readonly string[],
  preferred: string | undefined,
): RdfLiteralValue | undefined {
  let best: RdfLiteralValue | undefined;
  let bestRank = Number.POSITIVE_INFINITY;
  for (const literal of literals) {
    const order = predicates.indexOf(literal.predicate);
    if (order < 0 || literal.value.trim() === '') continue;
    const rank = languageRank(literal.language, preferred) * predicates.length + order;
    if (rank < bestRank) {
      best = literal;
      bestRank = rank;
    }
  }
  return best;
}
