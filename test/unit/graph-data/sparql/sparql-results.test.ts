// Checks reading endpoint answers: SPARQL JSON results (Virtuoso's spellings included) to RDF/JS terms, and a clear malformed/HTTP error for everything else.
import { describe, expect, it } from 'vitest';
import { SparqlError } from '../../../../graph-data/sparql/sparql-errors';
import { parseAskResponse, parseSelectResponse } from '../../../../graph-data/sparql/sparql-results';
import type { SparqlHttpResponse } from '../../../../graph-data/sparql/sparql-transport';

const ENDPOINT = 'http://127.0.0.1:1/sparql';
const ok = (body: string, contentType = 'application/sparql-results+json'): SparqlHttpResponse => ({
  status: 200,
  statusText: 'OK',
  contentType,
  body,
});

function failure(run: () => unknown): SparqlError {
  try {
    run();
  } catch (error) {
    if (error instanceof SparqlError) return error;
    throw error;
  }
  throw new Error('expected a SparqlError');
}

describe('SPARQL JSON results', () => {
  it('turns every term type into RDF/JS terms, keeping language and datatype', () => {
    const result = parseSelectResponse(
      ok(
        JSON.stringify({
          head: { link: [], vars: ['a', 'b', 'c', 'd', 'e', 'f'] },
          results: {
            distinct: false,
            ordered: true,
            bindings: [
              {
                a: { type: 'uri', value: 'http://e.org/x' },
                b: { type: 'bnode', value: 'nodeID://b1' },
                c: { type: 'literal', value: 'Bonjour', 'xml:lang': 'fr' },
                d: { type: 'typed-literal', datatype: 'http://www.w3.org/2001/XMLSchema#integer', value: '6' },
                e: { type: 'literal', value: 'plain', datatype: 'http://www.w3.org/2001/XMLSchema#string' },
              },
            ],
          },
        }),
      ),
      ENDPOINT,
    );
    const row = result.rows[0] ?? {};
    expect(result.vars).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
    expect(row.a).toMatchObject({ termType: 'NamedNode', value: 'http://e.org/x' });
    expect(row.b).toMatchObject({ termType: 'BlankNode', value: 'nodeID://b1' });
    expect(row.c).toMatchObject({ termType: 'Literal', value: 'Bonjour', language: 'fr' });
    expect(row.d).toMatchObject({ termType: 'Literal', value: '6' });
    expect((row.d as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#integer');
    expect((row.e as { datatype: { value: string } }).datatype.value).toBe('http://www.w3.org/2001/XMLSchema#string');
    expect(row.f).toBeUndefined();
  });

  it.each([
    ['not JSON', ok('{ "head": '), 'not valid JSON'],
    [
      'a term without a value',
      ok('{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"uri"}}]}}'),
      'results.bindings.0.s',
    ],
    [
      'an unknown term type',
      ok('{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"iri","value":"x"}}]}}'),
      'not SPARQL JSON results',
    ],
    [
      'a variable the head does not declare',
      ok('{"head":{"vars":["s"]},"results":{"bindings":[{"x":{"type":"uri","value":"http://e.org/"}}]}}'),
      'binds ?x',
    ],
    ['an ASK answer to a SELECT', ok('{"head":{},"boolean":true}'), 'results'],
    [
      'an HTML page with status 200',
      ok('<html><body><h1>Home</h1></body></html>', 'text/html'),
      'is text/html, not SPARQL JSON results ("Home")',
    ],
  ])('refuses %s as malformed, naming the endpoint', (_name, response, detail) => {
    const error = failure(() => parseSelectResponse(response, ENDPOINT));
    expect(error.kind).toBe('malformed');
    expect(error.message).toContain(`SPARQL endpoint ${ENDPOINT}:`);
    expect(error.message).toContain(detail);
  });

  it('reports an HTTP error with the status and the server message as plain text', () => {
    const error = failure(() =>
      parseSelectResponse(
        {
          status: 400,
          statusText: 'Bad Request',
          contentType: 'text/plain',
          body: "Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at '}'\n\nSPARQL query:\nSELECT",
        },
        ENDPOINT,
      ),
    );
    expect(error.kind).toBe('http');
    expect(error.status).toBe(400);
    expect(error.message).toBe(
      `SPARQL endpoint ${ENDPOINT}: HTTP 400 Bad Request: Virtuoso 37000 Error SP030: SPARQL compiler, line 1: syntax error at '}' — SPARQL query: — SELECT`,
    );
    const html = failure(() =>
      parseSelectResponse(
        {
          status: 502,
          statusText: '',
          contentType: 'text/html',
          body: '<h1>Bad gateway</h1><script>alert(1)</script>',
        },
        ENDPOINT,
      ),
    );
    expect(html.detail).toBe('HTTP 502: Bad gateway');
  });

  it('reads ASK answers', () => {
    expect(parseAskResponse(ok('{"head":{"link":[]},"boolean":true}'), ENDPOINT)).toBe(true);
    expect(failure(() => parseAskResponse(ok('{"boolean":"yes"}'), ENDPOINT)).kind).toBe('malformed');
  });
});
