// Owns turning a name typed for an endpoint (an IRI, a prefixed name, a label or a local name, case-insensitively) into one IRI, or a clear error with candidates.
import { idForRef } from '../formats/rdf/rdf-ids';
import { quadsToAtlasGraph } from '../formats/rdf/rdf-mapping';
import type { RdfPrefixes } from '../formats/rdf/rdf-names';
import { WELL_KNOWN_PREFIXES } from '../formats/rdf/rdf-vocabulary';
import { type EntityCandidate, EntityResolutionError } from '../paths/resolve-entity';
import type { RequestOptions, SparqlClient } from './sparql-client';
import { isWritableIri } from './sparql-syntax';

export interface RemoteResolveOptions extends RequestOptions {
  /** Prefixes for prefixed names (the user's, then the well-known rdf, rdfs, owl, xsd, skos, schema, foaf, dcterms). */
  prefixes?: RdfPrefixes;
}

const CANDIDATES = 5;

/** An IRI the name spells directly: `<iri>`, `prefix:local` with a known prefix, or an absolute IRI. */
export function iriFromName(name: string, prefixes: RdfPrefixes = {}): string | undefined {
  const text = name.trim();
  const bracketed = /^<([^<>]+)>$/.exec(text);
  if (bracketed) return bracketed[1];
  const prefixed = /^([A-Za-z][\w.-]*)?:([^\s]*)$/.exec(text);
  if (prefixed) {
    const prefix = prefixed[1] ?? '';
    const namespace = Object.hasOwn(prefixes, prefix)
      ? prefixes[prefix]
      : Object.hasOwn(WELL_KNOWN_PREFIXES, prefix)
        ? WELL_KNOWN_PREFIXES[prefix]
        : undefined;
    if (namespace !== undefined) return `${namespace}${prefixed[2] ?? ''}`;
  }
  return /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/.test(text) && (text.includes('/') || text.startsWith('urn:'))
    ? text
    : undefined;
}

async function candidatesFor(
  client: SparqlClient,
  iris: string[],
  options: RequestOptions,
): Promise<EntityCandidate[]> {
  const described = await client.describe(iris, options);
  const graph = quadsToAtlasGraph(described.quads);
  return iris.map((iri) => {
    const key = idForRef(iri);
    return { id: iri, label: graph.hasNode(key) ? graph.getNodeAttribute(key, 'label') : iri };
  });
}

function list(candidates: EntityCandidate[]): string {
  return candidates.map((c) => (c.id === c.label ? c.label : `${c.label} (${c.id})`)).join(', ');
}

/**
 * Resolution order, as for files (graph-data/paths/resolve-entity.ts): the IRI the name spells, when the endpoint
 * has it; then a name (label, preferred label, schema/foaf name, alternative label) equal to it ignoring case; then
 * an IRI whose local name it is. Several matches are an ambiguity, never a silent first pick.
 */
export async function resolveRemoteEntity(
  client: SparqlClient,
  name: string,
  options: RemoteResolveOptions = {},
): Promise<string> {
  const request: RequestOptions = { signal: options.signal };
  const iri = iriFromName(name, options.prefixes);
  if (iri !== undefined && isWritableIri(iri) && (await client.exists(iri, request))) return iri;
  const text = name.trim();
  const ambiguous = async (matches: string[]) => {
    const candidates = await candidatesFor(client, matches.slice(0, CANDIDATES), request);
    return new EntityResolutionError({
      ok: false,
      reason: 'ambiguous',
      name,
      candidates,
      message: `"${name}" is ambiguous on ${client.describeSource()}: it names ${list(candidates)}${matches.length > CANDIDATES ? ', …' : ''}; use an IRI`,
    });
  };
  const byName = await client.exactName(text, CANDIDATES + 1, request);
  if (byName.length === 1) return byName[0] as string;
  if (byName.length > 1) throw await ambiguous(byName);
  if (/^[^\s<>"{}|^`\\]+$/.test(text)) {
    const local = text.includes(':') ? text.slice(text.lastIndexOf(':') + 1) : text;
    const byLocalName = local === '' ? [] : await client.localName(local, CANDIDATES + 1, request);
    if (byLocalName.length === 1) return byLocalName[0] as string;
    if (byLocalName.length > 1) throw await ambiguous(byLocalName);
  }
  // Suggestions: names containing the text, else its first words ("Chain Stop 9" suggests the Chain Stops).
  const words = text.split(/\s+/);
  let similar: string[] = [];
  for (let n = words.length; n >= 1 && similar.length === 0 && words.length - n < 3; n--) {
    similar = await client.search(words.slice(0, n).join(' '), CANDIDATES, request);
  }
  const candidates = similar.length > 0 ? await candidatesFor(client, similar, request) : [];
  const hint = candidates.length > 0 ? `; did you mean ${list(candidates)}?` : '';
  throw new EntityResolutionError({
    ok: false,
    reason: 'unknown',
    name,
    candidates,
    message: `no entity named "${name}" on ${client.describeSource()}${hint}`,
  });
}
