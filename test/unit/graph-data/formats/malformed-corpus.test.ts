// Runs every file of test/fixtures/malformed: each error names the file and its line/element; the files that must load keep their text verbatim.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  readCsvPair,
  readGraphFile,
  readGraphFileAsync,
  writeGraphFile,
} from '../../../../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { GraphFileError } from '../../../../graph-data/model/graph-errors';

const DIR = join(__dirname, '../../../fixtures/malformed');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));

/** Reads a corpus file the way the app would: pairs for node tables and for the dangling-edge pair test. */
async function load(name: string): Promise<AtlasGraph> {
  if (name.endsWith('nodes.csv')) return readCsvPair(name, bytes(name), 'ok-edges.csv', bytes('ok-edges.csv'));
  if (name === 'dangling-edges.csv') return readCsvPair('ok-nodes.csv', bytes('ok-nodes.csv'), name, bytes(name));
  return (await readGraphFileAsync(name, bytes(name))).graph;
}

/** file → [the start of the message (`file:line` where the format has lines), a phrase of the detail]. */
const errors: Record<string, [string, string]> = {
  'truncated.gexf': ['truncated.gexf:9:', 'unclosed tag'],
  'truncated.graphml': ['truncated.graphml:7:', 'unclosed tag'],
  'mismatched-tags.gexf': ['mismatched-tags.gexf:6:', 'unexpected close tag'],
  'mismatched-tags.graphml': ['mismatched-tags.graphml:5:', 'unexpected close tag'],
  'utf16le-no-bom.json': ['utf16le-no-bom.json: ', 'binary data'],
  'invalid-utf8-edges.csv': ['invalid-utf8-edges.csv: ', 'not valid UTF-8'],
  'billion-laughs.gexf': ['billion-laughs.gexf:2:1', 'DOCTYPE declarations are not allowed'],
  'xxe-external-entity.graphml': ['xxe-external-entity.graphml:2:1', 'DOCTYPE declarations are not allowed'],
  'doctype.gexf': ['doctype.gexf:2:1', 'DOCTYPE declarations are not allowed'],
  'undefined-entity.graphml': ['undefined-entity.graphml:4:', 'undefined entity'],
  'illegal-char-reference.gexf': ['illegal-char-reference.gexf:5:', 'malformed character entity'],
  'two-roots.graphml': ['two-roots.graphml:8:', 'only one root'],
  'duplicate-node-id.json': ['duplicate-node-id.json at nodes[1] "a"', 'duplicate node key'],
  'duplicate-node-id.gexf': ['duplicate-node-id.gexf:6:12 at <node id="a">', 'duplicate node id "a"'],
  'duplicate-node-id.graphml': ['duplicate-node-id.graphml:6:10 at <node id="a">', 'duplicate node id "a"'],
  'duplicate-id-nodes.csv': ['duplicate-id-nodes.csv:4', 'duplicate node id "a"'],
  'duplicate-edge-id-edges.csv': ['duplicate-edge-id-edges.csv:3', 'duplicate edge id "e1"'],
  'dangling-edge.json': ['dangling-edge.json at edges[0] "e1"', 'target "ghost" is not a node'],
  'dangling-edge.gexf': ['dangling-edge.gexf:9:12 at <edge id="e1">', 'target "ghost" is not a node'],
  'dangling-edge.graphml': ['dangling-edge.graphml:6:10 at <edge id="e1">', 'source "ghost" is not a node'],
  'dangling-edges.csv': ['dangling-edges.csv:3', 'target "ghost" is not a node of ok-nodes.csv'],
  'proto-node-id.json': ['proto-node-id.json at nodes[0] "__proto__".key', 'reserved word'],
  'proto-attribute-key.json': ['proto-attribute-key.json at nodes[0].attributes', '"__proto__" is not allowed'],
  'proto-node-id.gexf': ['proto-node-id.gexf:5:12 at <node id="__proto__">', 'reserved word'],
  'proto-attribute-title.graphml': ['proto-attribute-title.graphml:5:', '"__proto__" is not allowed'],
  'proto-column-edges.csv': ['proto-column-edges.csv:2 at column "__proto__"', '"__proto__" is not allowed'],
  'deeply-nested.json': ['deeply-nested.json:1:', 'nested deeper than 100 levels'],
  'deeply-nested.graphml': ['deeply-nested.graphml:5:', 'XML is nested deeper than 64 levels'],
  'syntax-error.json': ['syntax-error.json:3:', 'invalid JSON'],
  'wrong-shape.json': ['wrong-shape.json at the top level', 'expected object'],
  'unclosed-quote-edges.csv': ['unclosed-quote-edges.csv:3', 'unclosed quote'],
  'ragged-row-edges.csv': ['ragged-row-edges.csv:3', 'ragged row'],
  'bad-number-edges.csv': ['bad-number-edges.csv:3 at column "weight"', '"heavy" is not a number'],
  'missing-columns-edges.csv': ['missing-columns-edges.csv:1', 'needs "source" and "target" columns'],
  'empty.json': ['empty.json: ', 'the file is empty'],
  'whitespace-only.gexf': ['whitespace-only.gexf: ', 'the file is empty'],
  'binary-garbage.gexf': ['binary-garbage.gexf: ', 'not valid UTF-8'],
  'png-header.json': ['png-header.json: ', 'not valid UTF-8'],
  'hyperedge.graphml': ['hyperedge.graphml:6:', 'hyperedges are not supported'],
  'nested-graph.graphml': ['nested-graph.graphml:5:13 at <graph id="inner">', 'nested graphs'],
  'nested-nodes.gexf': ['nested-nodes.gexf:6:', 'nested graphs'],
  'node-without-id.gexf': ['node-without-id.gexf:5:12 at <node>', 'node without id'],
  'node-without-id.graphml': ['node-without-id.graphml:4:10 at <node>', 'node without id'],
  'bad-typed-value.gexf': ['bad-typed-value.gexf:9:', '"abc" is not an integer'],
  'bad-typed-value.graphml': ['bad-typed-value.graphml:5:23 at <data>', '"maybe" is not a boolean'],
  'undeclared-attribute.gexf': ['undeclared-attribute.gexf:5:', 'undeclared node attribute "9"'],
  'wrong-root.gexf': ['wrong-root.gexf:2:', 'wrong root element <graphml>; expected <gexf>'],
  'wrong-root.xml': ['wrong-root.xml:2:', 'wrong root element <html>; expected <gexf> or <graphml>'],
  'unknown-extension.dot': ['unknown-extension.dot: ', 'unknown file type'],
  'syntax-error.ttl': ['syntax-error.ttl:3: ', 'invalid Turtle: Expected entity but got .'],
  'undefined-prefix.ttl': ['undefined-prefix.ttl:3: ', 'Undefined prefix "nope:"'],
  'unterminated-literal.nt': ['unterminated-literal.nt:2: ', 'invalid N-Triples'],
  'relative-iri.nt': ['relative-iri.nt:1: ', 'invalid N-Triples'],
  'unclosed-graph.trig': ['unclosed-graph.trig:', 'invalid TriG'],
  'extra-term.nq': ['extra-term.nq:1: ', 'invalid N-Quads'],
  'triple-term.ttl': ['triple-term.ttl: ', 'triple term'],
  'empty.ttl': ['empty.ttl: ', 'the file is empty'],
  'remote-context.jsonld': [
    'remote-context.jsonld: ',
    'remote JSON-LD context https://schema.org/, which is not fetched',
  ],
  'syntax-error.jsonld': ['syntax-error.jsonld: ', 'invalid JSON'],
  'deeply-nested.jsonld': ['deeply-nested.jsonld:1:', 'nested deeper than 100 levels'],
  'billion-laughs.rdf': ['billion-laughs.rdf:2 at <!DOCTYPE>', 'entity lol2 contains markup or another reference'],
  'xxe-external-entity.rdf': ['xxe-external-entity.rdf:2 at <!DOCTYPE>', 'external entity secret is not read'],
  'external-dtd.owl': ['external-dtd.owl:2 at <!DOCTYPE>', 'an external DTD is not read'],
  'mismatched-tags.rdf': ['mismatched-tags.rdf:4:', 'invalid RDF/XML'],
  'deeply-nested.rdf': ['deeply-nested.rdf:3: ', 'XML is nested deeper than 256 levels'],
};

const HTML = '<script>alert("x")</script><img src=x onerror=alert(1)>';
const label = (g: AtlasGraph, key: string) => g.getNodeAttribute(key, 'label');

/** file → checks on the loaded graph: these must open, with their text exactly as in the file. */
const loads: Record<string, (g: AtlasGraph) => void> = {
  'utf8-bom.json': (g) => expect(label(g, 'a')).toBe('Café à Genève'),
  'utf8-bom.gexf': (g) => expect(label(g, 'a')).toBe('École'),
  'utf16le-bom.graphml': (g) => expect(g.nodes()).toEqual(['漢']),
  'utf16be-bom-edges.csv': (g) => expect(g.nodes()).toEqual(['Berlin', 'München']),
  'constructor-prototype.json': (g) =>
    expect(g.getNodeAttribute('a', 'constructor')).toEqual({ prototype: { polluted: true } }),
  'html-labels.json': (g) => {
    expect(label(g, 'a')).toBe(HTML);
    expect(g.getNodeAttribute('a', 'description')).toBe('<b>bold</b> &amp; <i>not</i>');
  },
  'html-labels.gexf': (g) => expect(label(g, 'a')).toBe(HTML),
  'html-labels.graphml': (g) => expect(label(g, 'a')).toBe(HTML),
  'rtl-override-edges.csv': (g) => {
    expect(g.nodes()).toEqual(['\u202Egnp.exe', 'שלום']);
    expect(label(g, '\u202Egnp.exe')).toBe('\u202Egnp.exe');
  },
  'rtl-override.json': (g) => expect(label(g, 'a')).toBe('\u202Eevil\u202C السلام'),
  'formula-injection-edges.csv': (g) => {
    expect(g.nodes()).toEqual(["=cmd|' /C calc'!A0", '+SUM(1)', '-2+3', 'b']);
    expect(g.getEdgeAttribute('e0', 'note')).toBe('@HYPERLINK("http://x")');
    // Written back, every formula-like cell is neutralised with a leading apostrophe.
    const { text } = writeGraphFile(g, 'csv-edges');
    expect(text).toContain(`e0,'=cmd|' /C calc'!A0,'+SUM(1),complements,`);
    expect(text).toContain(`"'@HYPERLINK(""http://x"")"`);
    expect(text).toContain("e1,'-2+3,b,complements,,'=1+1,");
  },
  'html-labels.ttl': (g) => {
    expect(label(g, 'http://example.org/a')).toBe(HTML);
    expect(g.getNodeAttribute('http://example.org/a', 'description')).toBe('<b>bold</b> &amp; <i>not</i>');
  },
  'owl-entities.owl': (g) => {
    expect(label(g, 'http://example.org/nato')).toBe('NATO');
    expect(g.getNodeAttribute('http://example.org/nato', 'type')).toBe('http://example.org/Alliance');
  },
  'ok-nodes.csv': (g) => expect(g.order).toBe(2),
  'ok-edges.csv': (g) => expect(g.size).toBe(1),
};

const prototypeBefore = Object.getOwnPropertyNames(Object.prototype).sort();

describe('malformed and hostile corpus', () => {
  const files = readdirSync(DIR).filter((f) => f !== 'README.md');

  it('has at least 30 files, each with an expectation and a README row', () => {
    expect(files.length).toBeGreaterThanOrEqual(30);
    const readme = readFileSync(join(DIR, 'README.md'), 'utf8');
    for (const f of files) {
      expect(errors[f] !== undefined || loads[f] !== undefined, `${f} has no expectation`).toBe(true);
      expect(readme, `${f} is not in README.md`).toContain(`\`${f}\``);
    }
  });

  for (const [file, [start, phrase]] of Object.entries(errors)) {
    it(`${file} is refused with a located message`, async () => {
      let caught: unknown;
      try {
        await load(file);
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(GraphFileError);
      const message = (caught as GraphFileError).message;
      expect(message.startsWith(start), `${message} should start with ${start}`).toBe(true);
      expect(message).toContain(phrase);
    });
  }

  for (const [file, check] of Object.entries(loads)) {
    it(`${file} loads with its text verbatim`, async () => check(await load(file)));
  }

  it('a file above the size cap is refused before parsing', () => {
    expect(() => readGraphFile('ok-edges.csv', bytes('ok-edges.csv'), { maxBytes: 10 })).toThrow(
      /ok-edges\.csv: the file is too large \(\d+ bytes; the limit is 10 bytes\)/,
    );
  });

  afterAll(() => {
    // Nothing in the corpus may have added or changed anything on Object.prototype.
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeBefore);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.getPrototypeOf({})).toBe(Object.prototype);
  });
});
