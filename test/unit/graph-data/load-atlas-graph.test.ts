// Owns the tests of the native-format loader on small inline graphs: every rejection names the file, element and field.
import { describe, expect, it } from 'vitest';
import { GraphFileError } from '../../../graph-data/model/graph-errors';
import { buildAtlasGraph, parseAtlasJson, parseJsonText } from '../../../graph-data/model/load-atlas-graph';

const FILE = 'small.json';

/** A minimal valid document; each test breaks one thing in a fresh copy. */
function validDoc() {
  return {
    attributes: {
      name: 'Small',
      ontology: {
        entityTypes: [
          { id: 'alliance', label: 'Alliance', description: 'd', color: '#332288', shape: 'hexagon' },
          { id: 'region', label: 'Region', description: 'd', color: '#DDCC77', shape: 'ellipse' },
        ],
        relationTypes: [
          {
            id: 'intervened-in',
            label: 'Intervened in',
            description: 'd',
            polarity: 'neutral',
            symmetric: false,
            lineStyle: 'solid',
            color: '#0072B2',
          },
        ],
      },
      sources: [{ id: 'essay', title: 'Essay', sections: [{ id: 'intro', title: 'Introduction', ordinal: 1 }] }],
    },
    options: { type: 'directed', multi: true, allowSelfLoops: true },
    nodes: [
      { key: 'nato', attributes: { label: 'NATO', type: 'alliance', provenance: ['intro'], year: 1949 } },
      { key: 'kosovo', attributes: { label: 'Kosovo', type: 'region', provenance: ['intro'] } },
    ],
    edges: [
      {
        key: 'e1',
        source: 'nato',
        target: 'kosovo',
        attributes: { type: 'intervened-in', provenance: ['intro'], confidence: 'stated' },
      },
    ],
  };
}

function errorOf(fn: () => unknown): GraphFileError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GraphFileError) return error;
    throw new Error(`expected a GraphFileError, got ${String(error)}`);
  }
  throw new Error('expected the call to throw');
}

describe('buildAtlasGraph: accepted input', () => {
  it('builds a directed multigraph with the attributes and defaults', () => {
    const graph = buildAtlasGraph(validDoc(), FILE);
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.type).toBe('directed');
    expect(graph.multi).toBe(true);
    expect(graph.getNodeAttribute('nato', 'year')).toBe(1949);
    expect(graph.getNodeAttribute('kosovo', 'aliases')).toEqual([]);
    expect(graph.getNodeAttribute('kosovo', 'description')).toBe('');
    expect(graph.source('e1')).toBe('nato');
    expect(graph.getAttribute('ontology').entityTypes.map((t) => t.id)).toEqual(['alliance', 'region']);
  });

  it('accepts parallel edges between the same pair', () => {
    const doc = validDoc();
    doc.edges.push({ ...doc.edges[0], key: 'e2' } as (typeof doc.edges)[number]);
    const graph = buildAtlasGraph(doc, FILE);
    expect(graph.edges('nato', 'kosovo')).toHaveLength(2);
  });

  it('generates types for a file without ontology', () => {
    const doc = validDoc() as { attributes: Record<string, unknown> };
    delete doc.attributes.ontology;
    const graph = buildAtlasGraph(doc, FILE);
    const ontology = graph.getAttribute('ontology');
    expect(ontology.entityTypes.map((t) => t.id)).toEqual(['alliance', 'region']);
    expect(ontology.relationTypes.map((t) => t.id)).toEqual(['intervened-in']);
  });
});

describe('buildAtlasGraph: rejected input names the element', () => {
  it('rejects a duplicate node key', () => {
    const doc = validDoc();
    doc.nodes.push({ key: 'nato', attributes: { label: 'Again', type: 'alliance', provenance: [] } });
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.message).toBe(`${FILE} at nodes[2] "nato": duplicate node key`);
  });

  it('rejects a duplicate edge key', () => {
    const doc = validDoc();
    doc.edges.push({ ...doc.edges[0] } as (typeof doc.edges)[number]);
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.message).toContain('edges[1] "e1"');
    expect(error.detail).toBe('duplicate edge key');
  });

  it('rejects a dangling edge, naming the missing endpoint', () => {
    const doc = validDoc();
    doc.edges[0] = { ...doc.edges[0], target: 'libya' } as (typeof doc.edges)[number];
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('edges[0] "e1"');
    expect(error.detail).toBe('target "libya" is not a node');
  });

  it('rejects an undeclared entity type', () => {
    const doc = validDoc();
    doc.nodes[1] = { key: 'kosovo', attributes: { label: 'Kosovo', type: 'place', provenance: [] } };
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('nodes[1] "kosovo".attributes.type');
    expect(error.detail).toContain('"place" is not declared');
  });

  it('rejects an undeclared relation type', () => {
    const doc = validDoc();
    const edge = doc.edges[0] as { attributes: { type: string } };
    edge.attributes.type = 'invaded';
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('edges[0] "e1".attributes.type');
    expect(error.detail).toContain('"invaded" is not declared');
  });

  it('rejects provenance that is not a section', () => {
    const doc = validDoc();
    doc.nodes[0] = { key: 'nato', attributes: { label: 'NATO', type: 'alliance', provenance: ['chapter-9'] } };
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('nodes[0] "nato".attributes.provenance');
    expect(error.detail).toContain('"chapter-9"');
  });

  it('rejects an empty label, naming the node key and field', () => {
    const doc = validDoc();
    doc.nodes[1] = { key: 'kosovo', attributes: { label: '', type: 'region', provenance: [] } };
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('nodes[1] "kosovo".attributes.label');
  });

  it('rejects a non-integer year on an edge', () => {
    const doc = validDoc();
    (doc.edges[0] as { attributes: Record<string, unknown> }).attributes.year = 1999.5;
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('edges[0] "e1".attributes.year');
  });

  it('keeps a boolean `future` flag on a relation and rejects any other value, naming the edge and field', () => {
    const doc = validDoc();
    (doc.edges[0] as { attributes: Record<string, unknown> }).attributes.future = true;
    expect(buildAtlasGraph(doc, FILE).getEdgeAttribute('e1', 'future')).toBe(true);
    (doc.edges[0] as { attributes: Record<string, unknown> }).attributes.future = 'yes';
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('edges[0] "e1".attributes.future');
  });

  it('rejects a period whose start is after its end', () => {
    const doc = validDoc();
    (doc.nodes[0] as { attributes: Record<string, unknown> }).attributes.period = { start: 1999, end: 1990 };
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('nodes[0] "nato".attributes.period.end');
    expect(error.detail).toBe('start must not be after end');
  });

  it('rejects a bad colour and a bad shape in the ontology', () => {
    const colourDoc = validDoc();
    const firstType = colourDoc.attributes.ontology.entityTypes[0] as { color: string };
    firstType.color = 'blue';
    const colourError = errorOf(() => buildAtlasGraph(colourDoc, FILE));
    expect(colourError.location.element).toBe('attributes.ontology.entityTypes.0.color');
    expect(colourError.detail).toBe('must be a #rrggbb colour');

    const shapeDoc = validDoc();
    (shapeDoc.attributes.ontology.entityTypes[1] as { shape: string }).shape = 'blob';
    expect(errorOf(() => buildAtlasGraph(shapeDoc, FILE)).location.element).toBe(
      'attributes.ontology.entityTypes.1.shape',
    );
  });

  it('rejects reserved words as keys', () => {
    const doc = validDoc();
    doc.nodes.push({ key: '__proto__', attributes: { label: 'P', type: 'region', provenance: [] } });
    const error = errorOf(() => buildAtlasGraph(doc, FILE));
    expect(error.location.element).toBe('nodes[2] "__proto__".key');
    expect(error.detail).toBe('is a reserved word');
  });

  it('rejects a document without a node list', () => {
    const error = errorOf(() => buildAtlasGraph({ edges: [] }, FILE));
    expect(error.location.element).toBe('nodes');
    expect(error.message.startsWith(FILE)).toBe(true);
  });
});

describe('parseAtlasJson / parseJsonText: text input', () => {
  it('accepts a UTF-8 byte-order mark', () => {
    const graph = parseAtlasJson(`\uFEFF${JSON.stringify(validDoc())}`, FILE);
    expect(graph.order).toBe(2);
  });

  it('reports line and column of a syntax error', () => {
    const text = '{\n  "nodes": [\n    {"key": "a" "attributes": {}}\n  ]\n}';
    const error = errorOf(() => parseJsonText(text, FILE));
    expect(error.location).toEqual({ line: 3, column: 17 });
    expect(error.message.startsWith(`${FILE}:3:17: invalid JSON`)).toBe(true);
  });

  it('reports the end of a truncated file', () => {
    const error = errorOf(() => parseJsonText('{\n  "nodes": []\n', FILE));
    expect(error.location).toEqual({ line: 3, column: 1 });
  });

  it('counts columns after a BOM from the first real character', () => {
    const error = errorOf(() => parseJsonText('\uFEFF{"a" 1}', FILE));
    expect(error.location).toEqual({ line: 1, column: 6 });
  });

  // KNOWN BUG: on Node 20, V8 reports "Unexpected token" errors without a position, so no line/column is given.
  // `it.fails` keeps the gap visible: when the loader learns to locate these errors, this starts failing; switch it to `it`.
  it.fails('reports line and column of an unexpected token', () => {
    const error = errorOf(() => parseJsonText('{\n  "nodes": [,]\n}', FILE));
    expect(error.location).toEqual({ line: 2, column: 13 });
  });
});
