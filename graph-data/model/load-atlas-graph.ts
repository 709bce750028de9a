// Owns reading the native format: validates a graphology serialization with our schema and builds a fresh multigraph, or throws a GraphFileError.
import type { z } from 'zod';
import { type SerializedGraph, serializedGraphSchema } from '../schema/atlas-schema';
import { type AtlasGraph, createAtlasGraph } from './atlas-graph';
import { errorMessage } from './errors';
import { GraphFileError } from './graph-errors';
import { completeOntology } from './infer-ontology';

/** Names the element a zod issue points at, using the node/edge key where there is one: `nodes[3] "nato".attributes.label`. */
function describeIssuePath(data: unknown, path: readonly PropertyKey[]): string {
  if (path.length === 0) return 'the top level';
  const [head, index, ...rest] = path;
  let element = String(head);
  if ((head === 'nodes' || head === 'edges') && typeof index === 'number') {
    element = `${head}[${index}]`;
    const list = (data as Record<string, unknown> | null)?.[head];
    const item = Array.isArray(list) ? (list[index] as { key?: unknown } | undefined) : undefined;
    if (item && typeof item.key === 'string') element += ` "${item.key}"`;
    return rest.length > 0 ? `${element}.${rest.map(String).join('.')}` : element;
  }
  return [head, index, ...rest]
    .filter((p) => p !== undefined)
    .map(String)
    .join('.');
}

function firstIssue(data: unknown, error: z.ZodError): { element: string; message: string } {
  const issue = error.issues[0];
  if (!issue) return { element: 'the top level', message: 'is invalid' };
  return { element: describeIssuePath(data, issue.path), message: issue.message };
}

/**
 * Deepest nesting of arrays/objects accepted in a JSON file. The native format needs about 6 levels; the limit is
 * far above that but low enough that every later recursive walk (zod, structuredClone, graphology) is safe.
 */
export const MAX_JSON_DEPTH = 100;

function lineColumnAt(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - before.lastIndexOf('\n') };
}

/** Rejects over-deep nesting before JSON.parse, scanning outside strings, so the error can point at the line. */
function checkJsonDepth(text: string, fileName: string): void {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      if (depth > MAX_JSON_DEPTH) {
        throw new GraphFileError(
          fileName,
          `JSON is nested deeper than ${MAX_JSON_DEPTH} levels`,
          lineColumnAt(text, i),
        );
      }
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
}

/**
 * JSON.parse makes `"__proto__"` an own property, which a later `{...spread}` or assignment would turn into a
 * prototype change; no graph needs such a key, so it is refused with its path rather than silently dropped.
 */
function checkReservedKeys(value: unknown, fileName: string): void {
  const stack: { value: unknown; path: string }[] = [{ value, path: '' }];
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    const current = item.value;
    if (current === null || typeof current !== 'object') continue;
    if (Array.isArray(current)) {
      current.forEach((v, i) => {
        if (v !== null && typeof v === 'object') stack.push({ value: v, path: `${item.path}[${i}]` });
      });
      continue;
    }
    if (Object.hasOwn(current, '__proto__')) {
      throw new GraphFileError(fileName, 'the key "__proto__" is not allowed', {
        element: item.path === '' ? 'the top level' : item.path,
      });
    }
    for (const [key, v] of Object.entries(current)) {
      if (v !== null && typeof v === 'object') stack.push({ value: v, path: item.path ? `${item.path}.${key}` : key });
    }
  }
}

/** Parses JSON text, turning the engine's position into a line and column; refuses over-deep nesting and `__proto__` keys. */
export function parseJsonText(text: string, fileName: string): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (withoutBom.trim() === '') throw new GraphFileError(fileName, 'the file is empty');
  checkJsonDepth(withoutBom, fileName);
  let data: unknown;
  try {
    data = JSON.parse(withoutBom);
  } catch (error) {
    const message = errorMessage(error);
    const positionMatch = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+) column (\d+)/.exec(message);
    if (lineMatch) {
      throw new GraphFileError(fileName, `invalid JSON: ${message}`, {
        line: Number(lineMatch[1]),
        column: Number(lineMatch[2]),
      });
    }
    if (positionMatch) {
      throw new GraphFileError(
        fileName,
        `invalid JSON: ${message}`,
        lineColumnAt(withoutBom, Number(positionMatch[1])),
      );
    }
    throw new GraphFileError(fileName, `invalid JSON: ${message}`);
  }
  checkReservedKeys(data, fileName);
  return data;
}

/** Checks what the schema cannot: unique keys, existing endpoints, declared types and known provenance. */
function checkReferences(doc: SerializedGraph, fileName: string): void {
  const nodeKeys = new Set<string>();
  doc.nodes.forEach((node, i) => {
    if (nodeKeys.has(node.key)) {
      throw new GraphFileError(fileName, 'duplicate node key', { element: `nodes[${i}] "${node.key}"` });
    }
    nodeKeys.add(node.key);
  });
  const edgeKeys = new Set<string>();
  doc.edges.forEach((edge, i) => {
    const element = `edges[${i}] "${edge.key}"`;
    if (edgeKeys.has(edge.key)) throw new GraphFileError(fileName, 'duplicate edge key', { element });
    edgeKeys.add(edge.key);
    if (!nodeKeys.has(edge.source)) {
      throw new GraphFileError(fileName, `source "${edge.source}" is not a node`, { element });
    }
    if (!nodeKeys.has(edge.target)) {
      throw new GraphFileError(fileName, `target "${edge.target}" is not a node`, { element });
    }
  });
  const ontology = doc.attributes.ontology;
  if (ontology) {
    const entityIds = new Set(ontology.entityTypes.map((t) => t.id));
    const relationIds = new Set(ontology.relationTypes.map((t) => t.id));
    doc.nodes.forEach((node, i) => {
      if (!entityIds.has(node.attributes.type)) {
        throw new GraphFileError(fileName, `entity type "${node.attributes.type}" is not declared in the ontology`, {
          element: `nodes[${i}] "${node.key}".attributes.type`,
        });
      }
    });
    doc.edges.forEach((edge, i) => {
      if (!relationIds.has(edge.attributes.type)) {
        throw new GraphFileError(fileName, `relation type "${edge.attributes.type}" is not declared in the ontology`, {
          element: `edges[${i}] "${edge.key}".attributes.type`,
        });
      }
    });
  }
  const sectionIds = new Set(doc.attributes.sources.flatMap((s) => s.sections.map((sec) => sec.id)));
  if (sectionIds.size > 0) {
    const check = (provenance: string[], element: string) => {
      for (const id of provenance) {
        if (!sectionIds.has(id)) {
          throw new GraphFileError(fileName, `provenance "${id}" is not a section of any source`, { element });
        }
      }
    };
    doc.nodes.forEach((n, i) => {
      check(n.attributes.provenance, `nodes[${i}] "${n.key}".attributes.provenance`);
    });
    doc.edges.forEach((e, i) => {
      check(e.attributes.provenance, `edges[${i}] "${e.key}".attributes.provenance`);
    });
  }
}

/** Validates already-parsed data and builds a new graph; the caller's current graph is never touched. */
export function buildAtlasGraph(data: unknown, fileName: string): AtlasGraph {
  const parsed = serializedGraphSchema.safeParse(data);
  if (!parsed.success) {
    const { element, message } = firstIssue(data, parsed.error);
    throw new GraphFileError(fileName, message, { element });
  }
  const doc = parsed.data;
  checkReferences(doc, fileName);
  const graph = createAtlasGraph();
  const ontology = completeOntology(
    doc.attributes.ontology,
    doc.nodes.map((n) => n.attributes.type),
    doc.edges.map((e) => e.attributes.type),
  );
  graph.replaceAttributes({ ...doc.attributes, ontology });
  for (const node of doc.nodes) graph.addNode(node.key, node.attributes);
  for (const edge of doc.edges) graph.addEdgeWithKey(edge.key, edge.source, edge.target, edge.attributes);
  return graph;
}

export interface ForeignGraphOptions {
  /** Attribute whose value becomes the entity/relation `type`; default `type`. Missing values become `default`. */
  typeAttribute?: string;
}

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function typeValue(value: unknown): string {
  if (typeof value === 'string' && value !== '') return value;
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return 'default';
}

/**
 * Fills in what a graph from another tool (plain graphology JSON, Gephi, yEd, a spreadsheet) lacks so that it
 * passes our schema: `label` defaults to the key, `type` comes from `typeAttribute` (or `default`), attribute
 * objects and edge keys may be missing. A native file (it has an ontology) is returned untouched unless a
 * non-default `typeAttribute` was asked for, so our own files stay strictly validated.
 */
export function normalizeForeignDocument(data: unknown, options: ForeignGraphOptions = {}): unknown {
  const doc = asRecord(data);
  if (!doc) return data;
  const typeAttribute = options.typeAttribute ?? 'type';
  const graphAttributes = asRecord(doc.attributes);
  if (graphAttributes?.ontology !== undefined && typeAttribute === 'type') return data;
  const nodes = Array.isArray(doc.nodes)
    ? doc.nodes.map((raw) => {
        const node = asRecord(raw);
        if (!node) return raw;
        const attributes = { ...(asRecord(node.attributes) ?? {}) };
        const key = typeof node.key === 'number' ? String(node.key) : node.key;
        if (typeof attributes.label === 'number') attributes.label = String(attributes.label);
        if (typeof attributes.label !== 'string' || attributes.label === '') {
          if (typeof key === 'string') attributes.label = key;
        }
        attributes.type = typeValue(attributes[typeAttribute]);
        return { ...node, key, attributes };
      })
    : doc.nodes;
  let edges = doc.edges;
  if (Array.isArray(doc.edges)) {
    const used = new Set(doc.edges.map((e) => asRecord(e)?.key).filter((k) => typeof k === 'string'));
    let next = 0;
    edges = doc.edges.map((raw) => {
      const edge = asRecord(raw);
      if (!edge) return raw;
      const attributes = { ...(asRecord(edge.attributes) ?? {}) };
      attributes.type = typeValue(attributes[typeAttribute]);
      let key = typeof edge.key === 'number' ? String(edge.key) : edge.key;
      if (key === undefined || key === null) {
        let generated: string;
        do generated = `e${next++}`;
        while (used.has(generated));
        used.add(generated);
        key = generated;
      }
      const source = typeof edge.source === 'number' ? String(edge.source) : edge.source;
      const target = typeof edge.target === 'number' ? String(edge.target) : edge.target;
      return { ...edge, key, source, target, attributes };
    });
  }
  return { ...doc, attributes: graphAttributes ?? {}, nodes, edges };
}

/** Reads the native format, or plain graphology JSON from another tool (see `normalizeForeignDocument`). */
export function parseAtlasJson(text: string, fileName: string, options: ForeignGraphOptions = {}): AtlasGraph {
  return buildAtlasGraph(normalizeForeignDocument(parseJsonText(text, fileName), options), fileName);
}
