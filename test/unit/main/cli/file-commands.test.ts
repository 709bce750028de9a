// `kg validate` and `kg convert` through runKg with an in-memory file system: counts, located errors, exit codes, CSV pairs, warnings.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvPair, readGraphFile } from '../../../../graph-data/formats/read-graph-file';
import type { CliContext } from '../../../../main/cli/cli-context';
import { nodeCliContext, runKg } from '../../../../main/cli/kg';
import { loadInputGraph } from '../../../../main/cli/load-input-graph';

const FIXTURES = join(__dirname, '../../../fixtures');

function fixture(path: string): Uint8Array {
  return new Uint8Array(readFileSync(join(FIXTURES, path)));
}

/** A fake context over a map of files; writes land in the same map so a convert can be read back. */
function fakeContext(files: Record<string, Uint8Array | string>) {
  const fs = new Map(
    Object.entries(files).map(([k, v]) => [k, typeof v === 'string' ? new TextEncoder().encode(v) : v]),
  );
  const written: string[] = [];
  let out = '';
  let err = '';
  const context: CliContext = {
    loadGraph: () => {
      throw new Error('not used by the file commands');
    },
    readFile: (path) => {
      const bytes = fs.get(path);
      if (!bytes) throw Object.assign(new Error(`ENOENT: ${path}`), { code: 'ENOENT' });
      return bytes;
    },
    writeFile: (path, content) => {
      written.push(path);
      fs.set(path, typeof content === 'string' ? new TextEncoder().encode(content) : content);
    },
    out: (text) => {
      out += text;
    },
    err: (text) => {
      err += text;
    },
  };
  return {
    context,
    written,
    text: (path: string) => new TextDecoder().decode(fs.get(path)),
    out: () => out,
    err: () => err,
  };
}

async function kg(args: string[], files: Record<string, Uint8Array | string>) {
  const fake = fakeContext(files);
  const code = await runKg(args, fake.context);
  return { code, ...fake };
}

const small = {
  'g/small.json': fixture('graphs/small.json'),
  'g/small.gexf': fixture('graphs/small.gexf'),
  'g/small.graphml': fixture('graphs/small.graphml'),
  'g/small-nodes.csv': fixture('graphs/small-nodes.csv'),
  'g/small-edges.csv': fixture('graphs/small-edges.csv'),
  'bad/dangling-edge.gexf': fixture('malformed/dangling-edge.gexf'),
  'bad/truncated.graphml': fixture('malformed/truncated.graphml'),
};

describe('kg validate', () => {
  it('prints counts by type for a valid file', async () => {
    const r = await kg(['validate', 'g/small.gexf'], small);
    expect(r.code).toBe(0);
    expect(r.out()).toContain('g/small.gexf: valid GEXF graph: 3 entities, 3 relations');
    expect(r.out()).toContain('entity types: alliance 2, framework 1');
    expect(r.out()).toContain('relation types: complements 2, undermines 1');
  });

  it('--json gives machine-readable counts', async () => {
    const r = await kg(['validate', 'g/small.graphml', '--json'], small);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out())).toEqual({
      file: 'g/small.graphml',
      valid: true,
      format: 'graphml',
      nodes: 3,
      edges: 3,
      entityTypes: { actor: 1, alliance: 2 },
      relationTypes: { complements: 2, 'intervened-in': 1 },
    });
  });

  it('exits 1 with the file, line and element of the error', async () => {
    const r = await kg(['validate', 'bad/dangling-edge.gexf'], small);
    expect(r.code).toBe(1);
    expect(r.err()).toBe('kg: dangling-edge.gexf:9:12 at <edge id="e1">: edge target "ghost" is not a node\n');
    expect(r.out()).toBe('');
  });

  it('--json reports the error as JSON on stdout and still exits 1', async () => {
    const r = await kg(['validate', 'bad/truncated.graphml', '--json'], small);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out());
    expect(report.valid).toBe(false);
    expect(report.error.line).toBe(7);
    expect(report.error.message).toMatch(/^truncated\.graphml:7:\d+: malformed XML: unclosed tag/);
  });

  it('exits 1 for a file that cannot be read', async () => {
    const r = await kg(['validate', 'nope.json'], small);
    expect(r.code).toBe(1);
    expect(r.err()).toBe('kg: nope.json: cannot read file (ENOENT)\n');
  });

  it('reads an edges CSV together with the nodes table next to it', async () => {
    const r = await kg(['validate', 'g/small-edges.csv', '--json'], small);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out()).entityTypes).toEqual({ alliance: 3, framework: 1 });
  });

  it('refuses a nodes table on its own, and --nodes on a non-CSV file', async () => {
    const a = await kg(['validate', 'g/small-nodes.csv'], small);
    expect(a.code).toBe(1);
    expect(a.err()).toContain('this is a nodes table');
    const b = await kg(['validate', 'g/small.json', '--nodes', 'g/small-nodes.csv'], small);
    expect(b.code).toBe(1);
    expect(b.err()).toContain('--nodes only applies to an edges CSV');
  });

  it('--type-attribute picks the attribute that holds the type', async () => {
    const csv = 'source,target,relation\na,b,allied-with\n';
    const r = await kg(['validate', 'e.csv', '--type-attribute', 'relation', '--json'], { 'e.csv': csv });
    expect(JSON.parse(r.out()).relationTypes).toEqual({ 'allied-with': 1 });
  });
});

describe('kg convert', () => {
  it('converts JSON to GEXF and GraphML with every node, edge and attribute', async () => {
    for (const out of ['out/small.gexf', 'out/small.graphml']) {
      const r = await kg(['convert', 'g/small.json', out], small);
      expect(r.code).toBe(0);
      expect(r.written).toEqual([out]);
      expect(r.out()).toBe(`wrote ${out} (3 entities, 3 relations)\n`);
      const original = readGraphFile('small.json', small['g/small.json']);
      expect(readGraphFile(out, r.text(out)).export()).toEqual(original.export());
    }
  });

  it('a .csv output writes the edge list and a -nodes.csv table, which validate reads back as a pair', async () => {
    const r = await kg(['convert', 'g/small.gexf', 'out/g.csv'], small);
    expect(r.code).toBe(0);
    expect(r.written).toEqual(['out/g.csv', 'out/g-nodes.csv']);
    const back = readCsvPair('g-nodes.csv', r.text('out/g-nodes.csv'), 'g.csv', r.text('out/g.csv'));
    const original = readGraphFile('small.gexf', small['g/small.gexf']);
    expect(back.export().nodes).toEqual(original.export().nodes);
    expect(back.export().edges).toEqual(original.export().edges);
  });

  it('reports XML-illegal characters it had to replace', async () => {
    const json = JSON.stringify({
      attributes: {},
      nodes: [{ key: 'a', attributes: { label: 'bell\u0007' } }],
      edges: [],
    });
    const r = await kg(['convert', 'in.json', 'out.graphml'], { 'in.json': json });
    expect(r.code).toBe(0);
    expect(r.err()).toContain('kg: warning: node "a" attribute "label": replaced 1 XML-illegal character with U+FFFD');
    expect(readGraphFile('out.graphml', r.text('out.graphml')).getNodeAttribute('a', 'label')).toBe('bell\uFFFD');
  });

  it('exits 2 for an output extension it cannot write, and writes nothing', async () => {
    const r = await kg(['convert', 'g/small.json', 'out.dot'], small);
    expect(r.code).toBe(2);
    expect(r.err()).toContain('cannot tell the output format of out.dot');
    expect(r.written).toEqual([]);
  });

  it('exits 1 for bad input, and writes nothing', async () => {
    const r = await kg(['convert', 'bad/dangling-edge.gexf', 'out.json'], small);
    expect(r.code).toBe(1);
    expect(r.err()).toContain('dangling-edge.gexf:9:12');
    expect(r.written).toEqual([]);
  });

  it('writes through the real atomic write with the node context', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-kg-convert-'));
    try {
      const out = join(dir, 'small.json');
      const code = await runKg(['convert', join(FIXTURES, 'graphs/small.graphml'), out], {
        ...nodeCliContext,
        out: () => {},
        err: () => {},
      });
      expect(code).toBe(0);
      expect(readdirSync(dir)).toEqual(['small.json']);
      expect(readGraphFile('small.json', readFileSync(out, 'utf8')).order).toBe(3);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('loadInputGraph (--file of every command)', () => {
  it('reads any format from disk, pairing X-edges.csv with X-nodes.csv', async () => {
    expect((await loadInputGraph(join(FIXTURES, 'graphs/small.gexf'))).order).toBe(3);
    const pair = await loadInputGraph(join(FIXTURES, 'graphs/small-edges.csv'));
    expect(pair.getNodeAttribute('nato', 'label')).toBe('NATO');
  });

  it('names the file when it cannot be read', async () => {
    await expect(loadInputGraph(join(FIXTURES, 'graphs/missing.json'))).rejects.toThrow(
      'missing.json: cannot read file (ENOENT)',
    );
  });
});
