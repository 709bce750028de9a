// Reads the RDF fixtures in every syntax (counts checked against rdflib), and checks that every write and round trip gives the same triples by canonical comparison (rdf-canonize).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser, Writer } from 'n3';
import { canonize } from 'rdf-canonize';
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../../graph-data/dataset/embedded-graph';
import {
  DEFAULT_RDF_BASE,
  getRdfGraphData,
  graphToQuads,
  writeNTriples,
  writeTurtle,
} from '../../../../../graph-data/formats/rdf';
import {
  readGraphFile,
  readGraphFileAsync,
  writeGraphFile,
  writeGraphFileAsync,
} from '../../../../../graph-data/formats/read-graph-file';
import type { AtlasGraph } from '../../../../../graph-data/model/atlas-graph';
import { parseAtlasJson } from '../../../../../graph-data/model/load-atlas-graph';
import { rdflibCounts } from '../../../../support/rdf-oracle';

const DIR = join(__dirname, '../../../../fixtures/rdf');
const bytes = (name: string) => new Uint8Array(readFileSync(join(DIR, name)));
const SYNTAXES = ['people.ttl', 'people.nt', 'people.nq', 'people.trig', 'people.jsonld', 'people.rdf'];

const canonical = (nquads: string) =>
  canonize(nquads, { algorithm: 'RDFC-1.0', inputFormat: 'application/n-quads', format: 'application/n-quads' });

/** The triples of the graph, as our N-Triples writer gives them, in canonical form. */
async function canonicalOf(graph: AtlasGraph): Promise<string> {
  return canonical(writeNTriples(graph).text);
}

/** The default graph of people.ttl straight from n3 (no mapping involved), in canonical form. */
async function sourceCanonical(): Promise<string> {
  const quads = new Parser({ format: 'text/turtle' }).parse(readFileSync(join(DIR, 'people.ttl'), 'utf8'));
  return canonical(new Writer({ format: 'application/n-quads' }).quadsToString(quads));
}

describe('reading each RDF syntax', () => {
  for (const name of SYNTAXES) {
    it(`${name}: the counts rdflib computes for the mapping`, async () => {
      const { graph, rdf } = await readGraphFileAsync(name, bytes(name));
      const oracle = rdflibCounts(join(DIR, name));
      if (oracle) {
        expect(graph.order).toBe(oracle.entities);
        expect(graph.size).toBe(oracle.relations);
        expect(new Set(rdf?.namedGraphs)).toEqual(new Set(oracle.namedGraphs));
      }
      // Independently of rdflib, counted by hand in people.ttl: 8 subjects (one a blank node), 8 relations.
      expect([graph.order, graph.size]).toEqual([8, 8]);
      expect(graph.getNodeAttribute('http://example.org/people/alice', 'label')).toBe('Alice');
      expect(graph.getNodeAttribute('http://example.org/people/alice', 'description')).toBe(
        'Works with <b>Bob</b> & friends.',
      );
    });

    it(`${name}: the same triples as people.ttl (canonical comparison)`, async () => {
      const { graph } = await readGraphFileAsync(name, bytes(name));
      expect(await canonicalOf(graph)).toBe(await sourceCanonical());
    });
  }

  it('gives the same keys when the same file is read twice (stable blank node labels)', async () => {
    const first = await readGraphFileAsync('people.ttl', bytes('people.ttl'));
    const second = await readGraphFileAsync('people.ttl', bytes('people.ttl'));
    expect(second.graph.nodes()).toEqual(first.graph.nodes());
    expect(second.graph.edges()).toEqual(first.graph.edges());
    expect(first.graph.nodes()).toContain('_:b0');
  });

  it('reads a chosen named graph of N-Quads and TriG, or all of them', async () => {
    for (const name of ['people.nq', 'people.trig']) {
      const staff = await readGraphFileAsync(name, bytes(name), { graph: 'http://example.org/graphs/staff' });
      expect(staff.rdf?.selected).toBe('http://example.org/graphs/staff');
      expect([staff.graph.order, staff.graph.size]).toEqual([3, 2]);
      const oracle = rdflibCounts(join(DIR, name), 'http://example.org/graphs/staff');
      if (oracle) expect([staff.graph.order, staff.graph.size]).toEqual([oracle.entities, oracle.relations]);
      const all = await readGraphFileAsync(name, bytes(name), { graph: 'all' });
      expect([all.graph.order, all.graph.size]).toEqual([12, 11]);
      const allOracle = rdflibCounts(join(DIR, name), 'all');
      if (allOracle) expect([all.graph.order, all.graph.size]).toEqual([allOracle.entities, allOracle.relations]);
      await expect(readGraphFileAsync(name, bytes(name), { graph: 'http://example.org/none' })).rejects.toThrow(
        `${name}: the file has no named graph http://example.org/none`,
      );
    }
  });

  it('opens the first named graph when the default graph is empty', async () => {
    const text =
      '<http://e/a> <http://e/p> <http://e/b> <http://e/g1> .\n<http://e/c> <http://e/p> <http://e/d> <http://e/g2> .\n';
    const { graph, rdf } = await readGraphFileAsync('only-named.nq', text);
    expect(rdf).toMatchObject({ selected: 'http://e/g1', namedGraphs: ['http://e/g1', 'http://e/g2'] });
    expect(graph.nodes()).toEqual(['http://e/a', 'http://e/b']);
  });

  it('reads RDF/XML from a .xml file by its root element, and OWL namespace entities', async () => {
    const { graph, rdf } = await readGraphFileAsync('people.xml', bytes('people.rdf'));
    expect(rdf?.syntax).toBe('rdfxml');
    expect(graph.order).toBe(8);
    const owl = `<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY ex "http://example.org/people/"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="&ex;">
  <rdf:Description rdf:about="&ex;alice"><ex:knows rdf:resource="&ex;bob"/></rdf:Description>
</rdf:RDF>`;
    const entities = await readGraphFileAsync('entities.owl', owl);
    expect(entities.graph.edges().map((e) => entities.graph.extremities(e))).toEqual([
      ['http://example.org/people/alice', 'http://example.org/people/bob'],
    ]);
  });

  it('keeps the prefixes of each syntax for display', async () => {
    // rdflib writes JSON-LD without a context, so people.jsonld has no prefixes to keep.
    for (const name of ['people.ttl', 'people.trig', 'people.rdf']) {
      const { graph } = await readGraphFileAsync(name, bytes(name));
      expect(getRdfGraphData(graph)?.prefixes.ex, name).toBe('http://example.org/people/');
    }
    const { graph } = await readGraphFileAsync('people.ttl', bytes('people.ttl'));
    const relationLabels = graph.getAttribute('ontology').relationTypes.map((t) => t.label);
    expect(relationLabels).toEqual(expect.arrayContaining(['knows', 'ex:livesIn', 'ex:worksFor']));
  });

  it('reports progress up to the whole file while streaming', async () => {
    let text = '@prefix ex: <http://example.org/> .\n';
    for (let i = 0; i < 60_000; i++) text += `ex:n${i} ex:next ex:n${i + 1} ; ex:name "node number ${i}" .\n`;
    const fractions: number[] = [];
    const { graph } = await readGraphFileAsync('chain.ttl', text, { onProgress: (f) => fractions.push(f) });
    expect(graph.size).toBe(60_000);
    expect(fractions.length).toBeGreaterThan(1);
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b));
    expect(fractions.at(-1)).toBe(1);
  });
});

describe('writing RDF', () => {
  for (const name of SYNTAXES) {
    it(`${name} → Turtle, N-Triples, JSON-LD, native JSON, GraphML → the same triples`, async () => {
      const { graph } = await readGraphFileAsync(name, bytes(name));
      const expected = await sourceCanonical();
      for (const [format, file] of [
        ['turtle', 'out.ttl'],
        ['ntriples', 'out.nt'],
        ['jsonld', 'out.jsonld'],
      ] as const) {
        const written = await writeGraphFileAsync(graph, format);
        expect(written.warnings).toEqual([]);
        const back = await readGraphFileAsync(file, written.text);
        expect(await canonicalOf(back.graph), `${name} via ${format}`).toBe(expected);
      }
      const viaJson = parseAtlasJson(writeGraphFile(graph, 'json').text, 'out.json');
      expect(await canonicalOf(viaJson), `${name} via JSON`).toBe(expected);
      const viaGraphml = readGraphFile('out.graphml', writeGraphFile(graph, 'graphml').text);
      expect(await canonicalOf(viaGraphml), `${name} via GraphML`).toBe(expected);
      // And via JSON then Turtle: what the native file kept is enough to write RDF again.
      const twice = await readGraphFileAsync('twice.ttl', writeTurtle(viaJson).text);
      expect(await canonicalOf(twice.graph)).toBe(expected);
    });
  }

  it('writes the embedded graph under a base, with its ontology as RDFS, readable by rdflib', async () => {
    const embedded = loadEmbeddedGraph();
    const { quads } = graphToQuads(embedded);
    const turtle = writeTurtle(embedded);
    expect(turtle.text).toContain(`@prefix entity: <${DEFAULT_RDF_BASE}entity/>.`);
    expect(turtle.warnings.map((w) => w.message).join()).toContain('not carried by RDF triples');
    const { graph } = await readGraphFileAsync('embedded.ttl', turtle.text);
    const ontology = embedded.getAttribute('ontology');
    // Entities, plus one entity per class, relation property and attribute property (they are subjects too).
    const alliance = graph.getNodeAttributes(`${DEFAULT_RDF_BASE}class/alliance`);
    expect(alliance.label).toBe(ontology.entityTypes.find((t) => t.id === 'alliance')?.label);
    expect(alliance.type).toBe('http://www.w3.org/2000/01/rdf-schema#Class');
    const nato = graph.getNodeAttributes(`${DEFAULT_RDF_BASE}entity/nato`);
    expect(nato.label).toBe(embedded.getNodeAttribute('nato', 'label'));
    expect(nato.type).toBe(`${DEFAULT_RDF_BASE}class/alliance`);
    const types = graph.getAttribute('ontology').entityTypes;
    expect(types.find((t) => t.id === `${DEFAULT_RDF_BASE}class/alliance`)?.label).toBe('Alliance');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-rdf-'));
    try {
      for (const [format, file] of [
        ['turtle', 'embedded.ttl'],
        ['ntriples', 'embedded.nt'],
        ['jsonld', 'embedded.jsonld'],
      ] as const) {
        const path = join(dir, file);
        writeFileSync(path, (await writeGraphFileAsync(embedded, format)).text);
        const oracle = rdflibCounts(path);
        if (!oracle) continue;
        // rdflib reads what we wrote: the same number of triples, and the mapping's counts.
        expect(oracle.triples, file).toBe(
          new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.termType}${q.object.value}`))
            .size,
        );
        const read = await readGraphFileAsync(file, readFileSync(path));
        expect([read.graph.order, read.graph.size], file).toEqual([oracle.entities, oracle.relations]);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('takes the base the user sets, and refuses one that is not an absolute IRI', async () => {
    const embedded = loadEmbeddedGraph();
    const text = writeNTriples(embedded, { baseIri: 'urn:example:atlas' }).text;
    expect(text).toContain('<urn:example:atlas/entity/nato>');
    expect(() => writeTurtle(embedded, { baseIri: 'not a base' })).toThrow('is not an absolute IRI');
  });

  it('writes blank node labels every syntax accepts', async () => {
    const rdfxml = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
  <rdf:Description rdf:nodeID="n.1.x"><ex:p rdf:nodeID="b0"/></rdf:Description>
</rdf:RDF>`;
    const { graph } = await readGraphFileAsync('ids.rdf', rdfxml);
    const turtle = writeTurtle(graph).text;
    const back = await readGraphFileAsync('ids.ttl', turtle);
    expect(await canonicalOf(back.graph)).toBe(await canonicalOf(graph));
    expect(back.graph.order).toBe(2);
  });
});

describe('kg with RDF files', () => {
  it('validates and converts by extension (built CLI not needed: runKg)', async () => {
    const { runKg } = await import('../../../../../main/cli/kg');
    const { nodeCliContext } = await import('../../../../../main/cli/kg');
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kg-rdf-'));
    let out = '';
    const append = (t: string) => {
      out += t;
    };
    const context = { ...nodeCliContext, out: append, err: append };
    try {
      expect(await runKg(['validate', join(DIR, 'people.trig'), '--json'], context)).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ valid: true, format: 'trig', nodes: 8, edges: 8 });
      out = '';
      const ttl = join(dir, 'people.ttl');
      expect(await runKg(['convert', join(DIR, 'people.jsonld'), ttl], context)).toBe(0);
      expect(out).toContain('(8 entities, 8 relations)');
      const back = await readGraphFileAsync('people.ttl', readFileSync(ttl));
      expect(await canonicalOf(back.graph)).toBe(await sourceCanonical());
      out = '';
      expect(await runKg(['convert', join(DIR, 'people.ttl'), join(dir, 'x.rdf')], context)).toBe(2);
      expect(out).toContain('RDF/XML is read but not written');
      out = '';
      expect(await runKg(['stats', '--file', join(DIR, 'people.nq'), '--json'], context)).toBe(0);
      expect(JSON.parse(out)).toMatchObject({ nodes: 8, edges: 8 });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the built kg (dist/cli) prints the same counts, when it has been built', () => {
    const kg = join(__dirname, '../../../../../dist/cli/kg.cjs');
    let text: string;
    try {
      text = execFileSync('node', [kg, 'stats', '--file', join(DIR, 'people.rdf'), '--json'], { encoding: 'utf8' });
    } catch (error) {
      console.log(`SKIPPED built kg check: ${(error as Error).message.split('\n')[0]}`);
      return;
    }
    expect(JSON.parse(text)).toMatchObject({ nodes: 8, edges: 8 });
  });
});
