// Owns telling a path as text: the arrow chain, each hop's description and provenance, overall polarity and evidence.
import type { AtlasGraph } from '../model/atlas-graph';
import type { GraphPath } from './path-types';

/**
 * Overall polarity, from the ontology polarity of each hop's relation type (unknown types count as neutral):
 * - 'all-supportive': at least one supportive hop and no adversarial hop (neutral hops do not change the sign);
 * - 'contains-adversarial': at least one adversarial hop and no supportive hop;
 * - 'mixed': both supportive and adversarial hops;
 * - 'neutral': neither (every hop neutral, or a zero-hop path).
 */
export type PathPolarity = 'all-supportive' | 'contains-adversarial' | 'neutral' | 'mixed';

export interface ProvenanceRef {
  sectionId: string;
  /** Section title, or the id itself when the graph's sources do not know it. */
  title: string;
  sourceTitle?: string;
}

export interface NarratedHop {
  edge: string;
  from: { id: string; label: string };
  to: { id: string; label: string };
  relationType: string;
  relationLabel: string;
  polarity: 'supportive' | 'adversarial' | 'neutral';
  /** True when the hop walks against the edge's direction (the edge points from `to` to `from`). */
  reversed: boolean;
  symmetric: boolean;
  /** The hop as text, e.g. "ECOWAS —deployed→ ECOMOG" or "Liberia ←intervened-in— ECOMOG". */
  text: string;
  description: string;
  confidence: 'stated' | 'implied' | null;
  /** The source predicts this relation rather than reports it (edge attribute `future: true`). */
  future: boolean;
  provenance: ProvenanceRef[];
}

export interface PathNarration {
  /** The whole chain: "ECOWAS —deployed→ ECOMOG —intervened-in→ Liberia"; a predicted hop reads "—addresses (predicted)→". */
  chain: string;
  hops: NarratedHop[];
  polarity: PathPolarity;
  /** Hops by confidence; `predicted` counts the hops marked `future` (whatever their confidence). */
  evidence: { stated: number; implied: number; unspecified: number; predicted: number };
}

/** The words a predicted relation carries wherever it is narrated. */
export const PREDICTED_MARK = '(predicted)';

export function sectionIndex(graph: AtlasGraph): Map<string, ProvenanceRef> {
  const index = new Map<string, ProvenanceRef>();
  for (const source of graph.getAttribute('sources') ?? []) {
    for (const section of source.sections) {
      index.set(section.id, { sectionId: section.id, title: section.title, sourceTitle: source.title });
    }
  }
  return index;
}

/**
 * The arrow shows the edge's real direction; a symmetric relation has no arrow head. A predicted relation says so
 * inside the arrow, so the mark belongs to the relation and not to either entity.
 */
function link(relation: string, reversed: boolean, symmetric: boolean, future: boolean): string {
  const name = future ? `${relation} ${PREDICTED_MARK}` : relation;
  if (symmetric) return ` —${name}— `;
  return reversed ? ` ←${name}— ` : ` —${name}→ `;
}

export function pathPolarity(polarities: readonly string[]): PathPolarity {
  const supportive = polarities.includes('supportive');
  const adversarial = polarities.includes('adversarial');
  if (supportive && adversarial) return 'mixed';
  if (adversarial) return 'contains-adversarial';
  if (supportive) return 'all-supportive';
  return 'neutral';
}

export function narratePath(
  graph: AtlasGraph,
  path: GraphPath,
  sections: Map<string, ProvenanceRef> = sectionIndex(graph),
): PathNarration {
  const relationTypes = new Map((graph.getAttribute('ontology')?.relationTypes ?? []).map((t) => [t.id, t]));
  const label = (id: string) => graph.getNodeAttribute(id, 'label');
  const hops: NarratedHop[] = path.edges.map((edge, i) => {
    const fromId = path.nodes[i] as string;
    const toId = path.nodes[i + 1] as string;
    const attrs = graph.getEdgeAttributes(edge);
    const relation = relationTypes.get(attrs.type);
    const reversed = graph.source(edge) !== fromId;
    const symmetric = relation?.symmetric ?? false;
    const future = attrs.future === true;
    return {
      edge,
      from: { id: fromId, label: label(fromId) },
      to: { id: toId, label: label(toId) },
      relationType: attrs.type,
      relationLabel: relation?.label ?? attrs.type,
      polarity: relation?.polarity ?? 'neutral',
      reversed,
      symmetric,
      text: `${label(fromId)}${link(attrs.type, reversed, symmetric, future)}${label(toId)}`,
      description: attrs.description ?? '',
      confidence: attrs.confidence ?? null,
      future,
      provenance: (attrs.provenance ?? []).map((id) => sections.get(id) ?? { sectionId: id, title: id }),
    };
  });
  let chain = label(path.nodes[0] as string);
  hops.forEach((hop) => {
    chain += `${link(hop.relationType, hop.reversed, hop.symmetric, hop.future)}${hop.to.label}`;
  });
  const evidence = { stated: 0, implied: 0, unspecified: 0, predicted: 0 };
  for (const hop of hops) {
    if (hop.confidence === 'stated') evidence.stated++;
    else if (hop.confidence === 'implied') evidence.implied++;
    else evidence.unspecified++;
    if (hop.future) evidence.predicted++;
  }
  return { chain, hops, polarity: pathPolarity(hops.map((h) => h.polarity)), evidence };
}

export function describeEvidence(evidence: PathNarration['evidence']): string {
  const parts = [`${evidence.stated} stated`, `${evidence.implied} implied`];
  if (evidence.unspecified > 0) parts.push(`${evidence.unspecified} unspecified`);
  if (evidence.predicted > 0) parts.push(`${evidence.predicted} predicted`);
  return parts.join(', ');
}
