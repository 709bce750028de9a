// Checks the worker's parse step on real fixtures: every format, a CSV pair, no-ontology inference, workspaces, and the hostile corpus.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsvPair, readGraphFile } from '../../../../graph-data/formats/read-graph-file';
import { createAtlasGraph } from '../../../../graph-data/model/atlas-graph';
import { serializeWorkspace } from '../../../../graph-data/workspace/workspace-schema';
import type { ParseRequest, ParseStage } from '../../../../renderer/files/graph-file-protocol';
import { parseGraphFiles } from '../../../../renderer/files/parse-graph-files';

/** Corpus files that are only wrong when read with a partner table (tested as pairs below). */
const PAIR_ONLY = new Set(['dangling-edges.csv', 'duplicate-id-nodes.csv']);
const GRAPHS = 'test/fixtures/graphs';
const MALFORMED = 'test/fixtures/malformed';
const file = (dir: string, name: string) => ({ name, bytes: new Uint8Array(readFileSync(join(dir, name))) });
const request = (files: ParseRequest['files'], typeAttribute?: string): ParseRequest => ({
  files,
  typeAttribute,
  maxBytes: 200 * 1024 * 1024,
});

describe('parseGraphFiles', () => {
  it.each(['small.json', 'small.gexf', 'small.graphml', 'small-edges.csv'])(
    'reads %s like readGraphFile',
    async (name) => {
      const stages: ParseStage[] = [];
      const result = await parseGraphFiles(request([file(GRAPHS, name)]), (s) => stages.push(s));
      const expected = readGraphFile(name, readFileSync(join(GRAPHS, name)));
      if (!result.ok) throw new Error(result.message);
      const graph = createAtlasGraph().import(result.graph);
      expect([graph.order, graph.size]).toEqual([expected.order, expected.size]);
      expect(stages).toEqual(['parsing', 'building']);
      // The result crosses the worker boundary by structured clone.
      expect(structuredClone(result)).toEqual(result);
    },
  );

  it('reads a nodes + edges CSV pair', async () => {
    const result = await parseGraphFiles(request([file(GRAPHS, 'small-nodes.csv'), file(GRAPHS, 'small-edges.csv')]));
    const expected = readCsvPair(
      'small-nodes.csv',
      readFileSync(join(GRAPHS, 'small-nodes.csv')),
      'small-edges.csv',
      readFileSync(join(GRAPHS, 'small-edges.csv')),
    );
    expect(result.ok && [result.graph.nodes.length, result.graph.edges.length]).toEqual([
      expected.order,
      expected.size,
    ]);
  });

  it('says when types were inferred and offers attributes to take them from', async () => {
    const native = await parseGraphFiles(request([file(GRAPHS, 'small.json')]));
    expect(native.ok && native.inferredTypes).toBe(false);
    const gexf = await parseGraphFiles(request([file(GRAPHS, 'small.gexf')]));
    if (!gexf.ok) throw new Error(gexf.message);
    expect(gexf.inferredTypes).toBe(true);
    expect(gexf.typeAttributes[0]).toBe('type');
    expect(gexf.typeAttributes).not.toContain('label');
  });

  it('takes types from another attribute, or none', async () => {
    const none = await parseGraphFiles(request([file(GRAPHS, 'small.gexf')], ''));
    if (!none.ok) throw new Error(none.message);
    expect(new Set(none.graph.nodes.map((n) => n.attributes?.type))).toEqual(new Set(['default']));
    expect(none.typeAttribute).toBe('');
  });

  it('recognises a workspace and validates its graph', async () => {
    const graph = readGraphFile('small.json', readFileSync(join(GRAPHS, 'small.json')));
    const text = serializeWorkspace(
      {
        fileName: 'small.json',
        positions: { nato: { x: 1, y: 2 } },
        viewport: null,
        view: {
          hiddenEntityTypes: [],
          hiddenRelationTypes: [],
          yearRange: null,
          degreeRange: null,
          hiddenNodes: [],
          onlyNodes: null,
          focus: null,
          sizeBy: 'none',
          colorBy: 'type',
          layout: 'fcose',
        },
        selection: null,
        pathQuery: null,
        theme: null,
      },
      graph.export(),
    );
    const result = await parseGraphFiles(request([{ name: 'view.atlas.json', bytes: new TextEncoder().encode(text) }]));
    if (!result.ok) throw new Error(result.message);
    expect(result.workspace?.positions).toEqual({ nato: { x: 1, y: 2 } });
    expect(result.graph.nodes.length).toBe(graph.order);

    const broken = text.replace('"sizeBy": "none"', '"sizeBy": "huge"');
    const bad = await parseGraphFiles(request([{ name: 'view.atlas.json', bytes: new TextEncoder().encode(broken) }]));
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.element).toBe('view.sizeBy');
  });

  it('fails every hostile corpus file that is not marked LOADS with a message naming the file', async () => {
    const readme = readFileSync(join(MALFORMED, 'README.md'), 'utf8');
    const loads = new Set([...readme.matchAll(/^\| `([^`]+)` \|[^|]*\| LOADS/gm)].map((m) => m[1]));
    const names = readdirSync(MALFORMED).filter((n) => n !== 'README.md' && !loads.has(n) && !PAIR_ONLY.has(n));
    expect(names.length).toBeGreaterThan(40);
    for (const name of names) {
      const result = await parseGraphFiles(request([file(MALFORMED, name)]));
      expect(result.ok, name).toBe(false);
      if (!result.ok) expect(result.message.startsWith(name), result.message).toBe(true);
    }
  });

  it.each([
    ['ok-nodes.csv', 'dangling-edges.csv', /dangling-edges\.csv:3.*ghost/],
    ['duplicate-id-nodes.csv', 'ok-edges.csv', /duplicate-id-nodes\.csv:4.*duplicate node id/],
  ])('fails the corpus pair %s + %s with the located error', async (nodes, edges, message) => {
    const result = await parseGraphFiles(request([file(MALFORMED, nodes), file(MALFORMED, edges)]));
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it('reports a size over the cap as a located failure, not a crash', async () => {
    const result = await parseGraphFiles({ files: [file(GRAPHS, 'small.json')], maxBytes: 10 });
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(/small\.json: the file is too large/);
  });
});
