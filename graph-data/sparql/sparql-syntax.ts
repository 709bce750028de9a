// Owns writing values into SPARQL text safely: IRIs (checked, never escaped into something else), string literals, VALUES blocks and the dataset clause.
import { SparqlError } from './sparql-errors';

/** SPARQL 1.1 IRIREF: no control characters, spaces or any of <>"{}|^`\ (grammar rule [139]). */
const IRI_FORBIDDEN_PUNCTUATION = /[<>"{}|^`\\]/;

export function isWritableIri(iri: string): boolean {
  if (iri.length === 0 || IRI_FORBIDDEN_PUNCTUATION.test(iri)) return false;
  for (let i = 0; i < iri.length; i++) if (iri.charCodeAt(i) <= 0x20) return false;
  return true;
}

/**
 * `<iri>` for a query. An IRI that cannot be written as an IRIREF is refused rather than altered: a query about a
 * different IRI than the user picked would silently answer the wrong question.
 */
export function iriRef(iri: string, endpoint: string): string {
  if (!isWritableIri(iri)) {
    throw new SparqlError(
      'bad-request',
      endpoint,
      `the IRI ${JSON.stringify(iri)} cannot be written in a SPARQL query`,
    );
  }
  return `<${iri}>`;
}

/** A double-quoted string literal with every character the grammar treats specially escaped (ECHAR, rule [160]). */
export function stringLiteral(text: string): string {
  const escaped = text.replace(/[\\"\n\r\t\b\f]/g, (c) => {
    switch (c) {
      case '\n':
        return '\\n';
      case '\r':
        return '\\r';
      case '\t':
        return '\\t';
      case '\b':
        return '\\b';
      case '\f':
        return '\\f';
      default:
        return `\\${c}`;
    }
  });
  return `"${escaped}"`;
}

/** `VALUES ?v { <a> <b> }`: how a batch of entities goes into one query instead of one query each. */
export function valuesBlock(variable: string, iris: readonly string[], endpoint: string): string {
  return `VALUES ?${variable} { ${iris.map((iri) => iriRef(iri, endpoint)).join(' ')} }`;
}

/** The dataset: the named graph the user chose (FROM), or the endpoint's default graph. */
export function datasetClause(graph: string | undefined, endpoint: string): string {
  return graph === undefined ? '' : `FROM ${iriRef(graph, endpoint)}\n`;
}
