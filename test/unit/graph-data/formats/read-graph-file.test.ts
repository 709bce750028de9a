// Example-based tests of the format entry points: dispatch, decoding, foreign files (plain graphology, Gephi, yEd, spreadsheets), interop and documented limits.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { MultiDirectedGraph, UndirectedGraph } from 'graphology';
import { parse as gexfParse } from 'graphology-gexf';
import { parse as graphmlParse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import {
  formatFromFileName,
  readCsvPair,
  readGraphFile,
  writeGraphFile,
} from '../../../../graph-data/formats/read-graph-file';
import { buildAtlasGraph } from '../../../../graph-data/model/load-atlas-graph';

const GRAPHS = join(__dirname, '../../../fixtures/graphs');
const fixture = (name: string) => new Uint8Array(readFileSync(join(GRAPHS, name)));

describe('formatFromFileName', () => {
  it.each([
    ['a.json', 'json'],
    ['A.GEXF', 'gexf'],
    ['a.graphml', 'graphml'],
    ['a.xml', 'graphml'],
    ['edges.csv', 'csv-edges'],
    ['small-edges.csv', 'csv-edges'],
    ['small-nodes.csv', 'csv-nodes'],
    ['nodes.csv', 'csv-nodes'],
    ['mynodes.csv', 'csv-edges'],
    ['a.dot', undefined],
  ])('%s → %s', (name, format) => expect(formatFromFileName(name)).toBe(format));
});

describe('decoding', () => {
  const csv = 'source,target\nZürich,Genève\n';
  const encode16 = (text: string, littleEndian: boolean) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    const view = new DataView(bytes.buffer);
    view.setUint16(0, 0xfeff, littleEndian);
    for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), littleEndian);
    return bytes;
  };
  it('reads UTF-8 with and without BOM, UTF-16 LE and BE with BOM, and strings with a BOM', () => {
    const utf8 = new TextEncoder().encode(csv);
    for (const content of [
      utf8,
      new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]),
      encode16(csv, true),
      encode16(csv, false),
      `\uFEFF${csv}`,
    ]) {
      expect(readGraphFile('e.csv', content).nodes()).toEqual(['Zürich', 'Genève']);
    }
  });
});

describe('plain graphology JSON from other tools', () => {
  it('loads without our attributes: label defaults to the key, type to "default", edge keys are generated', () => {
    const plain = {
      nodes: [{ key: 'a' }, { key: 'b', attributes: { label: 'Bee', size: 3 } }],
      edges: [{ source: 'a', target: 'b' }],
    };
    const graph = readGraphFile('plain.json', JSON.stringify(plain));
    expect(graph.getNodeAttributes('a')).toMatchObject({ label: 'a', type: 'default' });
    expect(graph.getNodeAttributes('b')).toMatchObject({ label: 'Bee', type: 'default', size: 3 });
    expect(graph.edges()).toEqual(['e0']);
    expect(graph.getAttribute('ontology').entityTypes.map((t) => t.id)).toEqual(['default']);
  });

  it('takes the type from --type-attribute', () => {
    const plain = { nodes: [{ key: 'a', attributes: { category: 'alliance' } }], edges: [] };
    const graph = readGraphFile('plain.json', JSON.stringify(plain), { typeAttribute: 'category' });
    expect(graph.getNodeAttribute('a', 'type')).toBe('alliance');
  });

  it("loads graphology's own export of an undirected graph (edges become directed source → target)", () => {
    const g = new UndirectedGraph();
    g.addNode('x', { label: 'X' });
    g.addNode('y');
    g.addEdge('x', 'y', { weight: 2 });
    const graph = readGraphFile('export.json', JSON.stringify(g.export()));
    expect(graph.order).toBe(2);
    expect(graph.size).toBe(1);
    expect(graph.getEdgeAttribute(graph.edges()[0] ?? '', 'weight')).toBe(2);
  });

  it('keeps native files strict: with an ontology, a missing type is an error', () => {
    const text = writeGraphFile(readGraphFile('small.json', fixture('small.json')), 'json').text.replace(
      '"type": "framework",',
      '',
    );
    expect(() => readGraphFile('small.json', text)).toThrow(/small\.json at nodes\[2\] "un"\.attributes\.type/);
  });
});

describe('fixtures from other tools', () => {
  it('Gephi GEXF: viz colours (with alpha), sizes, positions, typed attvalues and defaults', () => {
    const graph = readGraphFile('small.gexf', fixture('small.gexf'));
    expect(graph.getNodeAttributes('nato')).toMatchObject({
      label: 'NATO',
      type: 'alliance',
      founded: 1949,
      members: 32,
      color: '#332288',
      size: 20,
      x: -120.5,
      y: 40.25,
    });
    expect(graph.getNodeAttributes('au')).toMatchObject({ color: 'rgba(136,204,238,0.8)', members: 0 });
    expect(graph.getEdgeAttributes('0')).toMatchObject({ type: 'complements', weight: 2 });
    expect(graph.getEdgeAttributes('1')).toMatchObject({ label: 'mandated by' });
    expect(graph.getAttributes()).toMatchObject({ description: 'Small alliance network exported from Gephi' });
  });

  it('yEd/networkx GraphML: typed keys, defaults, yEd labels and geometry, generated edge ids, self-loop', () => {
    const graph = readGraphFile('small.graphml', fixture('small.graphml'));
    expect(graph.getNodeAttributes('n0')).toMatchObject({
      label: 'NATO',
      year: 1949,
      x: -120.5,
      y: 40.25,
      color: '#332288',
      active: true,
    });
    expect(graph.getNodeAttributes('n1')).toMatchObject({ label: 'African Union', active: false });
    expect(graph.getNodeAttributes('n2')).toMatchObject({ label: 'n2', type: 'actor' });
    expect(graph.getAttribute('name')).toBe('Small yEd-style graph');
    expect(graph.extremities('e2')).toEqual(['n2', 'n2']);
  });

  it('spreadsheet CSV pair: typed and untyped columns, "a; b" alias lists, multi-line quoted cells, parallel edges', () => {
    const graph = readCsvPair(
      'small-nodes.csv',
      fixture('small-nodes.csv'),
      'small-edges.csv',
      fixture('small-edges.csv'),
    );
    expect(graph.getNodeAttributes('nato')).toMatchObject({
      label: 'NATO',
      year: 1949,
      aliases: ['North Atlantic Treaty Organization', 'the Alliance'],
    });
    expect(graph.getNodeAttribute('un', 'aliases')).toEqual(['UN', '"the UN"']);
    expect(graph.getEdgeAttribute('e2', 'description')).toBe('Multi-line\ndescription');
    expect(graph.edges('nato', 'au')).toHaveLength(2);
  });

  it('an edges CSV alone creates its nodes from the endpoints', () => {
    const graph = readGraphFile('small-edges.csv', fixture('small-edges.csv'));
    expect(graph.nodes()).toEqual(['nato', 'au', 'ecowas', 'un']);
    expect(graph.getNodeAttributes('ecowas')).toMatchObject({ label: 'ecowas', type: 'default' });
  });
});

describe('interop: other tools read what we write', () => {
  const graph = readGraphFile('small.json', fixture('small.json'));
  it('graphology-gexf parses our GEXF with labels, colours and positions', () => {
    const back = gexfParse(
      MultiDirectedGraph,
      writeGraphFile(readGraphFile('small.gexf', fixture('small.gexf')), 'gexf').text,
    );
    expect(back.getNodeAttributes('nato')).toMatchObject({
      label: 'NATO',
      color: '#332288',
      x: -120.5,
      y: 40.25,
      size: 20,
    });
    expect(back.size).toBe(3);
  });
  it('graphology-graphml parses our GraphML', () => {
    const back = graphmlParse(MultiDirectedGraph, writeGraphFile(graph, 'graphml').text);
    expect(back.getNodeAttributes('nato')).toMatchObject({ label: 'NATO', type: 'alliance', year: 1949 });
    expect(back.size).toBe(3);
  });
});

describe('documented limits and text safety', () => {
  const graph = buildAtlasGraph(
    {
      attributes: { sources: [] },
      nodes: [{ key: 'a', attributes: { label: '<b>bold</b> & co', type: 't', note: '' } }],
      edges: [],
    },
    'x.json',
  );

  it('labels stay text: escaped only inside the written file, verbatim after reading', () => {
    for (const format of ['gexf', 'graphml'] as const) {
      const { text } = writeGraphFile(graph, format);
      expect(text).toContain('&lt;b&gt;bold&lt;/b&gt; &amp; co');
      expect(readGraphFile(`x.${format}`, text).getNodeAttribute('a', 'label')).toBe('<b>bold</b> & co');
    }
  });

  it('an empty string survives JSON, GEXF and GraphML but is a missing value in CSV', () => {
    for (const format of ['json', 'gexf', 'graphml'] as const) {
      expect(readGraphFile(`x.${format}`, writeGraphFile(graph, format).text).getNodeAttribute('a', 'note')).toBe('');
    }
    const back = readCsvPair(
      'x-nodes.csv',
      writeGraphFile(graph, 'csv-nodes').text,
      'x-edges.csv',
      writeGraphFile(graph, 'csv-edges').text,
    );
    expect(back.getNodeAttributes('a')).not.toHaveProperty('note');
  });

  it('arrays and objects are JSON strings in GEXF/GraphML, marked atlas:json so they read back typed', () => {
    const text = writeGraphFile(readGraphFile('small.json', fixture('small.json')), 'graphml').text;
    expect(text).toContain('attr.name="aliases" attr.type="string" atlas:json="true"');
    expect(text).toContain('["North Atlantic Treaty Organization"]');
  });

  it('CSV writes no graph attributes and says so', () => {
    const { warnings } = writeGraphFile(readGraphFile('small.json', fixture('small.json')), 'csv-nodes');
    expect(warnings[0]?.message).toMatch(/CSV cannot carry graph attributes; not written: name, ontology, sources/);
  });

  it('XML-illegal characters in ids are replaced and reported too', () => {
    const g = buildAtlasGraph(
      { attributes: { sources: [] }, nodes: [{ key: 'a\u0001', attributes: { label: 'A', type: 't' } }], edges: [] },
      'x.json',
    );
    const { text, warnings } = writeGraphFile(g, 'gexf');
    expect(warnings).toContainEqual({
      element: 'node "a\u0001" id',
      message: 'replaced 1 XML-illegal character with U+FFFD',
    });
    expect(readGraphFile('x.gexf', text).nodes()).toEqual(['a\uFFFD']);
  });
});

describe('attribute defaults named like Object.prototype members', () => {
  // `name in data` sees inherited members: a declared default for "toString" or "constructor" was never applied.
  const names = ['toString', 'constructor', 'hasOwnProperty', 'valueOf'];
  const encode = (text: string) => new TextEncoder().encode(text);

  it('GraphML: each default applies to the nodes without their own value', () => {
    const keys = names
      .map(
        (n, i) =>
          `<key id="d${i}" for="node" attr.name="${n}" attr.type="string"><default>default ${n}</default></key>`,
      )
      .join('');
    const graph = readGraphFile(
      'inherited.graphml',
      encode(
        `<graphml xmlns="http://graphml.graphdrawing.org/xmlns">${keys}<graph edgedefault="directed">` +
          '<node id="a"/><node id="b"><data key="d0">own</data></node><edge source="a" target="b"/></graph></graphml>',
      ),
    );
    const a = graph.getNodeAttributes('a') as Record<string, unknown>;
    const b = graph.getNodeAttributes('b') as Record<string, unknown>;
    for (const n of names) expect(Object.hasOwn(a, n) ? a[n] : undefined, n).toBe(`default ${n}`);
    expect(b.toString).toBe('own');
    expect(Object.hasOwn(b, 'constructor') ? b.constructor : undefined).toBe('default constructor');
  });

  it('GEXF: each default applies to the nodes without their own value', () => {
    const attributes = names
      .map((n, i) => `<attribute id="${i}" title="${n}" type="string"><default>default ${n}</default></attribute>`)
      .join('');
    const graph = readGraphFile(
      'inherited.gexf',
      encode(
        `<gexf xmlns="http://gexf.net/1.3" version="1.3"><graph defaultedgetype="directed">` +
          `<attributes class="node">${attributes}</attributes><nodes><node id="a" label="A"/>` +
          '<node id="b" label="B"><attvalues><attvalue for="0" value="own"/></attvalues></node></nodes>' +
          '<edges><edge id="e" source="a" target="b"/></edges></graph></gexf>',
      ),
    );
    const a = graph.getNodeAttributes('a') as Record<string, unknown>;
    const b = graph.getNodeAttributes('b') as Record<string, unknown>;
    for (const n of names) expect(Object.hasOwn(a, n) ? a[n] : undefined, n).toBe(`default ${n}`);
    expect(b.toString).toBe('own');
  });
});
