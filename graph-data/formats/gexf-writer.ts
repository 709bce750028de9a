// Owns writing GEXF 1.3: typed node/edge attribute columns, viz colour/size/position, graph attributes (ontology, sources) as JSON in <meta>.
//
// Hand-written rather than graphology-gexf's writer because we need per-key types that read back exactly
// (arrays/objects as JSON strings marked atlas:json), and a warning for every XML-illegal character replaced.
import type { AtlasGraph } from '../model/atlas-graph';
import type { WriteResult } from './format-types';
import { collectKeys, type ValueKind, XmlEscaper } from './xml-values';

const GEXF_TYPES: Record<ValueKind, string> = {
  boolean: 'boolean',
  long: 'long',
  double: 'double',
  string: 'string',
  json: 'string',
};

const HEX_COLOR = /^#[0-9a-fA-F]{6}$/;
const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Node attributes that go to GEXF's own places (label attribute, viz elements) instead of attvalues. */
function nodeSpecial(attributes: Record<string, unknown>): Set<string> {
  const special = new Set<string>();
  if (typeof attributes.label === 'string') special.add('label');
  if (typeof attributes.color === 'string' && HEX_COLOR.test(attributes.color)) special.add('color');
  if (isFiniteNumber(attributes.size)) special.add('size');
  if (isFiniteNumber(attributes.x) && isFiniteNumber(attributes.y)) {
    special.add('x');
    special.add('y');
    if (isFiniteNumber(attributes.z)) special.add('z');
  }
  return special;
}

function edgeSpecial(attributes: Record<string, unknown>): Set<string> {
  const special = new Set<string>();
  if (typeof attributes.label === 'string') special.add('label');
  if (isFiniteNumber(attributes.weight)) special.add('weight');
  return special;
}

export function writeGexf(graph: AtlasGraph): WriteResult {
  const esc = new XmlEscaper();
  const nodeAttrs = graph.mapNodes((_, a) => a as Record<string, unknown>);
  const edgeAttrs = graph.mapEdges((_, a) => a as Record<string, unknown>);
  const nodeSpecials = nodeAttrs.map(nodeSpecial);
  const edgeSpecials = edgeAttrs.map(edgeSpecial);
  let i = 0; // index into nodeSpecials / edgeSpecials while walking nodes, then edges, in graph order
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" xmlns:atlas="https://alliance-atlas.invalid/ns/1" version="1.3">',
    '  <meta>',
    '    <creator>Alliance Atlas</creator>',
    `    <atlas:graph-attributes>${esc.text(esc.json(graph.getAttributes(), 'graph attributes'), 'graph attributes')}</atlas:graph-attributes>`,
    '  </meta>',
    '  <graph defaultedgetype="directed" mode="static">',
  ];
  const edgeKinds = collectKeysPerItem(edgeAttrs, edgeSpecials);
  const nodeKinds = collectKeysPerItem(nodeAttrs, nodeSpecials);
  const declare = (cls: string, kinds: Map<string, ValueKind>) => {
    const ids = new Map<string, string>();
    if (kinds.size === 0) return ids;
    lines.push(`    <attributes class="${cls}">`);
    let n = 0;
    for (const [key, kind] of kinds) {
      const id = `${cls[0]}${n++}`;
      ids.set(key, id);
      const json = kind === 'json' ? ' atlas:json="true"' : '';
      lines.push(
        `      <attribute id="${id}" title="${esc.attr(key, `${cls} attribute name "${key}"`)}" type="${GEXF_TYPES[kind]}"${json}/>`,
      );
    }
    lines.push('    </attributes>');
    return ids;
  };
  const nodeIds = declare('node', nodeKinds);
  const edgeIds = declare('edge', edgeKinds);

  const attvalues = (
    attributes: Record<string, unknown>,
    special: Set<string>,
    kinds: Map<string, ValueKind>,
    ids: Map<string, string>,
    where: string,
  ): string => {
    const parts: string[] = [];
    for (const [key, value] of Object.entries(attributes)) {
      if (value === undefined || special.has(key)) continue;
      const kind = kinds.get(key) ?? 'json';
      const element = `${where} attribute "${key}"`;
      const v = esc.attr(esc.value(kind, value, element), element);
      parts.push(`<attvalue for="${ids.get(key)}" value="${v}"/>`);
    }
    return parts.length > 0 ? `<attvalues>${parts.join('')}</attvalues>` : '';
  };

  lines.push('    <nodes>');
  graph.forEachNode((key, a) => {
    const attributes = a as Record<string, unknown>;
    const special = nodeSpecials[i++] ?? new Set<string>();
    const where = `node "${key}"`;
    const label = special.has('label') ? ` label="${esc.attr(String(attributes.label), `${where} label`)}"` : '';
    let viz = '';
    if (special.has('color')) {
      const hex = String(attributes.color);
      const [r, g, b] = [1, 3, 5].map((p) => Number.parseInt(hex.slice(p, p + 2), 16));
      viz += `<viz:color r="${r}" g="${g}" b="${b}" hex="${hex}"/>`;
    }
    if (special.has('size')) viz += `<viz:size value="${attributes.size}"/>`;
    if (special.has('x')) {
      const z = special.has('z') ? ` z="${attributes.z}"` : '';
      viz += `<viz:position x="${attributes.x}" y="${attributes.y}"${z}/>`;
    }
    const body = attvalues(attributes, special, nodeKinds, nodeIds, where) + viz;
    lines.push(`      <node id="${esc.attr(key, `${where} id`)}"${label}>${body}</node>`);
  });
  lines.push('    </nodes>', '    <edges>');
  i = 0;
  graph.forEachEdge((key, a, source, target) => {
    const attributes = a as Record<string, unknown>;
    const special = edgeSpecials[i++] ?? new Set<string>();
    const where = `edge "${key}"`;
    let head = `<edge id="${esc.attr(key, `${where} id`)}" source="${esc.attr(source, `${where} source`)}" target="${esc.attr(target, `${where} target`)}"`;
    if (special.has('label')) head += ` label="${esc.attr(String(attributes.label), `${where} label`)}"`;
    if (special.has('weight')) head += ` weight="${attributes.weight}"`;
    lines.push(`      ${head}>${attvalues(attributes, special, edgeKinds, edgeIds, where)}</edge>`);
  });
  lines.push('    </edges>', '  </graph>', '</gexf>', '');
  return { text: lines.join('\n'), warnings: esc.warnings };
}

/** Like collectKeys, but excludes per item the keys written elsewhere (label, viz), which differ from item to item. */
function collectKeysPerItem(items: Record<string, unknown>[], specials: Set<string>[]): Map<string, ValueKind> {
  const filtered = items.map((attributes, index) => {
    const special = specials[index];
    if (!special || special.size === 0) return attributes;
    return Object.fromEntries(Object.entries(attributes).filter(([key]) => !special.has(key)));
  });
  return collectKeys(filtered, () => false);
}
