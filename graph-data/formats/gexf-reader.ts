// Owns mapping a GEXF 1.2/1.3 element tree (from xml-tree) to a raw graph document: typed attvalues, viz colour/size/position, meta.
//
// Hand-written on top of saxes instead of graphology-gexf's parser because that parser silently accepts what we must
// refuse (it turns attvalue "abc" of an integer attribute into NaN, flattens nested <nodes>, adds a node with id null)
// and reports no line numbers; it also needs a DOM, which graph-data does not have.
import type { RawGraphDocument } from './format-types';
import { elementError, type XmlElement } from './xml-tree';
import { decodeValue, RESERVED_IDS, setAttribute, ValueError } from './xml-values';

interface AttributeModel {
  title: string;
  type: string;
  json: boolean;
  defaultValue?: unknown;
}

type Models = Map<string, AttributeModel>;

function child(element: XmlElement, local: string): XmlElement | undefined {
  return element.children.find((c) => c.local === local);
}

export function readGexfTree(root: XmlElement, fileName: string): RawGraphDocument {
  const wrap = (element: XmlElement, action: () => void) => {
    try {
      action();
    } catch (error) {
      if (error instanceof ValueError) throw elementError(fileName, element, error.message);
      throw error;
    }
  };
  const graphElements = root.children.filter((c) => c.local === 'graph');
  const graphElement = graphElements[0];
  if (!graphElement) throw elementError(fileName, root, 'the file has no <graph> element');
  if (graphElements.length > 1) throw elementError(fileName, graphElements[1] ?? root, 'only one <graph> is supported');

  const attributes: Record<string, unknown> = {};
  const meta = child(root, 'meta');
  if (meta) {
    if (meta.attributes.lastmodifieddate) attributes.lastModifiedDate = meta.attributes.lastmodifieddate;
    // Our own files carry every graph attribute in <atlas:graph-attributes>; then the other meta fields are ours too.
    const ours = meta.children.some((m) => m.local === 'graph-attributes');
    for (const m of meta.children) {
      if (ours && m.local !== 'graph-attributes') continue;
      wrap(m, () => {
        if (m.local === 'graph-attributes') {
          const value = decodeValue('string', m.text, true);
          if (value === null || typeof value !== 'object' || Array.isArray(value)) {
            throw new ValueError('graph attributes must be a JSON object');
          }
          for (const [key, v] of Object.entries(value)) setAttribute(attributes, key, v);
        } else if (m.text.trim() !== '') {
          setAttribute(attributes, m.local, m.text);
        }
      });
    }
  }

  const models: Record<'node' | 'edge', Models> = { node: new Map(), edge: new Map() };
  for (const block of graphElement.children.filter((c) => c.local === 'attributes')) {
    const cls = block.attributes.class;
    if (cls !== 'node' && cls !== 'edge') continue;
    for (const a of block.children.filter((c) => c.local === 'attribute')) {
      const id = a.attributes.id ?? a.attributes.for;
      if (id === undefined) throw elementError(fileName, a, 'attribute declaration without id');
      const model: AttributeModel = {
        title: a.attributes.title || id,
        type: a.attributes.type ?? 'string',
        json: a.attributes['atlas:json'] === 'true',
      };
      const defaultElement = child(a, 'default');
      if (defaultElement)
        wrap(a, () => (model.defaultValue = decodeValue(model.type, defaultElement.text, model.json)));
      models[cls].set(id, model);
    }
  }

  const collect = (element: XmlElement, kind: 'node' | 'edge', data: Record<string, unknown>) => {
    const model = models[kind];
    for (const c of element.children) {
      wrap(c, () => {
        switch (c.local) {
          case 'attvalues':
            for (const v of c.children.filter((x) => x.local === 'attvalue')) {
              const ref = v.attributes.for ?? v.attributes.id;
              const spec = ref === undefined ? undefined : model.get(ref);
              if (!spec) throw elementError(fileName, v, `attvalue refers to undeclared ${kind} attribute "${ref}"`);
              const raw = v.attributes.value;
              if (raw === undefined) throw elementError(fileName, v, 'attvalue without value');
              wrap(v, () => setAttribute(data, spec.title, decodeValue(spec.type, raw, spec.json)));
            }
            break;
          case 'color': {
            const { hex, r, g, b, a } = c.attributes;
            if (hex) data.color = hex;
            else {
              const channels = [r, g, b].map((x) => Number(x ?? 0));
              if (channels.some((x) => !Number.isInteger(x) || x < 0 || x > 255)) throw new ValueError('bad viz:color');
              const alpha = a === undefined ? 1 : Number(a);
              data.color =
                alpha === 1
                  ? `#${channels.map((x) => x.toString(16).padStart(2, '0')).join('')}`
                  : `rgba(${channels.join(',')},${alpha})`;
            }
            break;
          }
          case 'size':
          case 'thickness':
            data[c.local] = decodeValue('double', c.attributes.value ?? '', false);
            break;
          case 'position':
            for (const axis of ['x', 'y', 'z']) {
              const raw = c.attributes[axis];
              if (raw !== undefined) data[axis] = decodeValue('double', raw, false);
            }
            break;
          case 'shape':
            if (c.attributes.value !== undefined) data.shape = c.attributes.value;
            break;
          case 'nodes':
          case 'edges':
            throw elementError(fileName, c, 'nested graphs (hierarchical GEXF) are not supported');
        }
      });
    }
    for (const spec of model.values()) {
      if (spec.defaultValue !== undefined && !Object.hasOwn(data, spec.title))
        setAttribute(data, spec.title, spec.defaultValue);
    }
  };

  const doc: RawGraphDocument = { attributes, nodes: [], edges: [] };
  const nodeIds = new Set<string>();
  for (const block of graphElement.children.filter((c) => c.local === 'nodes')) {
    for (const n of block.children) {
      if (n.local !== 'node') continue;
      const id = n.attributes.id;
      if (id === undefined || id === '') throw elementError(fileName, n, 'node without id');
      if (RESERVED_IDS.has(id)) throw elementError(fileName, n, `the node id "${id}" is a reserved word`);
      if (nodeIds.has(id)) throw elementError(fileName, n, `duplicate node id "${id}"`);
      nodeIds.add(id);
      const data: Record<string, unknown> = {};
      if (n.attributes.label !== undefined) data.label = n.attributes.label;
      collect(n, 'node', data);
      doc.nodes.push({ key: id, attributes: data });
    }
  }
  const edgeIds = new Set<string>();
  const edgeBlocks = graphElement.children.filter((c) => c.local === 'edges');
  // Generated ids must not take an id that a later edge declares.
  const declaredIds = new Set(edgeBlocks.flatMap((b) => b.children.map((e) => e.attributes.id)));
  for (const block of edgeBlocks) {
    block.children.forEach((e, index) => {
      if (e.local !== 'edge') return;
      const { source, target } = e.attributes;
      if (source === undefined || target === undefined)
        throw elementError(fileName, e, 'edge without source or target');
      if (!nodeIds.has(source)) throw elementError(fileName, e, `edge source "${source}" is not a node`);
      if (!nodeIds.has(target)) throw elementError(fileName, e, `edge target "${target}" is not a node`);
      let id = e.attributes.id;
      if (id !== undefined && RESERVED_IDS.has(id))
        throw elementError(fileName, e, `the edge id "${id}" is a reserved word`);
      if (id === undefined) {
        for (let i = index; id === undefined || edgeIds.has(id) || declaredIds.has(id); i++) id = `e${i}`;
      } else if (edgeIds.has(id)) {
        throw elementError(fileName, e, `duplicate edge id "${id}"`);
      }
      edgeIds.add(id);
      const data: Record<string, unknown> = {};
      if (e.attributes.label !== undefined) data.label = e.attributes.label;
      if (e.attributes.kind !== undefined) data.kind = e.attributes.kind;
      if (e.attributes.weight !== undefined) {
        const weight = e.attributes.weight;
        wrap(e, () => (data.weight = decodeValue('double', weight, false)));
      }
      collect(e, 'edge', data);
      doc.edges.push({ key: id, source, target, attributes: data });
    });
  }
  return doc;
}
