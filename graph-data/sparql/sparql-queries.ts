// Owns the text of every query the client sends: label search, neighbour counts and pages, entity descriptions, path steps, whole-graph pages.
import { ALIAS_PREDICATES, LABEL_PREDICATES, OWL_SYMMETRIC_PROPERTY, RDF_TYPE } from '../formats/rdf/rdf-vocabulary';
import { datasetClause, iriRef, stringLiteral, valuesBlock } from './sparql-syntax';

/** Predicates whose literal objects are searched as names: the mapping's label predicates plus its alias predicates. */
export const SEARCH_LABEL_PREDICATES: readonly string[] = [...LABEL_PREDICATES, ...ALIAS_PREDICATES];

/** Where the query runs: which endpoint (for error messages) and which named graph, if any. */
export interface QueryScope {
  endpoint: string;
  graph?: string | undefined;
}

/** The mapping's relation: a triple whose object is not a literal and whose predicate is not rdf:type. */
const RELATION_FILTER = `FILTER(!isLiteral(?o) && ?p != ${`<${RDF_TYPE}>`})`;

/**
 * Entities with a name containing `text` (case-insensitive), shortest name first so an exact match leads.
 * CONTAINS/LCASE is plain SPARQL 1.1: it works on every endpoint, at the cost of a scan of the name triples.
 */
export function searchQuery(scope: QueryScope, text: string, limit: number): string {
  const predicates = SEARCH_LABEL_PREDICATES.map((p) => iriRef(p, scope.endpoint)).join(' ');
  return `SELECT ?s (MIN(STRLEN(STR(?name))) AS ?length)
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  VALUES ?namePredicate { ${predicates} }
  ?s ?namePredicate ?name .
  FILTER(isLiteral(?name) && CONTAINS(LCASE(STR(?name)), ${stringLiteral(text.toLowerCase())}))
}
GROUP BY ?s
ORDER BY ?length ?s
LIMIT ${limit}`;
}

/** Entities whose name equals `text` ignoring case: how the CLI resolves a label to an IRI. */
export function exactNameQuery(scope: QueryScope, text: string, limit: number): string {
  const predicates = SEARCH_LABEL_PREDICATES.map((p) => iriRef(p, scope.endpoint)).join(' ');
  return `SELECT DISTINCT ?s
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  VALUES ?namePredicate { ${predicates} }
  ?s ?namePredicate ?name .
  FILTER(isLiteral(?name) && LCASE(STR(?name)) = ${stringLiteral(text.toLowerCase())})
}
ORDER BY ?s
LIMIT ${limit}`;
}

/**
 * Subjects whose IRI ends in `/name` or `#name` (case-insensitive): the mapping labels an unnamed entity by its
 * local name, so the CLI must find it by that too.
 */
export function localNameQuery(scope: QueryScope, localName: string, limit: number): string {
  const tail = stringLiteral(localName.toLowerCase());
  return `SELECT DISTINCT ?s
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  ?s ?p ?o .
  FILTER(isIRI(?s))
  BIND(LCASE(STR(?s)) AS ?iri)
  FILTER(STRENDS(?iri, CONCAT("/", ${tail})) || STRENDS(?iri, CONCAT("#", ${tail})))
}
ORDER BY ?s
LIMIT ${limit}`;
}

/** Whether the IRI appears as a subject or object in the scope. */
export function existsQuery(scope: QueryScope, iri: string): string {
  const x = iriRef(iri, scope.endpoint);
  return `ASK ${datasetClause(scope.graph, scope.endpoint)}{ { ${x} ?p ?o } UNION { ?s ?p ${x} } }`;
}

/** The pattern binding ?n to every neighbour of `x` over a relation (either direction), itself excluded. */
function neighbourPattern(x: string): string {
  return `{ ${x} ?p ?n . FILTER(!isLiteral(?n) && ?p != <${RDF_TYPE}>) }
  UNION
  { ?n ?p ${x} . FILTER(?p != <${RDF_TYPE}>) }
  FILTER(?n != ${x})`;
}

export function neighbourCountQuery(scope: QueryScope, iri: string): string {
  const x = iriRef(iri, scope.endpoint);
  return `SELECT (COUNT(DISTINCT ?n) AS ?count)
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  ${neighbourPattern(x)}
}`;
}

/**
 * One page of neighbours (in IRI order, so "more" continues where the last page stopped) with every relation that
 * joins each to `x`, in one query so blank-node neighbours (which no later query can name) come with their relation.
 * The relations are a subquery of their own, joined to the page: written as a join on ?n instead, Virtuoso plans the
 * incoming half as a scan (16 s for a 4,000-neighbour entity in a 1M-triple store against 40 ms this way; see
 * bench/sparql-bench.ts). Self-loops on `x` come with the first page.
 */
export function neighbourPageQuery(scope: QueryScope, iri: string, limit: number, offset: number): string {
  const x = iriRef(iri, scope.endpoint);
  const selfLoops =
    offset === 0
      ? `
  UNION
  { ${x} ?p ${x} . FILTER(?p != <${RDF_TYPE}>) BIND(${x} AS ?n) BIND("out" AS ?direction) }`
      : '';
  return `SELECT ?n ?p ?direction
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  {
    {
      SELECT DISTINCT ?n WHERE {
        ${neighbourPattern(x)}
      }
      ORDER BY ?n
      LIMIT ${limit}
      OFFSET ${offset}
    }
    {
      SELECT ?n ?p ?direction WHERE {
        { ${x} ?p ?n . FILTER(?p != <${RDF_TYPE}>) BIND("out" AS ?direction) }
        UNION
        { ?n ?p ${x} . FILTER(?p != <${RDF_TYPE}>) BIND("in" AS ?direction) }
      }
    }
  }${selfLoops}
}`;
}

/** Everything the mapping needs to describe entities besides their relations: literal triples and rdf:type. */
export function describeQuery(scope: QueryScope, iris: readonly string[], limit: number): string {
  return `SELECT ?s ?p ?o
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  ${valuesBlock('s', iris, scope.endpoint)}
  ?s ?p ?o .
  FILTER(isLiteral(?o) || ?p = <${RDF_TYPE}>)
}
LIMIT ${limit}`;
}

export type StepDirection = 'out' | 'in' | 'both';

export interface PredicateFilter {
  /** Only these predicates (the path query's "via"). */
  only?: readonly string[];
  /** Never these (the path query's "without"). */
  never?: readonly string[];
}

function predicateFilter(filter: PredicateFilter, endpoint: string): string {
  const parts: string[] = [];
  if (filter.only && filter.only.length > 0) {
    parts.push(`FILTER(?p IN (${filter.only.map((p) => iriRef(p, endpoint)).join(', ')}))`);
  }
  if (filter.never && filter.never.length > 0) {
    parts.push(`FILTER(?p NOT IN (${filter.never.map((p) => iriRef(p, endpoint)).join(', ')}))`);
  }
  return parts.join('\n  ');
}

/**
 * One breadth-first step for a batch of frontier entities: their relations leaving (`out`), arriving (`in`) or both,
 * plus, for one direction, the other direction's relations over `symmetric` predicates (walkable both ways).
 * Rows are ?s ?p ?o triples, whatever the direction.
 */
export function stepQuery(
  scope: QueryScope,
  iris: readonly string[],
  direction: StepDirection,
  filter: PredicateFilter,
  limit: number,
  symmetric: readonly string[] = [],
): string {
  const out = `{ ${valuesBlock('s', iris, scope.endpoint)} ?s ?p ?o . ${RELATION_FILTER} }`;
  const incoming = `{ ${valuesBlock('o', iris, scope.endpoint)} ?s ?p ?o . ${RELATION_FILTER} }`;
  const onlySymmetric = (pattern: string) =>
    `${pattern.slice(0, -2)} FILTER(?p IN (${symmetric.map((p) => iriRef(p, scope.endpoint)).join(', ')})) }`;
  let pattern = direction === 'out' ? out : direction === 'in' ? incoming : `${out}\n  UNION\n  ${incoming}`;
  if (direction !== 'both' && symmetric.length > 0) {
    pattern += `\n  UNION\n  ${onlySymmetric(direction === 'out' ? incoming : out)}`;
  }
  return `SELECT ?s ?p ?o
${datasetClause(scope.graph, scope.endpoint)}WHERE {
  ${pattern}
  ${predicateFilter(filter, scope.endpoint)}
}
LIMIT ${limit}`;
}

/** Predicates declared owl:SymmetricProperty: the mapping makes their relation types symmetric (walkable both ways). */
export function symmetricPredicatesQuery(scope: QueryScope, limit: number): string {
  return `SELECT DISTINCT ?p
${datasetClause(scope.graph, scope.endpoint)}WHERE { ?p <${RDF_TYPE}> <${OWL_SYMMETRIC_PROPERTY}> }
LIMIT ${limit}`;
}

export function tripleCountQuery(scope: QueryScope): string {
  return `SELECT (COUNT(*) AS ?count)
${datasetClause(scope.graph, scope.endpoint)}WHERE { ?s ?p ?o }`;
}

/**
 * One page of the whole graph. Unordered: endpoints refuse to sort deep pages (Virtuoso allows 10,000 sorted rows),
 * so the reader checks instead that the pages together hold every counted triple exactly once.
 */
export function triplePageQuery(scope: QueryScope, limit: number, offset: number): string {
  return `SELECT ?s ?p ?o
${datasetClause(scope.graph, scope.endpoint)}WHERE { ?s ?p ?o }
LIMIT ${limit}
OFFSET ${offset}`;
}
