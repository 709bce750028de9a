// Owns writing a graph as Turtle, N-Triples (n3's Writer) and JSON-LD (jsonld's fromRDF + compact, no network).
import jsonld from 'jsonld';
import { Writer } from 'n3';
import type { AtlasGraph } from '../../model/atlas-graph';
import type { WriteResult } from '../format-types';
import { graphToQuads, type RdfWriteOptions } from './graph-to-quads';
import type { RdfPrefixes } from './rdf-names';

export type RdfWriteSyntax = 'turtle' | 'ntriples' | 'jsonld';

function writeWithN3(graph: AtlasGraph, format: 'text/turtle' | 'application/n-triples', options: RdfWriteOptions) {
  const { quads, prefixes, warnings } = graphToQuads(graph, options);
  const writer = new Writer(format === 'text/turtle' ? { format, prefixes } : { format });
  // The writer's string output is synchronous: `end` calls back before returning.
  let text = '';
  writer.addQuads(quads);
  writer.end((error, result: string) => {
    if (error) throw error;
    text = result;
  });
  return { text, warnings, prefixes };
}

export function writeTurtle(graph: AtlasGraph, options: RdfWriteOptions = {}): WriteResult {
  const { text, warnings } = writeWithN3(graph, 'text/turtle', options);
  return { text, warnings };
}

export function writeNTriples(graph: AtlasGraph, options: RdfWriteOptions = {}): WriteResult {
  const { text, warnings } = writeWithN3(graph, 'application/n-triples', options);
  return { text, warnings };
}

/** JSON-LD: jsonld.js turns the N-Quads into JSON-LD and compacts it with the graph's prefixes as an inline context. */
export async function writeJsonLd(graph: AtlasGraph, options: RdfWriteOptions = {}): Promise<WriteResult> {
  const { text: nquads, warnings, prefixes } = writeWithN3(graph, 'application/n-triples', options);
  const refuse = async (url: string) => {
    throw new Error(`no remote document is loaded (${url})`);
  };
  const expanded = (await jsonld.fromRDF(nquads, { format: 'application/n-quads' } as never)) as unknown;
  const context: RdfPrefixes = {};
  for (const [prefix, ns] of Object.entries(prefixes))
    if (prefix !== '' && !prefix.startsWith('@')) context[prefix] = ns;
  const compacted = await jsonld.compact(expanded as never, context as never, { documentLoader: refuse } as never);
  return { text: `${JSON.stringify(compacted, null, 2)}\n`, warnings };
}
