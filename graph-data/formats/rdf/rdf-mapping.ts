// Owns the RDF → AtlasGraph mapping (graph-data/formats/README.md "RDF"): entities, labels, types, relations and literal attributes from RDF/JS quads, built fresh or merged into an open graph.
import type { Literal, Quad } from '@rdfjs/types';
import { type AtlasGraph, createAtlasGraph } from '../../model/atlas-graph';
import type { NodeAttributes } from '../../schema/atlas-schema';
import { edgeKeyForTriple, idForRef, type RdfTermRef, termRef } from './rdf-ids';
import {
  displayNameForRef,
  languageRank,
  pickByLanguage,
  type RdfLiteralValue,
  type RdfPrefixes,
  UNTAGGED_RANK,
} from './rdf-names';
import { RESOURCE_TYPE_ID, refreshRdfOntology } from './rdf-ontology';
import {
  ALIAS_PREDICATES,
  DESCRIPTION_PREDICATES,
  LABEL_PREDICATES,
  RDF_DIR_LANG_STRING,
  RDF_LANG_STRING,
  RDF_TYPE,
  XSD_STRING,
} from './rdf-vocabulary';

/** Which quads are read: the default graph (the default), every graph merged, or one named graph (its IRI or `_:label`). */
export type RdfGraphSelection = 'default' | 'all' | RdfTermRef;

export interface RdfMappingOptions {
  /** Prefixes the source declared; kept for display and for writing back. */
  prefixes?: RdfPrefixes;
  /** Preferred language for labels, descriptions and aliases (BCP 47, e.g. `fr`); then English, then untagged. */
  language?: string;
  /** Default `'default'`. */
  graph?: RdfGraphSelection;
  /** The graph's `name` attribute (e.g. the file name); only set when building a new graph. */
  name?: string;
}

/** What an RDF-origin node keeps to be written back: node attribute `rdf`. */
export interface RdfNodeData {
  /** The full term: the IRI, or `_:label` (the node key is the same unless the IRI is over 200 characters). */
  id: RdfTermRef;
  /** Objects of its `rdf:type` triples, in the order first seen. */
  types: RdfTermRef[];
  /** Its literal-valued triples, in the order first seen; repeated predicates keep every value. */
  literals: RdfLiteralValue[];
}

/** Graph attribute `rdf`: its presence marks an RDF-origin graph. */
export interface RdfGraphData {
  prefixes: RdfPrefixes;
  language?: string;
  /** Which graph of the source was read. */
  graph: RdfGraphSelection;
  /** Entity/relation type ids that are not their own IRI (IRIs over 200 characters): id → IRI. */
  typeRefs: Record<string, RdfTermRef>;
}

export interface MergeResult {
  addedNodes: string[];
  addedEdges: string[];
}

/** Thrown for RDF the mapping cannot represent (RDF 1.2 triple terms); readers turn it into a located GraphFileError. */
export class RdfMappingError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RdfMappingError';
  }
}

export function getRdfGraphData(graph: AtlasGraph): RdfGraphData | undefined {
  const data = graph.getAttribute('rdf' as never) as unknown;
  return data !== null && typeof data === 'object' ? (data as RdfGraphData) : undefined;
}

export function getRdfNodeData(graph: AtlasGraph, key: string): RdfNodeData | undefined {
  const data = graph.getNodeAttribute(key, 'rdf') as unknown;
  return data !== null && typeof data === 'object' ? (data as RdfNodeData) : undefined;
}

/** The predicate IRI of a relation type id (the id itself unless it was shortened). */
export function predicateOfType(graph: AtlasGraph, typeId: string): string {
  return getRdfGraphData(graph)?.typeRefs[typeId] ?? typeId;
}

/** The node key an IRI or `_:label` has in a graph built by this mapping. */
export const nodeKeyForRef = idForRef;

function literalValue(predicate: string, term: Literal): RdfLiteralValue {
  const out: RdfLiteralValue = { predicate, value: term.value };
  const datatype = term.datatype?.value ?? XSD_STRING;
  if (term.language) {
    out.language = term.language;
    const direction = (term as { direction?: string }).direction;
    if (direction === 'ltr' || direction === 'rtl') out.direction = direction;
    if (datatype !== RDF_LANG_STRING && datatype !== RDF_DIR_LANG_STRING) out.datatype = datatype;
  } else if (datatype !== XSD_STRING) {
    out.datatype = datatype;
  }
  return out;
}

const literalIdentity = (l: RdfLiteralValue) =>
  `${l.predicate}\n${l.value}\n${l.datatype ?? ''}\n${l.language?.toLowerCase() ?? ''}\n${l.direction ?? ''}`;

/** Namespaces of RDF's own meta-vocabulary: a type from them (owl:NamedIndividual) is a poor display type. */
const META_NAMESPACES = [
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'http://www.w3.org/2000/01/rdf-schema#',
  'http://www.w3.org/2002/07/owl#',
];

/**
 * The stable order of a node's types, whose first is its display type: domain types before RDF/RDFS/OWL ones,
 * IRIs before blank nodes, then by code point. It does not depend on file order, so a file and an endpoint agree.
 */
export function compareTypeRefs(a: RdfTermRef, b: RdfTermRef): number {
  const rank = (ref: string) => (ref.startsWith('_:') ? 2 : META_NAMESPACES.some((ns) => ref.startsWith(ns)) ? 1 : 0);
  return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
}

/** Label, description, aliases and display type of a node, from its RDF data. */
export function derivedNodeAttributes(
  data: RdfNodeData,
  prefixes: RdfPrefixes,
  language: string | undefined,
): Pick<NodeAttributes, 'label' | 'type' | 'description' | 'aliases'> {
  const label =
    pickByLanguage(data.literals, LABEL_PREDICATES, language)?.value ?? displayNameForRef(data.id, prefixes);
  const description = pickByLanguage(data.literals, DESCRIPTION_PREDICATES, language)?.value ?? '';
  const altLabels = data.literals.filter((l) => ALIAS_PREDICATES.includes(l.predicate) && l.value.trim() !== '');
  // Aliases in the preferred language, English or untagged; every alias when there are none of those (see README).
  const preferred = altLabels.filter((l) => languageRank(l.language, language) <= UNTAGGED_RANK);
  const aliases = [...new Set((preferred.length > 0 ? preferred : altLabels).map((l) => l.value))].filter(
    (a) => a !== label,
  );
  const [first] = [...data.types].sort(compareTypeRefs);
  return { label, description, aliases, type: first === undefined ? RESOURCE_TYPE_ID : idForRef(first) };
}

/**
 * Adds quads one at a time to a graph and, on `finish`, recomputes what depends on several triples (labels,
 * display types, the ontology). Readers stream into it; `quadsToAtlasGraph` and `mergeQuadsInto` wrap it.
 */
export class RdfGraphBuilder {
  readonly graph: AtlasGraph;
  private readonly data: RdfGraphData;
  private readonly selection: RdfGraphSelection;
  private readonly touched = new Set<string>();
  private readonly literalSets = new Map<string, Set<string>>();
  private readonly addedNodes: string[] = [];
  private readonly addedEdges: string[] = [];
  private readonly newRelationTypes = new Set<string>();

  constructor(graph: AtlasGraph, options: RdfMappingOptions = {}) {
    this.graph = graph;
    this.selection = options.graph ?? 'default';
    const existing = getRdfGraphData(graph);
    this.data = existing ?? {
      prefixes: {},
      graph: this.selection,
      typeRefs: {},
      ...(options.language ? { language: options.language } : {}),
    };
    if (options.language) this.data.language = options.language;
    // Prefixes already bound keep their namespace: display names of what is already shown must not change.
    for (const [prefix, ns] of Object.entries(options.prefixes ?? {})) {
      if (prefix !== '__proto__' && !Object.hasOwn(this.data.prefixes, prefix)) this.data.prefixes[prefix] = ns;
    }
    if (!existing) graph.setAttribute('rdf' as never, this.data as never);
    if (!graph.hasAttribute('sources')) graph.setAttribute('sources', []);
    if (options.name !== undefined && !graph.hasAttribute('name')) graph.setAttribute('name', options.name);
  }

  /** Binds a prefix the source declares while it is being read (a file's later `@prefix` lines). */
  addPrefix(prefix: string, namespace: string): void {
    if (prefix !== '__proto__' && !Object.hasOwn(this.data.prefixes, prefix)) this.data.prefixes[prefix] = namespace;
  }

  private inSelection(quad: Quad): boolean {
    if (this.selection === 'all') return true;
    if (this.selection === 'default') return quad.graph.termType === 'DefaultGraph';
    return termRef(quad.graph) === this.selection;
  }

  private ensureNode(ref: RdfTermRef): string {
    const key = idForRef(ref);
    if (!this.graph.hasNode(key)) {
      const rdf: RdfNodeData = { id: ref, types: [], literals: [] };
      this.graph.addNode(key, {
        label: ref,
        type: RESOURCE_TYPE_ID,
        description: '',
        aliases: [],
        provenance: [],
        rdf,
      });
      this.addedNodes.push(key);
    }
    this.touched.add(key);
    return key;
  }

  private nodeData(key: string): RdfNodeData {
    let data = getRdfNodeData(this.graph, key);
    if (!data) {
      // A node of another origin (merged into): give it RDF data under its own key.
      data = { id: key, types: [], literals: [] };
      this.graph.setNodeAttribute(key, 'rdf', data);
    }
    return data;
  }

  /** Short lists are scanned (no allocation per entity); a long one gets a set of identities, kept until `finish`. */
  private hasLiteral(key: string, data: RdfNodeData, literal: RdfLiteralValue): boolean {
    const literals = data.literals;
    if (literals.length < 16) {
      return literals.some(
        (l) =>
          l.value === literal.value &&
          l.predicate === literal.predicate &&
          l.datatype === literal.datatype &&
          l.language?.toLowerCase() === literal.language?.toLowerCase() &&
          l.direction === literal.direction,
      );
    }
    let seen = this.literalSets.get(key);
    if (!seen) {
      seen = new Set(literals.map(literalIdentity));
      this.literalSets.set(key, seen);
    }
    const identity = literalIdentity(literal);
    if (seen.has(identity)) return true;
    seen.add(identity);
    return false;
  }

  /** Adds one quad (ignored when outside the selected graph). Throws RdfMappingError for RDF 1.2 triple terms. */
  add(quad: Quad): void {
    if (!this.inSelection(quad)) return;
    const subject = termRef(quad.subject);
    if (subject === undefined) throw new RdfMappingError('a triple term as subject is not supported (RDF 1.2)');
    const predicate = quad.predicate.value;
    const object = quad.object;
    const sKey = this.ensureNode(subject);
    const sData = this.nodeData(sKey);
    if (object.termType === 'Literal') {
      const literal = literalValue(predicate, object);
      if (!this.hasLiteral(sKey, sData, literal)) sData.literals.push(literal);
      return;
    }
    const objectRef = termRef(object);
    if (objectRef === undefined) throw new RdfMappingError('a triple term as object is not supported (RDF 1.2)');
    if (predicate === RDF_TYPE) {
      if (!sData.types.includes(objectRef)) {
        sData.types.push(objectRef);
      }
      return;
    }
    const oKey = this.ensureNode(objectRef);
    const typeId = idForRef(predicate);
    if (typeId !== predicate) this.data.typeRefs[typeId] = predicate;
    const base = edgeKeyForTriple(subject, predicate, objectRef);
    for (let n = 1; ; n++) {
      const key = n === 1 ? base : `${base}-${n}`;
      if (!this.graph.hasEdge(key)) {
        this.graph.addEdgeWithKey(key, sKey, oKey, { type: typeId, description: '', provenance: [] });
        this.addedEdges.push(key);
        this.newRelationTypes.add(typeId);
        return;
      }
      // The same triple again (RDF graphs are sets); a different one with the same hash tries the next suffix.
      if (
        this.graph.source(key) === sKey &&
        this.graph.target(key) === oKey &&
        this.graph.getEdgeAttribute(key, 'type') === typeId
      ) {
        return;
      }
    }
  }

  /** Recomputes labels, display types and the ontology for what changed; returns what was added. */
  finish(): MergeResult {
    const { prefixes, language } = this.data;
    for (const key of this.touched) {
      const data = this.nodeData(key);
      const derived = derivedNodeAttributes(data, prefixes, language);
      // Types first seen here may have an id over 200 characters: remember their IRI.
      for (const ref of data.types) {
        const id = idForRef(ref);
        if (id !== ref) this.data.typeRefs[id] = ref;
      }
      this.graph.mergeNodeAttributes(key, { ...derived, rdf: data });
    }
    refreshRdfOntology(this.graph, this.data, this.touched, this.newRelationTypes);
    const result = { addedNodes: [...this.addedNodes], addedEdges: [...this.addedEdges] };
    this.touched.clear();
    this.literalSets.clear();
    this.addedNodes.length = 0;
    this.addedEdges.length = 0;
    this.newRelationTypes.clear();
    return result;
  }
}

/** Maps quads to a new graph (see graph-data/formats/README.md for the mapping). */
export function quadsToAtlasGraph(quads: Iterable<Quad>, options: RdfMappingOptions = {}): AtlasGraph {
  const builder = new RdfGraphBuilder(createAtlasGraph(), options);
  for (const quad of quads) builder.add(quad);
  builder.finish();
  return builder.graph;
}

/**
 * Adds entities, relations, attributes and ontology types from `quads` to `graph` without duplicating anything
 * already there (a triple already present is skipped). Labels, display types and type labels of every touched
 * entity are recomputed. For loading more of an RDF source (a SPARQL neighbourhood) into the open graph.
 */
export function mergeQuadsInto(graph: AtlasGraph, quads: Iterable<Quad>, options: RdfMappingOptions = {}): MergeResult {
  const list = [...quads];
  // Checked before the first change, so a refused quad leaves the open graph exactly as it was.
  for (const quad of list) {
    if (
      termRef(quad.subject) === undefined ||
      (quad.object.termType !== 'Literal' && termRef(quad.object) === undefined)
    ) {
      throw new RdfMappingError('a triple term (RDF 1.2) is not supported');
    }
  }
  const builder = new RdfGraphBuilder(graph, options);
  for (const quad of list) builder.add(quad);
  return builder.finish();
}
