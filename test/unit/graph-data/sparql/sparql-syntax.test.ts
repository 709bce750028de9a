// Checks how values are written into SPARQL text: IRIs refused rather than altered, string literals escaped, the dataset clause.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { iriFromName } from '../../../../graph-data/sparql/resolve-remote-entity';
import { SparqlError } from '../../../../graph-data/sparql/sparql-errors';
import { searchQuery, stepQuery } from '../../../../graph-data/sparql/sparql-queries';
import { datasetClause, iriRef, isWritableIri, stringLiteral } from '../../../../graph-data/sparql/sparql-syntax';

const ENDPOINT = 'http://127.0.0.1:1/sparql';

/** Reads a literal back the way the SPARQL grammar does (ECHAR escapes), to prove the escaping round-trips. */
function readLiteral(literal: string): string {
  expect(literal.startsWith('"') && literal.endsWith('"')).toBe(true);
  const map: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f', '"': '"', "'": "'", '\\': '\\' };
  return literal.slice(1, -1).replace(/\\(.)/g, (_m, c: string) => map[c] ?? `\\${c}`);
}

describe('SPARQL syntax', () => {
  it('writes plain IRIs in angle brackets and refuses any that would change the query', () => {
    expect(iriRef('http://example.org/a#b', ENDPOINT)).toBe('<http://example.org/a#b>');
    for (const bad of [
      'http://e.org/a b',
      'http://e.org/a>b',
      'http://e.org/{x}',
      'http://e.org/a\nb',
      '',
      'x"y',
      'a\\b',
    ]) {
      expect(isWritableIri(bad)).toBe(false);
      expect(() => iriRef(bad, ENDPOINT)).toThrow(SparqlError);
    }
  });

  it('escapes every character a string literal cannot hold raw (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const literal = stringLiteral(text);
        expect(literal.slice(1, -1)).not.toMatch(/(^|[^\\])(\\\\)*"/);
        expect(literal).not.toMatch(/[\n\r]/);
        expect(readLiteral(literal)).toBe(text);
      }),
    );
  });

  it('adds FROM only for a named graph', () => {
    expect(datasetClause(undefined, ENDPOINT)).toBe('');
    expect(datasetClause('http://example.org/g', ENDPOINT)).toBe('FROM <http://example.org/g>\n');
  });

  it('searches lower-cased text and keeps injection attempts inside the literal', () => {
    const query = searchQuery({ endpoint: ENDPOINT }, 'NATO" } DROP ALL { "', 10);
    expect(query).toContain('"nato\\" } drop all { \\""');
    expect(query).toContain('LIMIT 10');
  });

  it('walks symmetric predicates against the step direction too', () => {
    const query = stepQuery({ endpoint: ENDPOINT }, ['http://e.org/a'], 'out', {}, 100, ['http://e.org/knows']);
    expect(query).toContain('VALUES ?s { <http://e.org/a> }');
    expect(query).toContain('VALUES ?o { <http://e.org/a> }');
    expect(query).toContain('FILTER(?p IN (<http://e.org/knows>))');
    const plain = stepQuery({ endpoint: ENDPOINT }, ['http://e.org/a'], 'out', { never: ['http://e.org/p'] }, 100);
    expect(plain).not.toContain('VALUES ?o');
    expect(plain).toContain('FILTER(?p NOT IN (<http://e.org/p>))');
  });
});

describe('names that spell an IRI', () => {
  it.each([
    ['<http://e.org/a b>', 'http://e.org/a b'],
    ['http://e.org/a', 'http://e.org/a'],
    ['urn:isbn:123', 'urn:isbn:123'],
    ['foaf:Person', 'http://xmlns.com/foaf/0.1/Person'],
    ['ex:chain1', 'http://example.org/chain1'],
    [':local', 'http://default.example/local'],
  ])('%s → %s', (name, iri) => {
    expect(iriFromName(name, { ex: 'http://example.org/', '': 'http://default.example/' })).toBe(iri);
  });

  it.each(['NATO', 'Star Wars: A New Hope', 'unknown:thing', 'twin name'])('%s is a name, not an IRI', (name) => {
    expect(iriFromName(name)).toBeUndefined();
  });
});
