// Owns reading the native format: validates a graphology serialization with our schema and builds a fresh multigraph, or throws a GraphFileError.
import type { z } from 'zod';
import { type SerializedGraph, serializedGraphSchema } from '../schema/atlas-schema';
import { type AtlasGraph, createAtlasGraph } from './atlas-graph';
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

/** Parses JSON text, turning the engine's position into a line and column. */
export function parseJsonText(text: string, fileName: string): unknown {
  const withoutBom = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    return JSON.parse(withoutBom);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const positionMatch = /position (\d+)/.exec(message);
    const lineMatch = /line (\d+) column (\d+)/.exec(message);
    if (lineMatch) {
      throw new GraphFileError(fileName, `invalid JSON: ${message}`, {
        line: Number(lineMatch[1]),
        column: Number(lineMatch[2]),
      });
    }
    if (positionMatch) {
      const offset = Number(positionMatch[1]);
      const before = withoutBom.slice(0, offset);
      const line = before.split('\n').length;
      const column = offset - before.lastIndexOf('\n');
      throw new GraphFileError(fileName, `invalid JSON: ${message}`, { line, column });
    }
    throw new GraphFileError(fileName, `invalid JSON: ${message}`);
  }
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
    doc.nodes.forEach((n, i) => check(n.attributes.provenance, `nodes[${i}] "${n.key}".attributes.provenance`));
    doc.edges.forEach((e, i) => check(e.attributes.provenance, `edges[${i}] "${e.key}".attributes.provenance`));
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

export function parseAtlasJson(text: string, fileName: string): AtlasGraph {
  return buildAtlasGraph(parseJsonText(text, fileName), fileName);
}
