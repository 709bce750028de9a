// Owns the seeded synthetic RDF graph the SPARQL tests and the bench load into Virtuoso: typed, labelled entities, random relations, and named shapes (hub, chain, diamond, island) with known answers.
import { createWriteStream } from 'node:fs';
import type * as RDF from '@rdfjs/types';
import { DataFactory, Writer } from 'n3';
import { seededRandom } from '../../../bench/synthetic-graph';

const { namedNode, literal, quad, blankNode } = DataFactory;

export const EX = 'http://example.org/atlas-test/';
export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
export const SKOS = 'http://www.w3.org/2004/02/skos/core#';
export const XSD = 'http://www.w3.org/2001/XMLSchema#';

export const PREFIXES = { ex: EX, rdf: RDF_NS, rdfs: RDFS, skos: SKOS, xsd: XSD };

export const CLASSES = ['Person', 'Organisation', 'Place', 'Event'] as const;
export const PREDICATES = ['knows', 'memberOf', 'locatedIn', 'partOf', 'fundedBy', 'relatedTo'] as const;

const FIRST = ['Amber', 'Cobalt', 'Crimson', 'Golden', 'Hidden', 'Iron', 'Jade', 'Lunar', 'Quiet', 'Silver', 'Velvet'];
const SECOND = [
  'Harbour',
  'Council',
  'Valley',
  'Accord',
  'Bridge',
  'Garrison',
  'Forum',
  'Summit',
  'Citadel',
  'Mission',
];

export interface SyntheticRdfSpec {
  /** Entities `ex:e0`… in the random part. */
  entities: number;
  /** Random outgoing relations per entity. */
  relationsPerEntity: number;
  seed: number;
  /** Spokes around `ex:hub` ("Central Hub"), a star joined to the rest by one relation. */
  hubNeighbours: number;
}

export const TEST_SPEC: SyntheticRdfSpec = { entities: 2000, relationsPerEntity: 2, seed: 7, hubNeighbours: 450 };

export function entityIri(i: number): string {
  return `${EX}e${i}`;
}

export function entityLabel(i: number): string {
  return `${FIRST[i % FIRST.length]} ${SECOND[Math.floor(i / FIRST.length) % SECOND.length]} ${i}`;
}

const ex = (local: string) => namedNode(`${EX}${local}`);
const a = namedNode(`${RDF_NS}type`);
const label = namedNode(`${RDFS}label`);

/**
 * The graph, as quads in the default graph (the loader puts them in a named graph). Every 13th entity has no name,
 * so the mapping falls back to its local name; every 5th has English and French names; every 7th uses skos:prefLabel.
 */
export function* syntheticQuads(spec: SyntheticRdfSpec): Generator<RDF.Quad> {
  const random = seededRandom(spec.seed);
  for (let i = 0; i < spec.entities; i++) {
    const s = namedNode(entityIri(i));
    if (i % 17 !== 0) yield quad(s, a, ex(CLASSES[i % CLASSES.length] as string));
    if (i % 10 === 0) yield quad(s, a, ex(CLASSES[(i + 1) % CLASSES.length] as string));
    const name = entityLabel(i);
    if (i % 13 === 0) {
      // unnamed
    } else if (i % 7 === 0) {
      yield quad(s, namedNode(`${SKOS}prefLabel`), literal(name));
    } else if (i % 5 === 0) {
      yield quad(s, label, literal(name, 'en'));
      yield quad(s, label, literal(`${name} (fr)`, 'fr'));
    } else {
      yield quad(s, label, literal(name));
    }
    if (i % 9 === 0) yield quad(s, namedNode(`${SKOS}altLabel`), literal(`Alias ${i}`));
    if (i % 3 === 0) yield quad(s, namedNode(`${RDFS}comment`), literal(`Synthetic entity number ${i}.`));
    if (i % 4 === 0) yield quad(s, ex('founded'), literal(String(1900 + (i % 120)), namedNode(`${XSD}gYear`)));
    for (let r = 0; r < spec.relationsPerEntity; r++) {
      const target = Math.floor(random() * spec.entities);
      if (target === i) continue;
      const predicate = PREDICATES[Math.floor(random() * PREDICATES.length)] as string;
      yield quad(s, ex(predicate), namedNode(entityIri(target)));
    }
  }
  yield* shapes(spec);
}

/** The named shapes whose answers the tests know without computing them. */
function* shapes(spec: SyntheticRdfSpec): Generator<RDF.Quad> {
  const hub = ex('hub');
  yield quad(hub, a, ex('Organisation'));
  yield quad(hub, label, literal('Central Hub', 'en'));
  yield quad(hub, ex('locatedIn'), namedNode(entityIri(0)));
  for (let j = 0; j < spec.hubNeighbours; j++) {
    const spoke = ex(`spoke${j}`);
    yield quad(spoke, label, literal(`Spoke ${j}`));
    // Half the spokes point at the hub, half are pointed at: an expansion counts both directions.
    yield j % 2 === 0 ? quad(hub, ex('relatedTo'), spoke) : quad(spoke, ex('memberOf'), hub);
  }
  // A chain: the only path from Chain Stop 1 to Chain Stop 5 has 4 hops.
  for (let k = 1; k <= 5; k++) {
    yield quad(ex(`chain${k}`), label, literal(`Chain Stop ${k}`));
    yield quad(ex(`chain${k}`), a, ex('Place'));
    if (k < 5) yield quad(ex(`chain${k}`), ex('next'), ex(`chain${k + 1}`));
  }
  // A diamond: two shortest paths top → bottom, and two parallel relations top → left.
  const top = ex('diamondTop');
  const left = ex('diamondLeft');
  const right = ex('diamondRight');
  const bottom = ex('diamondBottom');
  yield quad(top, label, literal('Diamond Top'));
  yield quad(left, label, literal('Diamond Left'));
  yield quad(right, label, literal('Diamond Right'));
  yield quad(bottom, label, literal('Diamond Bottom'));
  yield quad(top, ex('knows'), left);
  yield quad(top, ex('partOf'), left);
  yield quad(top, ex('knows'), right);
  yield quad(left, ex('knows'), bottom);
  yield quad(right, ex('knows'), bottom);
  // An island: no relation at all.
  yield quad(ex('island'), label, literal('Lonely Island'));
  yield quad(ex('island'), a, ex('Place'));
  // Two entities sharing a name: resolving "Twin Name" must be refused as ambiguous.
  yield quad(ex('twinA'), label, literal('Twin Name'));
  yield quad(ex('twinB'), label, literal('Twin Name'));
  yield quad(ex('twinA'), ex('knows'), ex('twinB'));
  // Text that must stay text: markup and quotes in a name.
  yield quad(ex('markup'), label, literal('Quote "and" <b>bold</b> & émigré'));
  yield quad(ex('markup'), ex('knows'), ex('chain1'));
  // A blank node: an address with a literal only.
  const address = blankNode('address1');
  yield quad(namedNode(entityIri(1)), ex('address'), address);
  yield quad(address, ex('city'), literal('Springfield'));
}

/** Writes quads as Turtle (or N-Triples) with n3's streaming Writer; resolves with the number written. */
export function writeRdfFile(
  path: string,
  quads: Iterable<RDF.Quad>,
  format: 'Turtle' | 'N-Triples' = 'Turtle',
): Promise<number> {
  return new Promise((resolve, reject) => {
    const out = createWriteStream(path);
    out.on('error', reject);
    const writer = new Writer(out, { format, prefixes: format === 'Turtle' ? PREFIXES : {} });
    let count = 0;
    for (const q of quads) {
      writer.addQuad(q);
      count++;
    }
    writer.end((error) => {
      if (error) reject(error);
    });
    out.on('finish', () => resolve(count));
  });
}
