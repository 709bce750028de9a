// Owns writing GraphML: one typed <key> per attribute (graph, node, edge), arrays/objects as JSON strings marked atlas:json.
//
// Hand-written because graphology-graphml only parses; it has no writer.
import type { AtlasGraph } from '../model/atlas-graph';
import type { WriteResult } from './format-types';
import { collectKeys, type ValueKind, XmlEscaper } from './xml-values';

const GRAPHML_TYPES: Record<ValueKind, string> = {
  boolean: 'boolean',
  long: 'long',
  double: 'double',
  string: 'string',
  json: 'string',
};

export function writeGraphml(graph: AtlasGraph): WriteResult {
  const esc = new XmlEscaper();
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:atlas="https://alliance-atlas.invalid/ns/1">',
  ];
  const graphAttributes = graph.getAttributes() as Record<string, unknown>;
  const domains = {
    graph: collectKeys([graphAttributes], () => false),
    node: collectKeys(
      graph.mapNodes((_, a) => a as Record<string, unknown>),
      () => false,
    ),
    edge: collectKeys(
      graph.mapEdges((_, a) => a as Record<string, unknown>),
      () => false,
    ),
  };
  const ids = { graph: new Map<string, string>(), node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const domain of ['graph', 'node', 'edge'] as const) {
    let n = 0;
    for (const [key, kind] of domains[domain]) {
      const id = `${domain[0]}${n++}`;
      ids[domain].set(key, id);
      const json = kind === 'json' ? ' atlas:json="true"' : '';
      const name = esc.attr(key, `${domain} attribute name "${key}"`);
      lines.push(`  <key id="${id}" for="${domain}" attr.name="${name}" attr.type="${GRAPHML_TYPES[kind]}"${json}/>`);
    }
  }
  const data = (domain: 'graph' | 'node' | 'edge', attributes: Record<string, unknown>, where: string): string => {
    let out = '';
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined) continue;
      const kind = domains[domain].get(key) ?? 'json';
      const element = `${where} attribute "${key}"`;
      out += `<data key="${ids[domain].get(key)}">${esc.text(esc.value(kind, value, element), element)}</data>`;
    }
    return out;
  };
  lines.push('  <graph id="G" edgedefault="directed">');
  const graphData = data('graph', graphAttributes, 'graph');
  if (graphData) lines.push(`    ${graphData}`);
  graph.forEachNode((key, attributes) => {
    const where = `node "${key}"`;
    lines.push(`    <node id="${esc.attr(key, `${where} id`)}">${data('node', attributes, where)}</node>`);
  });
  graph.forEachEdge((key, attributes, source, target) => {
    const where = `edge "${key}"`;
    const head = `<edge id="${esc.attr(key, `${where} id`)}" source="${esc.attr(source, `${where} source`)}" target="${esc.attr(target, `${where} target`)}">`;
    lines.push(`    ${head}${data('edge', attributes, where)}</edge>`);
  });
  lines.push('  </graph>', '</graphml>', '');
  return { text: lines.join('\n'), warnings: esc.warnings };
}
