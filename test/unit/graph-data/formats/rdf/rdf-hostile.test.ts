// Hostile RDF generated at test time (too big for fixtures): bounded entity expansion, a huge literal, deep nesting, the size cap.
import { describe, expect, it } from 'vitest';
import { getRdfNodeData } from '../../../../../graph-data/formats/rdf';
import { readGraphFileAsync } from '../../../../../graph-data/formats/read-graph-file';

describe('hostile RDF', () => {
  it('refuses RDF/XML whose plain entities would expand beyond the size cap', async () => {
    const rdfxml = `<?xml version="1.0"?>
<!DOCTYPE rdf:RDF [ <!ENTITY big "${'x'.repeat(1000)}"> ]>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:ex="http://e/">
  <rdf:Description rdf:about="http://e/a"><ex:p>${'&big;'.repeat(100)}</ex:p></rdf:Description>
</rdf:RDF>`;
    await expect(readGraphFileAsync('expand.rdf', rdfxml, { maxBytes: 50_000 })).rejects.toThrow(
      'expand.rdf:2 at <!DOCTYPE>: unsafe DOCTYPE: its entities would expand beyond the file size limit',
    );
    const { graph } = await readGraphFileAsync('expand.rdf', rdfxml, { maxBytes: 200_000 });
    expect(getRdfNodeData(graph, 'http://e/a')?.literals[0]?.value.length).toBe(100_000);
  });

  it('reads a 20 MB literal whole', async () => {
    const text = `<http://e/a> <http://e/p> "${'y'.repeat(20_000_000)}" .\n<http://e/a> <http://e/q> <http://e/b> .\n`;
    const { graph } = await readGraphFileAsync('big.nt', text);
    expect(getRdfNodeData(graph, 'http://e/a')?.literals[0]?.value.length).toBe(20_000_000);
    expect(graph.size).toBe(1);
  });

  it('reads Turtle blank nodes nested 5,000 deep', async () => {
    const depth = 5000;
    const text = `@prefix ex: <http://e/> .\nex:a ex:p ${'[ ex:p '.repeat(depth)}ex:z${' ]'.repeat(depth)} .\n`;
    const { graph } = await readGraphFileAsync('deep.ttl', text);
    expect([graph.order, graph.size]).toEqual([depth + 2, depth + 1]);
  });

  it('refuses a file over the size cap before parsing', async () => {
    await expect(
      readGraphFileAsync('big.ttl', '<http://e/a> <http://e/p> <http://e/b> .', { maxBytes: 10 }),
    ).rejects.toThrow('big.ttl: the file is too large');
  });
});
