// Owns AtlasGraph → RDF quads: an RDF-origin graph gives back its own triples; any other graph gets IRIs under a base, its attributes as literals and its ontology as RDFS.
import type { BlankNode, Literal, NamedNode, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { AtlasGraph } from '../../model/atlas-graph';
import type { FormatWarning } from '../format-types';
import { isBlankRef } from './rdf-ids';
import { getRdfGraphData, getRdfNodeData, predicateOfType, type RdfNodeData } from './rdf-mapping';
import type { RdfLiteralValue, RdfPrefixes } from './rdf-names';
import { DEFAULT_RDF_BASE } from './rdf-syntax';
import {
  OWL_NS,
  OWL_SYMMETRIC_PROPERTY,
  RDF_JSON,
  RDF_NS,
  RDF_PROPERTY,
  RDF_TYPE,
  RDFS_CLASS,
  RDFS_COMMENT,
  RDFS_LABEL,
  RDFS_NS,
  SKOS_ALT_LABEL,
  SKOS_NS,
  XSD_BOOLEAN,
  XSD_DOUBLE,
  XSD_INTEGER,
  XSD_NS,
} from './rdf-vocabulary';

const { namedNode, blankNode, literal, quad } = DataFactory;

export { DEFAULT_RDF_BASE };

export interface RdfWriteOptions {
  /** Base for the IRIs of entities, types and attributes of a graph that did not come from RDF. */
  baseIri?: string;
}

export interface GraphQuads {
  quads: Quad[];
  prefixes: RdfPrefixes;
  warnings: FormatWarning[];
}

/** True for what parsers accept as an IRI here: a scheme, and none of the characters IRIs exclude. */
function isAbsoluteIri(value: string): boolean {
  return /^[A-Za-z][A-Za-z0-9+.-]*:[^\s<>"{}|\\^`]*$/.test(value);
}

/** A base must end in `/` or `#` so that appending a name gives a child IRI. */
export function normaliseBase(base: string | undefined): string {
  const trimmed = (base ?? '').trim();
  if (trimmed === '') return DEFAULT_RDF_BASE;
  if (!isAbsoluteIri(trimmed))
    throw new Error(`the IRI base "${trimmed}" is not an absolute IRI (e.g. ${DEFAULT_RDF_BASE})`);
  return /[/#]$/.test(trimmed) ? trimmed : `${trimmed}/`;
}

/** Blank node labels every syntax accepts; others (an RDF/XML nodeID ending in `.`) are renamed, which isomorphism allows. */
const SAFE_LABEL = /^[A-Za-z0-9_](?:[A-Za-z0-9_-]*)$/;

function blankNodeNamer(labels: Iterable<string>) {
  const used = new Set<string>();
  for (const label of labels) if (SAFE_LABEL.test(label)) used.add(label);
  const renamed = new Map<string, string>();
  let next = 0;
  return (label: string): BlankNode => {
    if (SAFE_LABEL.test(label)) return blankNode(label);
    let name = renamed.get(label);
    if (name === undefined) {
      do name = `b${next++}`;
      while (used.has(name));
      used.add(name);
      renamed.set(label, name);
    }
    return blankNode(name);
  };
}

function rdfLiteral(l: RdfLiteralValue): Literal {
  if (l.language) {
    return l.direction
      ? literal(l.value, { language: l.language, direction: l.direction } as never)
      : literal(l.value, l.language);
  }
  return l.datatype ? literal(l.value, namedNode(l.datatype)) : literal(l.value);
}

/** A graph read from RDF: exactly its triples (types, literals, one per relation), blank nodes possibly renamed. */
function rdfOriginQuads(graph: AtlasGraph, base: string): GraphQuads {
  const rdf = getRdfGraphData(graph);
  const warnings: FormatWarning[] = [];
  const blanks = blankNodeNamer(
    graph
      .mapNodes((key) => getRdfNodeData(graph, key)?.id ?? '')
      .filter((id) => isBlankRef(id))
      .map((id) => id.slice(2)),
  );
  const term = (ref: string): NamedNode | BlankNode => (isBlankRef(ref) ? blanks(ref.slice(2)) : namedNode(ref));
  const subjectOf = (key: string): NamedNode | BlankNode => {
    const data = getRdfNodeData(graph, key);
    return data ? term(data.id) : namedNode(`${base}entity/${encodeURIComponent(key)}`);
  };
  const quads: Quad[] = [];
  const seen = new Set<string>();
  graph.forEachNode((key) => {
    const subject = subjectOf(key);
    const data: RdfNodeData | undefined = getRdfNodeData(graph, key);
    for (const type of data?.types ?? []) quads.push(quad(subject, namedNode(RDF_TYPE), term(type)));
    for (const l of data?.literals ?? []) quads.push(quad(subject, namedNode(l.predicate), rdfLiteral(l)));
    graph.forEachOutEdge(key, (edge, attributes, _source, target) => {
      const predicate = predicateOfType(graph, attributes.type);
      if (!isAbsoluteIri(predicate)) {
        warnings.push({ element: `relation "${edge}"`, message: `its type "${predicate}" is not an IRI; not written` });
        return;
      }
      const object = subjectOf(target);
      const id = `${subject.termType}${subject.value}\n${predicate}\n${object.termType}${object.value}`;
      if (seen.has(id)) return;
      seen.add(id);
      quads.push(quad(subject, namedNode(predicate), object));
    });
  });
  return { quads, prefixes: { ...(rdf?.prefixes ?? {}) }, warnings };
}

function typedLiteral(value: unknown): Literal[] {
  if (typeof value === 'string') return [literal(value)];
  if (typeof value === 'boolean') return [literal(String(value), namedNode(XSD_BOOLEAN))];
  if (typeof value === 'number' && Number.isFinite(value)) {
    return [literal(String(value), namedNode(Number.isInteger(value) ? XSD_INTEGER : XSD_DOUBLE))];
  }
  if (Array.isArray(value) && value.every((v) => typeof v !== 'object' || v === null)) {
    return value.flatMap((v) => (v === null ? [] : typedLiteral(v)));
  }
  return [literal(JSON.stringify(value), namedNode(RDF_JSON))];
}

/** Attributes written as RDFS labels/comments or only meaningful to the layout. */
const NOT_ATTRIBUTES = new Set(['label', 'type', 'description', 'aliases', 'x', 'y', 'rdf']);

/** Any other graph: entities, types and attributes under `base`, the ontology as RDFS classes and properties. */
function foreignQuads(graph: AtlasGraph, base: string): GraphQuads {
  const iri = (kind: string, id: string) => namedNode(`${base}${kind}/${encodeURIComponent(id)}`);
  const quads: Quad[] = [];
  const warnings: FormatWarning[] = [];
  const a = namedNode(RDF_TYPE);
  const label = namedNode(RDFS_LABEL);
  const comment = namedNode(RDFS_COMMENT);
  const ontology = graph.getAttribute('ontology');
  for (const t of ontology.entityTypes) {
    const cls = iri('class', t.id);
    quads.push(quad(cls, a, namedNode(RDFS_CLASS)), quad(cls, label, literal(t.label)));
    if (t.description) quads.push(quad(cls, comment, literal(t.description)));
  }
  for (const t of ontology.relationTypes) {
    const property = iri('property', t.id);
    quads.push(quad(property, a, namedNode(RDF_PROPERTY)), quad(property, label, literal(t.label)));
    if (t.symmetric) quads.push(quad(property, a, namedNode(OWL_SYMMETRIC_PROPERTY)));
    if (t.description) quads.push(quad(property, comment, literal(t.description)));
  }
  const attributeNames = new Set<string>();
  const nodeQuads: Quad[] = [];
  graph.forEachNode((key, attributes) => {
    const subject = iri('entity', key);
    nodeQuads.push(quad(subject, a, iri('class', attributes.type)), quad(subject, label, literal(attributes.label)));
    if (attributes.description) nodeQuads.push(quad(subject, comment, literal(attributes.description)));
    for (const alias of attributes.aliases ?? [])
      nodeQuads.push(quad(subject, namedNode(SKOS_ALT_LABEL), literal(alias)));
    for (const [name, value] of Object.entries(attributes)) {
      if (NOT_ATTRIBUTES.has(name) || value === undefined) continue;
      const values = typedLiteral(value);
      if (values.length === 0) continue;
      attributeNames.add(name);
      for (const v of values) nodeQuads.push(quad(subject, iri('attribute', name), v));
    }
    graph.forEachOutEdge(key, (_edge, edgeAttributes, _source, target) => {
      nodeQuads.push(quad(subject, iri('property', edgeAttributes.type), iri('entity', target)));
    });
  });
  for (const name of [...attributeNames].sort()) {
    const property = iri('attribute', name);
    quads.push(quad(property, a, namedNode(RDF_PROPERTY)), quad(property, label, literal(name)));
  }
  quads.push(...nodeQuads);
  // RDF relations are bare triples: what a relation carries beyond its type has no place in them.
  let dropped = 0;
  const pairs = new Set<string>();
  let parallel = 0;
  graph.forEachEdge((_edge, attributes, source, target) => {
    const { type: _t, description, provenance, ...rest } = attributes;
    if (description || (provenance?.length ?? 0) > 0 || Object.keys(rest).length > 0) dropped++;
    const pair = `${source}\n${attributes.type}\n${target}`;
    if (pairs.has(pair)) parallel++;
    pairs.add(pair);
  });
  if (dropped > 0) {
    warnings.push({
      element: `${dropped} relation(s)`,
      message: 'descriptions, provenance and other relation attributes are not carried by RDF triples',
    });
  }
  if (parallel > 0) {
    warnings.push({
      element: `${parallel} relation(s)`,
      message: 'parallel relations of the same type between the same entities become one triple',
    });
  }
  const prefixes: RdfPrefixes = {
    atlas: base,
    entity: `${base}entity/`,
    class: `${base}class/`,
    property: `${base}property/`,
    attribute: `${base}attribute/`,
    rdf: RDF_NS,
    rdfs: RDFS_NS,
    owl: OWL_NS,
    skos: SKOS_NS,
    xsd: XSD_NS,
  };
  return { quads, prefixes, warnings };
}

/**
 * The triples of a graph. A graph read from RDF (graph attribute `rdf`) gives back the same triples, also after a
 * trip through JSON or GraphML; any other graph is written under `options.baseIri` (default `DEFAULT_RDF_BASE`).
 */
export function graphToQuads(graph: AtlasGraph, options: RdfWriteOptions = {}): GraphQuads {
  const base = normaliseBase(options.baseIri);
  return getRdfGraphData(graph) ? rdfOriginQuads(graph, base) : foreignQuads(graph, base);
}
