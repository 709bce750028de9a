// Checks how chosen or dropped files are arranged: one file, or a CSV pair in [nodes, edges] order by name or by header.
import { describe, expect, it } from 'vitest';
import { arrangeGraphFiles, looksLikeEdgeTable } from '../../../../renderer/files/csv-pair';

const csv = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text) });
const names = (result: ReturnType<typeof arrangeGraphFiles>) => (result.ok ? result.files.map((f) => f.name) : result);

describe('arrangeGraphFiles', () => {
  it('passes one file through', () => {
    expect(names(arrangeGraphFiles([csv('g.json', '{}')]))).toEqual(['g.json']);
  });

  it('orders a pair by the -nodes name', () => {
    const pair = [csv('x-edges.csv', 'source,target\na,b'), csv('x-nodes.csv', 'id,label\na,A')];
    expect(names(arrangeGraphFiles(pair))).toEqual(['x-nodes.csv', 'x-edges.csv']);
  });

  it('orders a pair by its headers when the names do not say', () => {
    const pair = [csv('people.csv', 'Id,Label\na,A'), csv('links.csv', '\uFEFF"Source","Target",weight:number\na,b,1')];
    expect(names(arrangeGraphFiles(pair))).toEqual(['people.csv', 'links.csv']);
    expect(names(arrangeGraphFiles([pair[1], pair[0]] as typeof pair))).toEqual(['people.csv', 'links.csv']);
  });

  it('refuses two edge lists, two non-CSV files, three files or none, with a message', () => {
    const edges = csv('a.csv', 'source,target\na,b');
    expect(arrangeGraphFiles([edges, { ...edges, name: 'b.csv' }])).toMatchObject({
      ok: false,
      message: /tell the nodes table/,
    });
    expect(arrangeGraphFiles([csv('a.json', '{}'), csv('b.json', '{}')])).toMatchObject({ ok: false });
    expect(arrangeGraphFiles([edges, edges, edges])).toMatchObject({ ok: false, message: /a\.csv, a\.csv, a\.csv/ });
    expect(arrangeGraphFiles([])).toMatchObject({ ok: false });
  });

  it('recognises an edge table by source and target columns, in any case, with types', () => {
    expect(looksLikeEdgeTable(csv('e.csv', 'SOURCE,Target:string,type'))).toBe(true);
    expect(looksLikeEdgeTable(csv('n.csv', 'id,label,source_doc'))).toBe(false);
  });
});
