// Owns mapping a GraphML element tree (from xml-tree) to a raw graph document: typed <key>s, defaults, yEd labels/positions.
//
// Hand-written on top of saxes instead of graphology-graphml's parser because that parser silently accepts what we
// must refuse (hyperedges and nested graphs are ignored or flattened, an int "abc" becomes NaN, edges may create
// missing nodes), reports no line numbers, and needs a DOM, which graph-data does not have.
import type { RawGraphDocument } from './format-types';
import { elementError, type XmlElement } from './xml-tree';
import { decodeValue, RESERVED_IDS, setAttribute, ValueError } from './xml-values';

interface KeySpec {
  name: string;
  domain: string;
  type: string;
  json: boolean;
  yfiles?: string;
  defaultValue?: unknown;
}

function descendant(element: XmlElement, local: string): XmlElement | undefined {
  for (const c of element.children) {
    if (c.local === local) return c;
    const found = descendant(c, local);
    if (found) return found;
  }
  return undefined;
}

/** yEd stores labels, positions and colours in its own graphics elements rather than typed data. */
function readYedGraphics(value: XmlElement, data: Record<string, unknown>): void {
  const label = descendant(value, 'NodeLabel') ?? descendant(value, 'EdgeLabel');
  if (label && label.text.trim() !== '' && data.label === undefined) data.label = label.text.trim();
  const geometry = descendant(value, 'Geometry');
  if (geometry) {
    for (const axis of ['x', 'y'] as const) {
      const raw = geometry.attributes[axis];
      if (raw !== undefined) data[axis] = decodeValue('double', raw, false);
    }
  }
  const fill = descendant(value, 'Fill');
  if (fill?.attributes.color) data.color = fill.attributes.color;
}

export function readGraphmlTree(root: XmlElement, fileName: string): RawGraphDocument {
  const wrap = (element: XmlElement, action: () => void) => {
    try {
      action();
    } catch (error) {
      if (error instanceof ValueError) throw elementError(fileName, element, error.message);
      throw error;
    }
  };
  const keys = new Map<string, KeySpec>();
  for (const k of root.children.filter((c) => c.local === 'key')) {
    const id = k.attributes.id;
    if (id === undefined) throw elementError(fileName, k, '<key> without id');
    const spec: KeySpec = {
      name: k.attributes['attr.name'] || id,
      domain: k.attributes.for ?? 'all',
      type: k.attributes['attr.type'] ?? 'string',
      json: k.attributes['atlas:json'] === 'true',
      yfiles: k.attributes['yfiles.type'],
    };
    const defaultElement = k.children.find((c) => c.local === 'default');
    if (defaultElement) wrap(k, () => (spec.defaultValue = decodeValue(spec.type, defaultElement.text, spec.json)));
    keys.set(id, spec);
  }
  const graphs = root.children.filter((c) => c.local === 'graph');
  const graphElement = graphs[0];
  if (!graphElement) throw elementError(fileName, root, 'the file has no <graph> element');
  if (graphs.length > 1) throw elementError(fileName, graphs[1] ?? root, 'only one <graph> is supported');

  const collect = (element: XmlElement, domain: string, data: Record<string, unknown>) => {
    for (const c of element.children) {
      if (c.local === 'graph') throw elementError(fileName, c, `nested graphs inside a ${domain} are not supported`);
      if (c.local !== 'data') continue;
      const ref = c.attributes.key;
      const spec = ref === undefined ? undefined : keys.get(ref);
      if (!spec) throw elementError(fileName, c, `<data> refers to undeclared key "${ref}"`);
      if (spec.domain !== domain && spec.domain !== 'all') {
        throw elementError(fileName, c, `key "${ref}" is declared for ${spec.domain}, not ${domain}`);
      }
      wrap(c, () => {
        if (spec.yfiles !== undefined) {
          if (spec.yfiles === 'nodegraphics' || spec.yfiles === 'edgegraphics') readYedGraphics(c, data);
          return; // other yEd resources (icons, URLs) have no meaning for us
        }
        setAttribute(data, spec.name, decodeValue(spec.type, c.text, spec.json));
      });
    }
    for (const spec of keys.values()) {
      if (spec.defaultValue === undefined || (spec.domain !== domain && spec.domain !== 'all')) continue;
      if (!Object.hasOwn(data, spec.name)) setAttribute(data, spec.name, spec.defaultValue);
    }
  };

  const attributes: Record<string, unknown> = {};
  collect(graphElement, 'graph', attributes);
  const doc: RawGraphDocument = { attributes, nodes: [], edges: [] };
  const nodeIds = new Set<string>();
  const edgeIds = new Set<string>();
  const edgeElements: XmlElement[] = [];
  const declaredEdgeIds = new Set(graphElement.children.filter((c) => c.local === 'edge').map((e) => e.attributes.id));
  graphElement.children.forEach((c) => {
    switch (c.local) {
      case 'node': {
        const id = c.attributes.id;
        if (id === undefined || id === '') throw elementError(fileName, c, 'node without id');
        if (RESERVED_IDS.has(id)) throw elementError(fileName, c, `the node id "${id}" is a reserved word`);
        if (nodeIds.has(id)) throw elementError(fileName, c, `duplicate node id "${id}"`);
        nodeIds.add(id);
        const data: Record<string, unknown> = {};
        collect(c, 'node', data);
        doc.nodes.push({ key: id, attributes: data });
        break;
      }
      case 'hyperedge':
        throw elementError(fileName, c, 'hyperedges are not supported (an edge joins exactly two nodes)');
      case 'edge': {
        const { source, target } = c.attributes;
        if (source === undefined || target === undefined)
          throw elementError(fileName, c, 'edge without source or target');
        let id = c.attributes.id;
        if (id !== undefined && RESERVED_IDS.has(id))
          throw elementError(fileName, c, `the edge id "${id}" is a reserved word`);
        if (id === undefined) {
          // Generated from the edge's position among edges (e0, e1, ...), skipping ids the file declares.
          for (let i = edgeElements.length; id === undefined || edgeIds.has(id) || declaredEdgeIds.has(id); i++)
            id = `e${i}`;
        } else if (edgeIds.has(id)) {
          throw elementError(fileName, c, `duplicate edge id "${id}"`);
        }
        edgeIds.add(id);
        const data: Record<string, unknown> = {};
        collect(c, 'edge', data);
        doc.edges.push({ key: id, source, target, attributes: data });
        edgeElements.push(c);
        break;
      }
    }
  });
  // Checked after all nodes are read: GraphML allows an edge before the nodes it joins.
  for (const [i, edge] of doc.edges.entries()) {
    const element = edgeElements[i];
    for (const end of ['source', 'target'] as const) {
      if (!nodeIds.has(edge[end]) && element) {
        throw elementError(fileName, element, `edge ${end} "${edge[end]}" is not a node`);
      }
    }
  }
  return doc;
}
