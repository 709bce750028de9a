// Checks that endpoint answers reach the open graph only whole: a failing request mid-way leaves it byte-identical; a complete one merges once, without duplicates.

import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { mergeQuadsInto, quadsToAtlasGraph } from '../../../../graph-data/formats/rdf';
import { emptyRemoteGraph, prepareExpansion, searchEntities } from '../../../../graph-data/sparql/remote-source';
import { SparqlClient } from '../../../../graph-data/sparql/sparql-client';
import { SparqlError } from '../../../../graph-data/sparql/sparql-errors';
import type { SparqlHttpRequest, SparqlTransport } from '../../../../graph-data/sparql/sparql-transport';

const EX = 'http://example.org/';
const ENDPOINT = 'http://127.0.0.1:1/sparql';
const uri = (local: string) => ({ type: 'uri', value: `${EX}${local}` });
const json = (vars: string[], bindings: unknown[]) => JSON.stringify({ head: { vars }, results: { bindings } });

/** Answers by query shape, as a small endpoint holding a -knows-> b, c -knows-> a, with labels; `fail` breaks one shape. */
function scriptedTransport(fail?: 'describe' | 'page'): SparqlTransport & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    async send(request: SparqlHttpRequest) {
      sent.push(request.query);
      const answer = (body: string) => ({
        status: 200,
        statusText: 'OK',
        contentType: 'application/sparql-results+json',
        body,
      });
      if (request.query.includes('COUNT(DISTINCT ?n)')) {
        return answer(
          json(
            ['count'],
            [{ count: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '2' } }],
          ),
        );
      }
      if (request.query.startsWith('SELECT ?n ?p ?direction')) {
        if (fail === 'page') throw new SparqlError('timeout', request.endpoint, 'no answer within 1 s (timed out)');
        return answer(
          json(
            ['n', 'p', 'direction'],
            [
              { n: uri('b'), p: uri('knows'), direction: { type: 'literal', value: 'out' } },
              { n: uri('c'), p: uri('knows'), direction: { type: 'literal', value: 'in' } },
            ],
          ),
        );
      }
      if (request.query.includes('isLiteral(?o) ||')) {
        if (fail === 'describe') {
          return { status: 500, statusText: 'Internal Server Error', contentType: 'text/plain', body: 'out of memory' };
        }
        return answer(
          json(
            ['s', 'p', 'o'],
            ['a', 'b', 'c'].map((x) => ({
              s: uri(x),
              p: { type: 'uri', value: 'http://www.w3.org/2000/01/rdf-schema#label' },
              o: { type: 'literal', value: x.toUpperCase() },
            })),
          ),
        );
      }
      if (request.query.includes('CONTAINS(LCASE')) return answer(json(['s', 'length'], [{ s: uri('a') }]));
      throw new Error(`unexpected query ${request.query}`);
    },
  };
}

const client = (transport: SparqlTransport) => new SparqlClient({ endpoint: ENDPOINT, transport });

describe('remote source edits', () => {
  it('merges a neighbourhood once: the entity, its neighbours, their relations and labels', async () => {
    const graph = emptyRemoteGraph(client(scriptedTransport()));
    const { page, edit } = await prepareExpansion(client(scriptedTransport()), `${EX}a`);
    expect(page).toMatchObject({ total: 2, count: 2, shown: 2, nextOffset: null });
    expect(edit(graph)).toEqual({ addedNodes: [`${EX}a`, `${EX}b`, `${EX}c`], addedEdges: expect.any(Array) });
    expect(graph.mapNodes((_k, a) => a.label).sort()).toEqual(['A', 'B', 'C']);
    expect(graph.size).toBe(2);
    expect(edit(graph)).toEqual({ addedNodes: [], addedEdges: [] });
    expect(graph.getAttribute('name')).toBe(ENDPOINT);
  });

  it.each(['page', 'describe'] as const)(
    'leaves the open graph exactly as it was when the %s request fails',
    async (step) => {
      const graph = quadsToAtlasGraph([]);
      mergeQuadsInto(graph, [
        DataFactory.quad(
          DataFactory.namedNode(`${EX}x`),
          DataFactory.namedNode(`${EX}knows`),
          DataFactory.namedNode(`${EX}a`),
        ),
      ]);
      const before = JSON.stringify(graph.export());
      await expect(prepareExpansion(client(scriptedTransport(step)), `${EX}a`)).rejects.toThrow(SparqlError);
      expect(JSON.stringify(graph.export())).toBe(before);
    },
  );

  it('labels search hits with the mapping', async () => {
    expect(await searchEntities(client(scriptedTransport()), 'a', 5)).toEqual([
      { iri: `${EX}a`, label: 'A', typeLabel: 'Resource', description: '' },
    ]);
  });
});
