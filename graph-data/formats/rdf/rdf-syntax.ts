// Owns the names of the RDF syntaxes and telling them from a file name or an XML root, without loading any parser (cheap to import anywhere).

export type RdfSyntax = 'turtle' | 'ntriples' | 'nquads' | 'trig' | 'jsonld' | 'rdfxml';

export const RDF_SYNTAX_NAMES: Record<RdfSyntax, string> = {
  turtle: 'Turtle',
  ntriples: 'N-Triples',
  nquads: 'N-Quads',
  trig: 'TriG',
  jsonld: 'JSON-LD',
  rdfxml: 'RDF/XML',
};

/** The RDF syntax a file name implies; `.xml` is RDF/XML only when its content says so (see `looksLikeRdfXml`). */
export function rdfSyntaxFromFileName(name: string): RdfSyntax | undefined {
  const lower = name.toLowerCase();
  if (lower.endsWith('.ttl')) return 'turtle';
  if (lower.endsWith('.nt')) return 'ntriples';
  if (lower.endsWith('.nq')) return 'nquads';
  if (lower.endsWith('.trig')) return 'trig';
  if (lower.endsWith('.jsonld')) return 'jsonld';
  if (lower.endsWith('.rdf') || lower.endsWith('.owl')) return 'rdfxml';
  return undefined;
}

/** True when the first element of an XML text is `rdf:RDF` (any prefix, or the RDF namespace as default). */
export function looksLikeRdfXml(text: string): boolean {
  const head = text.slice(0, 4096).replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[\s\S]*?(\]\s*)?>/g, '');
  const root = /<([A-Za-z_][\w.-]*:)?RDF[\s>/]/.exec(head);
  return root !== null && head.slice(0, root.index).trim() === '';
}

/**
 * Where the IRIs of a graph that did not come from RDF live unless the user sets another base (Save As, `kg convert
 * --base`). `.example` is reserved (RFC 2606): these IRIs are names, not addresses that resolve.
 */
export const DEFAULT_RDF_BASE = 'https://alliance-atlas.example/graph/';
