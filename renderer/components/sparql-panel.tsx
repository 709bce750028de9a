// Owns the SPARQL endpoint panel shown while connected: remote search with Load buttons, Expand for the selected entity with its cap, remote path queries, progress with Cancel.
import { useState } from 'preact/hooks';
import { PATH_DIRECTIONS, type PathDirection } from '../../graph-data/paths';
import { describeExpansion } from '../../graph-data/sparql/expansion-text';
import type { SparqlSession } from '../sparql/sparql-session';

export interface SparqlPanelProps {
  session: SparqlSession;
  /** The entity selected on the canvas, if any: what Expand acts on. */
  selected: { key: string; label: string } | null;
}

export function SparqlPanel({ session, selected }: SparqlPanelProps) {
  const connection = session.connection.value;
  const activity = session.activity.value;
  const hits = session.hits.value;
  const expansions = session.expansions.value;
  const outcome = session.pathOutcome.value;
  const [text, setText] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [maxHops, setMaxHops] = useState('4');
  const [direction, setDirection] = useState<PathDirection>('any');
  const [collapsed, setCollapsed] = useState(false);
  if (!connection) return null;
  const busy = activity !== null;
  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;
  // Expansions are keyed by IRI, which is the node key (unless the IRI is over 200 characters).
  const selectedState = selected ? expansions[selected.key] : undefined;

  return (
    <aside class="sparql-panel" aria-label="SPARQL endpoint">
      <header class="sparql-panel-header">
        <h2>SPARQL endpoint</h2>
        <button
          type="button"
          aria-expanded={!collapsed}
          aria-label={collapsed ? 'Show SPARQL panel' : 'Hide SPARQL panel'}
          onClick={() => setCollapsed(!collapsed)}
        >
          {collapsed ? 'Show' : 'Hide'}
        </button>
        <button type="button" onClick={() => session.disconnect()}>
          Disconnect
        </button>
      </header>
      <p class="sparql-source small" title={connection.source}>
        {connection.source}
      </p>
      {activity ? (
        <div class="sparql-activity" role="status">
          <span>{activity.text}</span>
          <button type="button" onClick={() => session.cancel()}>
            Cancel
          </button>
        </div>
      ) : null}
      {session.error.value ? (
        <p class="sparql-error" role="alert">
          {session.error.value}
        </p>
      ) : null}
      {session.info.value ? (
        <p class="sparql-info" role="status" aria-label="SPARQL result">
          {session.info.value}
        </p>
      ) : null}
      {collapsed ? null : (
        <>
          <search>
            <form
              class="sparql-search"
              onSubmit={(event) => {
                event.preventDefault();
                if (text.trim() !== '') void session.search(text.trim());
              }}
            >
              <label>
                Search the endpoint
                <input type="search" value={text} placeholder="part of a name" onInput={(e) => setText(value(e))} />
              </label>
              <button type="submit" disabled={busy}>
                Search
              </button>
            </form>
          </search>
          {hits && hits.length > 0 ? (
            <ul class="sparql-hits" aria-label="Endpoint matches">
              {hits.map((hit) => (
                <li key={hit.iri}>
                  <span class="sparql-hit-label" title={hit.iri}>
                    {hit.label}
                  </span>
                  <span class="sparql-hit-type small muted">{hit.typeLabel}</span>
                  <button
                    type="button"
                    disabled={busy}
                    aria-label={`Load ${hit.label}`}
                    onClick={() => void session.load(hit.iri, hit.label)}
                  >
                    {expansions[hit.iri] ? 'More' : 'Load'}
                  </button>
                </li>
              ))}
            </ul>
          ) : null}
          <div class="sparql-expand">
            <button
              type="button"
              disabled={busy || !selected}
              onClick={() => selected && void session.expandEntity(selected.key)}
              title="Load the next neighbours of the selected entity from the endpoint (double-click on a node does the same where wired)"
            >
              {selected ? `Expand ${selected.label}` : 'Expand selected entity'}
            </button>
            {selectedState ? <span class="small muted">{describeExpansion(selectedState)}</span> : null}
          </div>
          <form
            class="sparql-paths"
            aria-label="Paths on the endpoint"
            onSubmit={(event) => {
              event.preventDefault();
              void session.findPaths(from.trim(), to.trim(), {
                maxHops: Math.max(1, Math.min(8, Number(maxHops) || 4)),
                direction,
              });
            }}
          >
            <h3>Paths on the endpoint</h3>
            <label>
              From
              <input type="text" value={from} required placeholder="name or IRI" onInput={(e) => setFrom(value(e))} />
            </label>
            <label>
              To
              <input type="text" value={to} required placeholder="name or IRI" onInput={(e) => setTo(value(e))} />
            </label>
            <div class="sparql-path-options">
              <label>
                Max hops
                <input type="number" min="1" max="8" value={maxHops} onInput={(e) => setMaxHops(value(e))} />
              </label>
              <label>
                Direction
                <select
                  value={direction}
                  onChange={(e) => setDirection((e.currentTarget as HTMLSelectElement).value as PathDirection)}
                >
                  {PATH_DIRECTIONS.map((d) => (
                    <option key={d} value={d}>
                      {d}
                    </option>
                  ))}
                </select>
              </label>
            </div>
            <button type="submit" disabled={busy}>
              Find paths
            </button>
          </form>
          {outcome ? (
            <section class="sparql-path-outcome" aria-label="Endpoint path result">
              <p>{outcome.summary}</p>
              <ol>
                {outcome.chains.map((chain) => (
                  <li key={chain}>{chain}</li>
                ))}
              </ol>
            </section>
          ) : null}
        </>
      )}
    </aside>
  );
}
