// Owns how RDF terms become graph identifiers: term refs (IRI or `_:label`), node keys and type ids within the schema's 200-character limit, and triple-derived edge keys.
import type { Term } from '@rdfjs/types';

/** An absolute IRI as is, or `_:label` for a blank node. Parsers resolve every IRI against a base, so no IRI starts with `_:`. */
export type RdfTermRef = string;

/** The schema's id limit (graph-data/schema/atlas-schema.ts); longer IRIs get a shortened, hashed id. */
const MAX_ID_LENGTH = 200;
const RESERVED_IDS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * cyrb53, a public-domain 53-bit string hash: fast, well distributed, and the same in every JavaScript engine, so a
 * node or edge id derived from it is the same in the UI, the CLI and for a SPARQL endpoint's copy of the triple.
 */
export function hash53(text: string): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(36);
}

/** The ref of an IRI or blank node; undefined for literals, variables, the default graph and RDF 1.2 triple terms. */
export function termRef(term: Term): RdfTermRef | undefined {
  if (term.termType === 'NamedNode') return term.value;
  if (term.termType === 'BlankNode') return `_:${term.value}`;
  return undefined;
}

export function isBlankRef(ref: RdfTermRef): boolean {
  return ref.startsWith('_:');
}

/**
 * The graph id (node key, entity or relation type id) of a term: the ref itself, or, past the schema's limit, its
 * first 180 characters, `…#` and a hash of the whole ref (stable, so the same IRI always gets the same id).
 */
export function idForRef(ref: RdfTermRef): string {
  if (ref.length <= MAX_ID_LENGTH && !RESERVED_IDS.has(ref)) return ref;
  return `${ref.slice(0, 180)}…#${hash53(ref)}`;
}

/** The key of the relation for one triple: derived from the triple alone, so it is the same from a file or an endpoint. */
export function edgeKeyForTriple(subject: RdfTermRef, predicate: string, object: RdfTermRef): string {
  return `t-${hash53(`${subject}\n${predicate}\n${object}`)}`;
}
