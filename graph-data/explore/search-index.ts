// Owns entity search: a Fuse.js index over labels, aliases and descriptions, accent- and case-insensitive on both sides.
import Fuse, { type FuseOptionKey } from 'fuse.js';
import type { AtlasGraph } from '../model/atlas-graph';

export interface SearchEntry {
  key: string;
  label: string;
  aliases: string[];
  description: string;
  type: string;
  typeLabel: string;
}

export interface SearchHit {
  key: string;
  label: string;
  type: string;
  typeLabel: string;
  /** What matched when it was not the label itself (an alias, or "description"). */
  matchedOn: string | null;
}

/** Lower case, accents removed ("Côte d'Ivoire" → "cote d'ivoire"), so "cote" and "CÔTE" find it. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

const KEYS: FuseOptionKey<SearchEntry>[] = [
  { name: 'label', weight: 3 },
  { name: 'aliases', weight: 2 },
  { name: 'description', weight: 0.4 },
];

export interface SearchIndex {
  search(query: string, limit?: number): SearchHit[];
}

function entriesOf(graph: AtlasGraph): SearchEntry[] {
  const typeLabels = new Map(graph.getAttribute('ontology').entityTypes.map((t) => [t.id, t.label]));
  return graph.mapNodes((key, attrs) => ({
    key,
    label: attrs.label,
    aliases: attrs.aliases,
    description: attrs.description,
    type: attrs.type,
    typeLabel: typeLabels.get(attrs.type) ?? attrs.type,
  }));
}

/**
 * The Fuse index is built on the first query, not when a graph opens: the search box asks for the index as soon as it
 * renders, and at 10,000 entities the index held 2.4 MB of the heap (and its building ran on the main thread during
 * the open) for a search the user may never make.
 */
export function buildSearchIndex(graph: AtlasGraph): SearchIndex {
  let built: Fuse<SearchEntry> | null = null;
  const fuseIndex = () => {
    built ??= new Fuse(entriesOf(graph), {
      keys: KEYS,
      includeMatches: true,
      includeScore: true,
      ignoreLocation: true,
      threshold: 0.3,
      minMatchCharLength: 2,
      // Fuse folds case by default; this folds accents on the indexed side ("Côte" matches "cote").
      ignoreDiacritics: true,
    });
    return built;
  };
  return {
    search(query, limit = 20) {
      const folded = foldText(query.trim());
      if (folded.length === 0) return [];
      return fuseIndex()
        .search(folded, { limit })
        .map(({ item, matches }) => {
          const keys = new Set(matches?.map((m) => m.key));
          let matchedOn: string | null = null;
          if (!keys.has('label')) {
            const alias = matches?.find((m) => m.key === 'aliases');
            matchedOn = alias
              ? (item.aliases[alias.refIndex ?? 0] ?? null)
              : keys.has('description')
                ? 'description'
                : null;
          }
          return { key: item.key, label: item.label, type: item.type, typeLabel: item.typeLabel, matchedOn };
        });
    },
  };
}
