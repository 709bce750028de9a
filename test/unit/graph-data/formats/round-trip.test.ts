// Property-based round trips (open, save, open) for every format: nodes, edges and attributes survive, XML-illegal characters are replaced and reported.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { readCsvPair, readGraphFile, writeGraphFile } from '../../../../graph-data/formats/read-graph-file';
import { replaceXmlIllegal } from '../../../../graph-data/formats/xml-values';
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { buildAtlasGraph } from '../../../../graph-data/model/load-atlas-graph';

/** Text with unicode, markup characters, whitespace that XML normalises, and characters XML cannot carry at all. */
const tricky = fc.constantFrom(
  '<',
  '&',
  '"',
  "'",
  '>',
  '\t',
  '\n',
  '\r',
  ' ',
  '=',
  '-',
  '+',
  '@',
  ',',
  ';',
  '\u0001',
  '\uFFFE',
  '\uD800',
  '\uDC00',
  '\u202E',
  'é',
  '漢',
  '😀',
);
const text = (minLength: number) =>
  fc.string({
    unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }) }, tricky),
    minLength,
    maxLength: 12,
  });
/** Ids: unicode but nothing XML must replace, so that ids stay unique after a round trip (see README of the formats). */
const id = fc
  .string({
    unit: fc.oneof(
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
      fc.constantFrom('é', '漢', ' ', '<', '&', '"', '=', '-'),
    ),
    minLength: 1,
    maxLength: 8,
  })
  .filter((s) => s !== '__proto__' && s !== 'constructor' && s !== 'prototype');
const finite = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((v) => v + 0); // -0 is written as 0 by every text format
const extraValue = fc.oneof(
  text(1),
  fc.integer(),
  finite,
  fc.boolean(),
  fc.constant(null),
  fc.array(text(0), { maxLength: 3 }),
  fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.integer(), { maxKeys: 3 }),
);
const extras = fc.dictionary(
  fc.constantFrom('note', 'score', 'flag', 'tags', 'ID', 'a:number', 'label', 'kind'),
  extraValue,
  {
    maxKeys: 3,
  },
);
const nodeExtras = extras.map((e) => {
  const { label: _label, ...rest } = e;
  return rest;
});

const nodeAttributes = fc.record(
  {
    label: text(1),
    type: fc.constantFrom('alliance', 'actor', 'region'),
    description: text(0),
    aliases: fc.array(text(1), { maxLength: 2 }),
    provenance: fc.array(fc.constantFrom('s1', 's2'), { maxLength: 2 }),
    year: fc.integer({ min: -3000, max: 3000 }),
    x: finite,
    y: finite,
    period: fc.integer({ min: 1900, max: 2000 }).map((start) => ({ start, end: start + 5 })),
  },
  { requiredKeys: ['label', 'type'] },
);
const edgeAttributes = fc.record(
  {
    type: fc.constantFrom('complements', 'undermines', 'intervened-in'),
    description: text(0),
    weight: finite,
    confidence: fc.constantFrom('stated', 'implied'),
    future: fc.boolean(),
  },
  { requiredKeys: ['type'] },
);

const graphArbitrary = fc
  .uniqueArray(id, { minLength: 1, maxLength: 8 })
  .chain((keys) =>
    fc.record({
      name: text(1),
      nodes: fc.tuple(...keys.map((key) => fc.tuple(fc.constant(key), nodeAttributes, nodeExtras))),
      // Endpoints drawn from the keys: self-loops and parallel edges happen often.
      edges: fc.array(fc.tuple(fc.constantFrom(...keys), fc.constantFrom(...keys), edgeAttributes, extras), {
        maxLength: 10,
      }),
    }),
  )
  .map(({ name, nodes, edges }) =>
    buildAtlasGraph(
      {
        attributes: { name, sources: [] },
        nodes: nodes.map(([key, attributes, more]) => ({ key, attributes: { ...more, ...attributes } })),
        edges: edges.map(([source, target, attributes, more], i) => ({
          key: `e${i}`,
          source,
          target,
          attributes: { ...more, ...attributes },
        })),
      },
      'generated.json',
    ),
  );

function deepMapStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => deepMapStrings(v, f));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [f(k), deepMapStrings(v, f)]));
  }
  return value;
}

function hasIllegal(graph: AtlasGraph): boolean {
  const json = JSON.stringify(graph.export());
  // JSON.stringify escapes lone surrogates and controls, so compare the structure instead of the text.
  return JSON.stringify(deepMapStrings(graph.export(), replaceXmlIllegal)) !== json;
}

const runs = { numRuns: 150 };

describe('round trip open → save → open', () => {
  it('JSON keeps everything exactly', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const { text: out, warnings } = writeGraphFile(graph, 'json');
        expect(warnings).toEqual([]);
        expect(readGraphFile('again.json', out).export()).toEqual(graph.export());
      }),
      runs,
    );
  });

  for (const format of ['gexf', 'graphml'] as const) {
    it(`${format} keeps everything; XML-illegal characters become U+FFFD and are reported`, () => {
      fc.assert(
        fc.property(graphArbitrary, (graph) => {
          const { text: out, warnings } = writeGraphFile(graph, format);
          const back = readGraphFile(`again.${format}`, out);
          expect(back.export()).toEqual(deepMapStrings(graph.export(), replaceXmlIllegal));
          expect(warnings.length > 0).toBe(hasIllegal(graph));
        }),
        runs,
      );
    });
  }

  it('CSV keeps every node, edge and attribute (graph attributes are not carried)', () => {
    fc.assert(
      fc.property(graphArbitrary, (graph) => {
        const nodes = writeGraphFile(graph, 'csv-nodes').text;
        const edges = writeGraphFile(graph, 'csv-edges').text;
        const back = readCsvPair('g-nodes.csv', nodes, 'g-edges.csv', edges);
        const { nodes: n1, edges: e1 } = graph.export();
        const { nodes: n2, edges: e2 } = back.export();
        expect(n2).toEqual(n1);
        expect(e2).toEqual(e1);
      }),
      runs,
    );
  });
});

describe('round trip of the embedded graph', () => {
  const embedded = loadEmbeddedGraph();
  /** The predicted relations as "source type target" lines, read by label. */
  const predicted = (graph: AtlasGraph) =>
    graph
      .filterEdges((_, a) => a.future === true)
      .map((e) => {
        const label = (key: string) => graph.getNodeAttribute(key, 'label');
        return `${label(graph.source(e))} ${graph.getEdgeAttribute(e, 'type')} ${label(graph.target(e))}`;
      })
      .sort();

  it('has predictions to carry', () => {
    expect(predicted(embedded)).toContain('Military alliances addresses Climate change');
  });

  for (const format of ['json', 'gexf', 'graphml'] as const) {
    it(`${format} keeps the whole graph, the future flags included`, () => {
      const { text: out, warnings } = writeGraphFile(embedded, format);
      expect(warnings).toEqual([]);
      const back = readGraphFile(`alliance-atlas.${format}`, out);
      expect(back.export()).toEqual(embedded.export());
      expect(predicted(back)).toEqual(predicted(embedded));
    });
  }

  it('CSV keeps every node, edge and attribute, the future flags included', () => {
    const back = readCsvPair(
      'alliance-atlas-nodes.csv',
      writeGraphFile(embedded, 'csv-nodes').text,
      'alliance-atlas-edges.csv',
      writeGraphFile(embedded, 'csv-edges').text,
    );
    expect(back.export().nodes).toEqual(embedded.export().nodes);
    expect(back.export().edges).toEqual(embedded.export().edges);
    expect(predicted(back)).toEqual(predicted(embedded));
  });
});
