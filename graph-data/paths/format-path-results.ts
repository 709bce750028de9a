// Owns exporting a path search result as Markdown, CSV (formula-injection safe) and the DESIGN.md JSON shape.
import type { AtlasGraph } from '../model/atlas-graph';
import { describeEvidence, narratePath, sectionIndex } from './narrate-path';
import type { NoPathExplanation, PathSearchResult, Truncation } from './path-types';

export interface PathResultsJson {
  from: string;
  to: string;
  paths: {
    nodes: { id: string; label: string; type: string }[];
    edges: { id: string; type: string; source: string; target: string }[];
    length: number;
    cost?: number;
  }[];
  truncated?: Exclude<Truncation, null>;
  explanation?: NoPathExplanation;
}

/** The DESIGN.md shape; `from`/`to` are node ids, `source`/`target` the edge's stored direction. */
export function pathResultsToJson(graph: AtlasGraph, result: PathSearchResult): PathResultsJson {
  const json: PathResultsJson = {
    from: result.from.id,
    to: result.to.id,
    paths: result.paths.map((path) => ({
      nodes: path.nodes.map((id) => {
        const attrs = graph.getNodeAttributes(id);
        return { id, label: attrs.label, type: attrs.type };
      }),
      edges: path.edges.map((id) => ({
        id,
        type: graph.getEdgeAttribute(id, 'type'),
        source: graph.source(id),
        target: graph.target(id),
      })),
      length: path.length,
      ...(path.cost !== undefined ? { cost: path.cost } : {}),
    })),
  };
  if (result.truncated) json.truncated = result.truncated;
  if (result.explanation) json.explanation = result.explanation;
  return json;
}

export function formatPathResultsJson(graph: AtlasGraph, result: PathSearchResult): string {
  return `${JSON.stringify(pathResultsToJson(graph, result), null, 2)}\n`;
}

export function truncationNote(truncated: Truncation): string | null {
  switch (truncated) {
    case 'max-paths':
      return 'Stopped at the maximum number of paths; more may exist.';
    case 'time':
      return 'Stopped at the time limit; more paths may exist.';
    case 'cancelled':
      return 'Search cancelled; the list is incomplete.';
    default:
      return null;
  }
}

/** Markdown special characters in labels and descriptions are escaped so a label cannot inject links or markup. */
function md(text: string): string {
  return text.replace(/([\\`*_[\]<>|#])/g, '\\$1');
}

export function formatPathResultsMarkdown(graph: AtlasGraph, result: PathSearchResult): string {
  const sections = sectionIndex(graph);
  const lines = [`# Paths from ${md(result.from.label)} to ${md(result.to.label)}`, ''];
  if (result.paths.length === 0) {
    lines.push(result.explanation ? md(result.explanation.sentence) : 'No path found.', '');
  }
  result.paths.forEach((path, i) => {
    const story = narratePath(graph, path, sections);
    lines.push(`## Path ${i + 1}: ${path.length} hop${path.length === 1 ? '' : 's'}`, '');
    lines.push(md(story.chain), '');
    lines.push(`Polarity: ${story.polarity}. Evidence: ${describeEvidence(story.evidence)}.`, '');
    for (const hop of story.hops) {
      const sources = hop.provenance.map((p) => md(p.title)).join('; ');
      const detail = [
        hop.description ? md(hop.description) : '',
        hop.confidence ?? '',
        sources ? `sources: ${sources}` : '',
      ]
        .filter((part) => part !== '')
        .join(' — ');
      lines.push(`- ${md(hop.text)}${detail ? `: ${detail}` : ''}`);
    }
    lines.push('');
  });
  const note = truncationNote(result.truncated);
  if (note) lines.push(`_${note}_`, '');
  return lines.join('\n');
}

/**
 * A cell a spreadsheet would evaluate (leading = + - @, or tab/CR which some apps strip before checking) gets a
 * leading apostrophe; then RFC 4180 quoting when needed.
 */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export const PATH_CSV_COLUMNS = [
  'path',
  'hop',
  'from_id',
  'from_label',
  'relation',
  'to_id',
  'to_label',
  'walked',
  'edge_id',
  'confidence',
  'future',
  'description',
  'provenance',
] as const;

/** One row per hop; a zero-hop path (from = to) gets no row. `future` is true for a relation the source predicts. */
export function formatPathResultsCsv(graph: AtlasGraph, result: PathSearchResult): string {
  const sections = sectionIndex(graph);
  const rows: (string | number)[][] = [[...PATH_CSV_COLUMNS]];
  result.paths.forEach((path, i) => {
    narratePath(graph, path, sections).hops.forEach((hop, j) => {
      rows.push([
        i + 1,
        j + 1,
        hop.from.id,
        hop.from.label,
        hop.relationType,
        hop.to.id,
        hop.to.label,
        hop.reversed ? 'against' : 'along',
        hop.edge,
        hop.confidence ?? '',
        hop.future ? 'true' : 'false',
        hop.description,
        hop.provenance.map((p) => p.title).join('; '),
      ]);
    });
  });
  return `${rows.map((row) => row.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
