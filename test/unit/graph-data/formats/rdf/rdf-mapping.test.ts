// Tests the RDF → AtlasGraph mapping on quads from n3: entities, labels by language, types, relations, literals, prefixes, merging.
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import {
  displayNameForRef,
  edgeKeyForTriple,
  getRdfGraphData,
  getRdfNodeData,
  idForRef,
  localName,
  mergeQuadsInto,
  prefixedName,
  quadsToAtlasGraph,
  RDF_TYPE,
  RdfMappingError,
  RESOURCE_TYPE_ID,
} from '../../../../../graph-data/formats/rdf';
import { buildAtlasGraph } from '../../../../../graph-data/model/load-atlas-graph';

function parse(text: string, format = 'text/turtle'): { quads: Quad[]; prefixes: Record<string, string> } {
  const prefixes: Record<string, string> = {};
  const quads = new Parser({ format, blankNodePrefix: '' }).parse(text, null, (prefix, ns) => {
    prefixes[prefix] = ns.value;
  }) as Quad[];
  return { quads, prefixes };
}

const EX = 'http://example.org/';
const PEOPLE = `
@prefix ex: <${EX}> .
@prefix foaf: <http://xmlns.com/foaf/0.1/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix owl: <http://www.w3.org/2002/07/owl#> .

ex:alice a foaf:Person, owl:NamedIndividual ;
  rdfs:label "Alice"@en, "Alicia"@es, "Alice (plain)" ;
  rdfs:comment "A person."@en ;
  skos:altLabel "Al"@en, "Ali", "Lili"@fr ;
  foaf:age 42, 42 ;
  foaf:nick "ally", "al" ;
  foaf:knows ex:bob, _:anon ;
  ex:livesIn ex:paris .
ex:bob foaf:name "Bob" ; a ex:Employee, foaf:Person .
_:anon foaf:knows ex:alice .
ex:paris ex:population "2100000"^^xsd:integer .
foaf:knows rdfs:label "knows"@en ; a owl:SymmetricProperty .
ex:Employee rdfs:label "Employee" .
`;

describe('quadsToAtlasGraph', () => {
  const { quads, prefixes } = parse(PEOPLE);
  const graph = quadsToAtlasGraph(quads, { prefixes, name: 'people.ttl' });

  it('makes every subject, and every non-literal object of a non-type predicate, an entity', () => {
    // alice, bob, _:anon, paris (object), foaf:knows and ex:Employee (subjects); foaf:Person is only a type.
    expect(graph.nodes().sort()).toEqual(
      [`${EX}alice`, `${EX}bob`, '_:anon', `${EX}paris`, 'http://xmlns.com/foaf/0.1/knows', `${EX}Employee`].sort(),
    );
    expect(graph.hasNode('http://xmlns.com/foaf/0.1/Person')).toBe(false);
  });

  it('makes one relation per triple with a non-literal object, typed by the predicate IRI', () => {
    expect(graph.size).toBe(4);
    const knows = graph.filterEdges((_, a) => a.type === 'http://xmlns.com/foaf/0.1/knows');
    expect(knows).toHaveLength(3);
    const key = edgeKeyForTriple(`${EX}alice`, `${EX}livesIn`, `${EX}paris`);
    expect(graph.source(key)).toBe(`${EX}alice`);
    expect(graph.target(key)).toBe(`${EX}paris`);
  });

  it('labels by language (English by default), then untagged, else the prefixed name', () => {
    expect(graph.getNodeAttribute(`${EX}alice`, 'label')).toBe('Alice');
    expect(graph.getNodeAttribute(`${EX}bob`, 'label')).toBe('Bob');
    expect(graph.getNodeAttribute(`${EX}paris`, 'label')).toBe('ex:paris');
    expect(graph.getNodeAttribute('_:anon', 'label')).toBe('_:anon');
    const spanish = quadsToAtlasGraph(quads, { prefixes, language: 'es' });
    expect(spanish.getNodeAttribute(`${EX}alice`, 'label')).toBe('Alicia');
    const german = quadsToAtlasGraph(quads, { prefixes, language: 'de' });
    expect(german.getNodeAttribute(`${EX}alice`, 'label')).toBe('Alice');
  });

  it('takes the description from rdfs:comment and aliases from skos:altLabel', () => {
    const alice = graph.getNodeAttributes(`${EX}alice`);
    expect(alice.description).toBe('A person.');
    expect(alice.aliases).toEqual(['Al', 'Ali']);
    expect(quadsToAtlasGraph(quads, { language: 'fr' }).getNodeAttribute(`${EX}alice`, 'aliases')).toEqual([
      'Al',
      'Ali',
      'Lili',
    ]);
  });

  it('keeps every type, shows the first in a stable order, and gives untyped entities "resource"', () => {
    expect(getRdfNodeData(graph, `${EX}alice`)?.types).toEqual([
      'http://xmlns.com/foaf/0.1/Person',
      'http://www.w3.org/2002/07/owl#NamedIndividual',
    ]);
    // Domain types before OWL's, then by IRI: ex:Employee < foaf:Person.
    expect(graph.getNodeAttribute(`${EX}alice`, 'type')).toBe('http://xmlns.com/foaf/0.1/Person');
    expect(graph.getNodeAttribute(`${EX}bob`, 'type')).toBe(`${EX}Employee`);
    expect(graph.getNodeAttribute(`${EX}paris`, 'type')).toBe(RESOURCE_TYPE_ID);
  });

  it('keeps literals with datatype and language, every value of a repeated predicate, and no duplicate', () => {
    const literals = getRdfNodeData(graph, `${EX}alice`)?.literals ?? [];
    const nick = literals.filter((l) => l.predicate === 'http://xmlns.com/foaf/0.1/nick').map((l) => l.value);
    expect(nick).toEqual(['ally', 'al']);
    const age = literals.filter((l) => l.predicate === 'http://xmlns.com/foaf/0.1/age');
    expect(age).toEqual([
      {
        predicate: 'http://xmlns.com/foaf/0.1/age',
        value: '42',
        datatype: 'http://www.w3.org/2001/XMLSchema#integer',
      },
    ]);
    expect(literals).toContainEqual({
      predicate: 'http://www.w3.org/2000/01/rdf-schema#label',
      value: 'Alicia',
      language: 'es',
    });
    expect(literals).toContainEqual({
      predicate: 'http://www.w3.org/2000/01/rdf-schema#label',
      value: 'Alice (plain)',
    });
  });

  it('builds the ontology from the data: class and property labels, symmetry, prefixes kept', () => {
    const { entityTypes, relationTypes } = graph.getAttribute('ontology');
    const employee = entityTypes.find((t) => t.id === `${EX}Employee`);
    expect(employee?.label).toBe('Employee');
    expect(entityTypes.find((t) => t.id === 'http://xmlns.com/foaf/0.1/Person')?.label).toBe('foaf:Person');
    const knows = relationTypes.find((t) => t.id === 'http://xmlns.com/foaf/0.1/knows');
    expect(knows).toMatchObject({ label: 'knows', symmetric: true });
    expect(relationTypes.find((t) => t.id === `${EX}livesIn`)?.label).toBe('ex:livesIn');
    expect(getRdfGraphData(graph)?.prefixes.ex).toBe(EX);
    expect(entityTypes.every((t) => !t.description.startsWith('Generated:'))).toBe(true);
  });

  it('passes the native schema (what JSON and GraphML reload with)', () => {
    const reloaded = buildAtlasGraph(graph.export(), 'people.json');
    expect(reloaded.order).toBe(graph.order);
    expect(reloaded.getNodeAttribute(`${EX}alice`, 'rdf')).toEqual(getRdfNodeData(graph, `${EX}alice`));
  });

  it('reads only the selected graph of a dataset', () => {
    const { quads: q } = parse(
      `<${EX}a> <${EX}p> <${EX}b> .\n<${EX}c> <${EX}p> <${EX}d> <${EX}g1> .\n<${EX}e> <${EX}p> <${EX}f> <${EX}g2> .\n`,
      'application/n-quads',
    );
    expect(quadsToAtlasGraph(q).nodes()).toEqual([`${EX}a`, `${EX}b`]);
    expect(quadsToAtlasGraph(q, { graph: `${EX}g2` }).nodes()).toEqual([`${EX}e`, `${EX}f`]);
    expect(quadsToAtlasGraph(q, { graph: 'all' }).order).toBe(6);
  });

  it('gives IRIs longer than the schema allows a stable shortened key and keeps the full IRI', () => {
    const long = `${EX}${'x'.repeat(300)}`;
    const g = quadsToAtlasGraph(parse(`<${long}> <${long}> <${EX}b> . <${long}> a <${long}> .`).quads);
    const key = idForRef(long);
    expect(key.length).toBeLessThanOrEqual(200);
    expect(getRdfNodeData(g, key)?.id).toBe(long);
    expect(g.getNodeAttribute(key, 'type')).toBe(key);
    expect(getRdfGraphData(g)?.typeRefs[key]).toBe(long);
    expect(() => buildAtlasGraph(g.export(), 'long.json')).not.toThrow();
  });
});

describe('mergeQuadsInto', () => {
  it('adds only what is new, relabels touched entities and types, and reports what it added', () => {
    const first = parse(`@prefix ex: <${EX}> . ex:a ex:p ex:b . ex:b a ex:C .`);
    const graph = quadsToAtlasGraph(first.quads, { prefixes: first.prefixes });
    expect(graph.getNodeAttribute(`${EX}b`, 'label')).toBe('ex:b');
    const more = parse(
      `@prefix ex: <${EX}> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
       ex:a ex:p ex:b . ex:b rdfs:label "Bee" . ex:b ex:q ex:c . ex:C rdfs:label "Class C" .`,
    );
    const added = mergeQuadsInto(graph, more.quads);
    expect(added.addedNodes.sort()).toEqual([`${EX}C`, `${EX}c`]);
    expect(added.addedEdges).toEqual([edgeKeyForTriple(`${EX}b`, `${EX}q`, `${EX}c`)]);
    expect(graph.size).toBe(2);
    expect(graph.getNodeAttribute(`${EX}b`, 'label')).toBe('Bee');
    const c = graph.getAttribute('ontology').entityTypes.find((t) => t.id === `${EX}C`);
    expect(c?.label).toBe('Class C');
    expect(mergeQuadsInto(graph, more.quads)).toEqual({ addedNodes: [], addedEdges: [] });
  });

  it('refuses RDF 1.2 triple terms and leaves the graph as it was', () => {
    const { quads } = parse(`@prefix ex: <${EX}> . ex:a ex:p ex:b .`);
    const graph = quadsToAtlasGraph(quads);
    const before = JSON.stringify(graph.export());
    const tripleTerm = parse(`@prefix ex: <${EX}> . ex:x ex:p ex:y . ex:a ex:says <<( ex:s ex:p ex:o )>> .`);
    expect(() => mergeQuadsInto(graph, tripleTerm.quads)).toThrow(RdfMappingError);
    expect(JSON.stringify(graph.export())).toBe(before);
  });

  it('treats rdf:type with a literal object as an attribute', () => {
    const graph = quadsToAtlasGraph(parse(`<${EX}a> <${RDF_TYPE}> "odd" .`).quads);
    expect(getRdfNodeData(graph, `${EX}a`)?.literals).toEqual([{ predicate: RDF_TYPE, value: 'odd' }]);
  });
});

describe('names', () => {
  it('prefixes: the file first, the longest namespace, well-known ones as a fallback', () => {
    expect(prefixedName(`${EX}a/b`, { ex: EX, exa: `${EX}a/` })).toBe('exa:b');
    expect(prefixedName('http://www.w3.org/2000/01/rdf-schema#label')).toBe('rdfs:label');
    expect(prefixedName('http://www.w3.org/2000/01/rdf-schema#label', { rdfs: EX })).toBeUndefined();
    expect(prefixedName(`${EX}has space`, { ex: EX })).toBeUndefined();
    expect(localName('http://example.org/path/Thing')).toBe('Thing');
    expect(localName('http://example.org/onto#Thing')).toBe('Thing');
    expect(localName('urn:isbn:123')).toBe('123');
    expect(displayNameForRef('_:b0')).toBe('_:b0');
  });
});
