// `kg path` end to end through runKg with a fake context: fixture files, JSON shape, exit codes, and the embedded graph.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliContext } from '../../../../main/cli/cli-context';
import { runKg } from '../../../../main/cli/kg';
import { loadInputGraph } from '../../../../main/cli/load-input-graph';

interface Captured {
  context: CliContext;
  out: () => string;
  err: () => string;
}

function fakeContext(): Captured {
  let out = '';
  let err = '';
  return {
    context: {
      loadGraph: loadInputGraph,
      readFile: () => new Uint8Array(),
      writeFile: () => {
        throw new Error('kg path must not write files');
      },
      sparqlTransport: () => {
        throw new Error('these tests read files, not endpoints');
      },
      out: (text) => {
        out += text;
      },
      err: (text) => {
        err += text;
      },
    },
    out: () => out,
    err: () => err,
  };
}

async function kg(args: string[]) {
  const captured = fakeContext();
  const code = await runKg(args, captured.context);
  return { code, out: captured.out(), err: captured.err() };
}

const relation = (id: string, polarity: string, symmetric = false) => ({
  id,
  label: id,
  description: '',
  polarity,
  symmetric,
  lineStyle: 'solid',
  color: '#117733',
});

const fixture = {
  attributes: {
    name: 'West Africa fixture',
    sources: [{ id: 'essay', title: 'Essay', sections: [{ id: 's1', title: 'Case Studies', ordinal: 1 }] }],
    ontology: {
      entityTypes: [{ id: 'actor', label: 'Actor', description: '', color: '#332288', shape: 'ellipse' }],
      relationTypes: [
        relation('deployed', 'neutral'),
        relation('intervened-in', 'supportive'),
        relation('undermines', 'adversarial'),
      ],
    },
  },
  options: { type: 'directed', multi: true, allowSelfLoops: true },
  nodes: [
    {
      key: 'ecowas',
      attributes: { label: 'ECOWAS', type: 'actor', aliases: ['Economic Community of West African States'] },
    },
    { key: 'ecomog', attributes: { label: 'ECOMOG', type: 'actor' } },
    { key: 'liberia', attributes: { label: 'Liberia', type: 'actor' } },
    { key: 'warlords', attributes: { label: 'Warlords', type: 'actor' } },
    { key: 'island', attributes: { label: 'Island', type: 'actor' } },
  ],
  edges: [
    {
      key: 'e1',
      source: 'ecowas',
      target: 'ecomog',
      attributes: {
        type: 'deployed',
        description: 'sent the force',
        provenance: ['s1'],
        confidence: 'stated',
        year: 1990,
      },
    },
    {
      key: 'e2',
      source: 'ecomog',
      target: 'liberia',
      attributes: {
        type: 'intervened-in',
        provenance: ['s1'],
        confidence: 'implied',
        period: { start: 1990, end: 1997 },
      },
    },
    { key: 'e3', source: 'warlords', target: 'liberia', attributes: { type: 'undermines', year: 2003 } },
  ],
};

const dir = mkdtempSync(join(tmpdir(), 'kg-path-'));
const file = join(dir, 'west-africa.json');
writeFileSync(file, JSON.stringify(fixture));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('kg path on a fixture file', () => {
  it('prints the DESIGN JSON shape with --json', async () => {
    const { code, out } = await kg(['path', 'ECOWAS', 'liberia', '--json', '--file', file]);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    expect(json).toEqual({
      from: 'ecowas',
      to: 'liberia',
      paths: [
        {
          nodes: [
            { id: 'ecowas', label: 'ECOWAS', type: 'actor' },
            { id: 'ecomog', label: 'ECOMOG', type: 'actor' },
            { id: 'liberia', label: 'Liberia', type: 'actor' },
          ],
          edges: [
            { id: 'e1', type: 'deployed', source: 'ecowas', target: 'ecomog' },
            { id: 'e2', type: 'intervened-in', source: 'ecomog', target: 'liberia' },
          ],
          length: 2,
        },
      ],
    });
  });

  it('prints chains with relation types and evidence as text', async () => {
    const { code, out } = await kg(['path', 'economic community of west african states', 'Liberia', '--file', file]);
    expect(code).toBe(0);
    expect(out).toContain('ECOWAS —deployed→ ECOMOG —intervened-in→ Liberia');
    expect(out).toContain('evidence: 1 stated, 1 implied');
    expect(out).toContain('sent the force');
    expect(out).toContain('sources: Case Studies');
  });

  it('walks against edges with --direction any and shows the real arrow', async () => {
    const { code, out } = await kg(['path', 'ECOWAS', 'Warlords', '--direction', 'any', '--file', file]);
    expect(code).toBe(0);
    expect(out).toContain('Liberia ←undermines— Warlords');
    expect(out).toContain('mixed');
  });

  it('explains and exits 1 when no path exists (text and JSON)', async () => {
    const text = await kg(['path', 'Liberia', 'ECOWAS', '--file', file]);
    expect(text.code).toBe(1);
    expect(text.out).toContain('walking relations in any direction');
    const json = await kg(['path', 'ECOWAS', 'Liberia', '--via', 'intervened-in', '--json', '--file', file]);
    expect(json.code).toBe(1);
    const parsed = JSON.parse(json.out);
    expect(parsed.paths).toEqual([]);
    expect(parsed.explanation.relaxations).toEqual([{ kind: 'allow-relation-type', relationType: 'deployed' }]);
    const island = await kg(['path', 'ECOWAS', 'Island', '--file', file]);
    expect(island.code).toBe(1);
    expect(island.out).toContain('different parts of the graph');
  });

  it('applies hop limits, exclusions, waypoints and years', async () => {
    expect((await kg(['path', 'ECOWAS', 'Liberia', '--max-hops', '1', '--file', file])).out).toContain(
      'raising the hop limit to 2',
    );
    expect((await kg(['path', 'ECOWAS', 'Liberia', '--exclude', 'ECOMOG', '--file', file])).code).toBe(1);
    expect((await kg(['path', 'ECOWAS', 'Liberia', '--through', 'ECOMOG', '--file', file])).code).toBe(0);
    expect(
      (await kg(['path', 'ECOWAS', 'Liberia', '--from-year', '1995', '--to-year', '2000', '--file', file])).code,
    ).toBe(1);
    expect(
      (await kg(['path', 'ECOWAS', 'Liberia', '--from-year', '1980', '--to-year', '1990', '--file', file])).code,
    ).toBe(0);
    const weighted = await kg(['path', 'ECOWAS', 'Liberia', '--weighted', 'confidence', '--json', '--file', file]);
    expect(JSON.parse(weighted.out).paths[0].cost).toBe(3);
  });

  it('reports a cap with --max-paths only when more paths exist', async () => {
    const text = await kg(['path', 'ECOWAS', 'Liberia', '--all', '--max-paths', '1']);
    expect(text.code).toBe(0);
    expect(text.out).toContain('Stopped at the maximum number of paths');
    const json = await kg(['path', 'ECOWAS', 'Liberia', '--all', '--max-paths', '1', '--json']);
    expect(JSON.parse(json.out).truncated).toBe('max-paths');
    expect(JSON.parse(json.out).paths).toHaveLength(1);
    // The fixture has exactly one ECOWAS → Liberia path: reaching the cap with nothing left is not a truncation.
    const exact = await kg(['path', 'ECOWAS', 'Liberia', '--all', '--max-paths', '1', '--json', '--file', file]);
    expect(JSON.parse(exact.out).truncated).toBeUndefined();
    expect(JSON.parse(exact.out).paths).toHaveLength(1);
  });

  it('rejects unknown entities with candidates and exit 2', async () => {
    const { code, err } = await kg(['path', 'Liberria', 'ECOWAS', '--file', file]);
    expect(code).toBe(2);
    expect(err).toMatch(/no entity named "Liberria".*Liberia/);
  });

  it('rejects bad option values with exit 2', async () => {
    for (const args of [
      ['--max-hops', 'many'],
      ['--direction', 'sideways'],
      ['--via', 'nonsense-type'],
      ['--all', '--k', '2'],
      ['--from-year', '2000', '--to-year', '1990'],
      ['--exclude', 'ECOWAS'],
    ]) {
      const { code, err } = await kg(['path', 'ECOWAS', 'Liberia', '--file', file, ...args]);
      expect(code, args.join(' ')).toBe(2);
      expect(err).toMatch(/^kg: /);
    }
  });
});

describe('kg path on the embedded graph', () => {
  it('finds the ECOWAS → ECOMOG → Liberia chain among the paths', async () => {
    const { code, out } = await kg(['path', 'ECOWAS', 'Liberia', '--all', '--max-hops', '2', '--json']);
    expect(code).toBe(0);
    const json = JSON.parse(out);
    const chains = json.paths.map((p: { nodes: { id: string }[] }) => p.nodes.map((n) => n.id).join(' > '));
    expect(chains).toContain('ecowas > ecomog > liberia');
    const viaEcomog = await kg(['path', 'ECOWAS', 'Liberia', '--through', 'ECOMOG']);
    expect(viaEcomog.code).toBe(0);
    expect(viaEcomog.out).toMatch(/ECOWAS —deployed→ ECOMOG —intervened-in→ Liberia/);
  });

  it('explains a constrained query that returns nothing', async () => {
    const { code, out } = await kg(['path', 'Liberia', 'ECOWAS', '--via', 'deployed', '--json']);
    expect(code).toBe(1);
    const json = JSON.parse(out);
    expect(json.paths).toEqual([]);
    expect(json.explanation.relaxations.length).toBeGreaterThan(0);
    expect(json.explanation.sentence).toMatch(/^No path from Liberia to ECOWAS/);
  });
});
