// Owns the table view of entities with degree, betweenness, PageRank and community, sortable by column; a row click selects the entity.
import { useMemo, useState } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';

type Column = 'label' | 'type' | 'degree' | 'betweenness' | 'pagerank' | 'community';
/** Short headings keep six columns inside the sidebar; the sort buttons carry the full names. */
const COLUMNS: { id: Column; label: string; short: string; numeric: boolean }[] = [
  { id: 'label', label: 'Entity', short: 'Entity', numeric: false },
  { id: 'type', label: 'Type', short: 'Type', numeric: false },
  { id: 'degree', label: 'Degree', short: 'Deg.', numeric: true },
  { id: 'betweenness', label: 'Betweenness', short: 'Betw.', numeric: true },
  { id: 'pagerank', label: 'PageRank', short: 'PR', numeric: true },
  { id: 'community', label: 'Community', short: 'Com.', numeric: true },
];
/** Rendering every row of a 20k-node graph would stall the panel; the top rows by the current sort are what a reader scans. */
const MAX_ROWS = 300;

interface Row {
  key: string;
  label: string;
  type: string;
  degree: number;
  betweenness: number;
  pagerank: number;
  community: number;
}

export function MetricsTable({ context }: { context: ExploreContext }) {
  const { model, viewStore, app } = context;
  // An edit in place keeps the graph object and bumps the revision: the rows follow the revision.
  const { graph, revision } = app.document.value;
  const [sort, setSort] = useState<{ column: Column; descending: boolean }>({ column: 'degree', descending: true });
  const rows = useMemo<Row[]>(() => {
    const typeLabels = new Map(graph.getAttribute('ontology').entityTypes.map((t) => [t.id, t.label]));
    const m = (name: 'degree' | 'betweenness' | 'pagerank' | 'community') => model.metrics.get(graph, name);
    const [degree, betweenness, pagerank, community] = [m('degree'), m('betweenness'), m('pagerank'), m('community')];
    return graph.mapNodes((key, attrs) => ({
      key,
      label: attrs.label,
      type: typeLabels.get(attrs.type) ?? attrs.type,
      degree: degree.get(key) ?? 0,
      betweenness: betweenness.get(key) ?? 0,
      pagerank: pagerank.get(key) ?? 0,
      community: community.get(key) ?? 0,
    }));
  }, [graph, revision, model.metrics]);
  const sorted = useMemo(() => {
    const { column, descending } = sort;
    const copy = [...rows].sort((a, b) => {
      const x = a[column];
      const y = b[column];
      const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y));
      return (descending ? -order : order) || a.label.localeCompare(b.label);
    });
    return copy.slice(0, MAX_ROWS);
  }, [rows, sort]);
  const selected = viewStore.selection.value;

  return (
    <div class="metrics-table-wrap">
      <p class="muted small">Betweenness is normalised (0–1); PageRank is shown in percent.</p>
      <table class="metrics-table" aria-label="Entity metrics">
        <thead>
          <tr>
            {COLUMNS.map((c) => (
              <th
                key={c.id}
                scope="col"
                aria-sort={sort.column === c.id ? (sort.descending ? 'descending' : 'ascending') : 'none'}
              >
                <button
                  type="button"
                  class="sort-button"
                  aria-label={`Sort by ${c.label}`}
                  title={c.label}
                  onClick={() =>
                    setSort((s) => ({ column: c.id, descending: s.column === c.id ? !s.descending : c.numeric }))
                  }
                >
                  {c.short}
                  {sort.column === c.id ? (sort.descending ? ' ▾' : ' ▴') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sorted.map((row) => (
            <tr
              key={row.key}
              class={selected?.kind === 'node' && selected.key === row.key ? 'selected' : ''}
              onClick={() => viewStore.select({ kind: 'node', key: row.key }, true)}
            >
              <th scope="row">
                <button
                  type="button"
                  class="link"
                  onClick={(event) => {
                    // The row's own click would select a second time.
                    event.stopPropagation();
                    viewStore.select({ kind: 'node', key: row.key }, true);
                  }}
                >
                  {row.label}
                </button>
              </th>
              <td>{row.type}</td>
              <td class="num">{row.degree}</td>
              <td class="num">{row.betweenness.toFixed(2)}</td>
              <td class="num">{(row.pagerank * 100).toFixed(1)}</td>
              <td class="num">{row.community + 1}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > MAX_ROWS && <p class="muted small">{`Top ${MAX_ROWS} of ${rows.length} rows by this sort.`}</p>}
    </div>
  );
}
