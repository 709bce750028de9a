// Owns the JSON format: graphology's serialization with ontology and sources, read via the native loader and written pretty-printed.
import type { AtlasGraph } from '../model/atlas-graph';
import type { WriteResult } from './format-types';

/**
 * `graph.export()` is graphology's own serialization; `options` tells other graphology apps it is a directed
 * multigraph. JSON carries every attribute exactly (lone surrogates are written as \u escapes).
 */
export function writeJsonGraph(graph: AtlasGraph): WriteResult {
  const { attributes, nodes, edges } = graph.export();
  const doc = {
    attributes,
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: nodes.map((n) => ({ key: n.key, attributes: n.attributes })),
    edges: edges.map((e) => ({ key: e.key, source: e.source, target: e.target, attributes: e.attributes })),
  };
  return { text: `${JSON.stringify(doc, null, 2)}\n`, warnings: [] };
}
