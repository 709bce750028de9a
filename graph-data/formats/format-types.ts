// Owns the types shared by every file format: format names, read options, write results and the raw document readers produce.

import type { RdfGraphSelection } from './rdf/rdf-mapping';
import type { RdfSyntax } from './rdf/rdf-syntax';

export type GraphFormat = 'json' | 'gexf' | 'graphml' | 'csv-nodes' | 'csv-edges' | RdfSyntax;

/** Formats with a writer: RDF is written as Turtle, N-Triples or JSON-LD (N-Quads, TriG and RDF/XML are read only). */
export type WritableFormat = Exclude<GraphFormat, 'nquads' | 'trig' | 'rdfxml'>;

export interface ReadGraphOptions {
  /** Attribute whose value becomes the entity/relation `type` in files without our ontology; default `type`. */
  typeAttribute?: string;
  /** Largest accepted file in bytes (for a string: its length in UTF-16 code units); default `DEFAULT_MAX_BYTES`. */
  maxBytes?: number;
  /** RDF: which graph of a dataset to read (default: the default graph, or the first named graph if it is empty). */
  graph?: RdfGraphSelection;
  /** RDF: preferred label language. */
  language?: string;
  /** Called with the fraction read (0–1) while a streaming reader (RDF) parses. */
  onProgress?(fraction: number): void;
}

export interface WriteGraphOptions {
  /** RDF: base IRI for graphs that did not come from RDF (default `DEFAULT_RDF_BASE`). */
  baseIri?: string;
}

/** 200 MB: far above any hand-made graph, low enough that a mistaken pick (a video, a disk image) fails fast. */
export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024;

/** Something a writer changed or dropped to produce a valid file, e.g. an XML-illegal character it replaced. */
export interface FormatWarning {
  /** The node, edge or attribute concerned, e.g. `node "nato" attribute "label"`. */
  element: string;
  message: string;
}

export interface WriteResult {
  text: string;
  warnings: FormatWarning[];
}

/** A graphology-like serialization as read from a file, before `normalizeForeignDocument` and schema validation. */
export interface RawGraphDocument {
  attributes: Record<string, unknown>;
  nodes: { key: string; attributes: Record<string, unknown> }[];
  edges: { key: string; source: string; target: string; attributes: Record<string, unknown> }[];
}
