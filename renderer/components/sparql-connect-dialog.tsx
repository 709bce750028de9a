// Owns the "Connect to SPARQL endpoint" dialog: endpoint URL, optional named graph, timeout, new or open graph; modal, Escape cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_TIMEOUT_MS } from '../../graph-data/sparql/sparql-transport';
import type { ConnectRequest } from '../sparql/sparql-session';
import { modalKeyDown } from './modal-keys';

export interface SparqlConnectDialogProps {
  busy: string | null;
  error: string | null;
  connect(request: ConnectRequest): void;
  cancel(): void;
}

export function SparqlConnectDialog({ busy, error, connect, cancel }: SparqlConnectDialogProps) {
  const [endpoint, setEndpoint] = useState('');
  const [graph, setGraph] = useState('');
  const [timeout, setTimeout] = useState(String(DEFAULT_TIMEOUT_MS / 1000));
  const [newGraph, setNewGraph] = useState(true);
  const dialog = useRef<HTMLDivElement>(null);
  const urlInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    urlInput.current?.focus();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  const onKeyDown = modalKeyDown(cancel);

  const value = (event: Event) => (event.currentTarget as HTMLInputElement).value;

  return (
    <div class="file-dialog-backdrop">
      <div
        ref={dialog}
        class="file-dialog sparql-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="sparql-connect-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="sparql-connect-title">Connect to SPARQL endpoint</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            connect({ endpoint, graph, newGraph, timeoutSeconds: Number(timeout) || DEFAULT_TIMEOUT_MS / 1000 });
          }}
        >
          <label>
            Endpoint URL
            <input
              ref={urlInput}
              type="url"
              value={endpoint}
              required
              placeholder="https://example.org/sparql"
              onInput={(event) => setEndpoint(value(event))}
            />
          </label>
          <label>
            Named graph (optional)
            <input
              type="text"
              value={graph}
              placeholder="the endpoint's default graph"
              onInput={(event) => setGraph(value(event))}
            />
          </label>
          <label>
            Timeout per request (seconds)
            <input
              type="number"
              min="1"
              max="300"
              step="1"
              value={timeout}
              onInput={(event) => setTimeout(value(event))}
            />
          </label>
          <label class="sparql-dialog-check">
            <input
              type="checkbox"
              checked={newGraph}
              onChange={(event) => setNewGraph((event.currentTarget as HTMLInputElement).checked)}
            />
            Start from an empty graph (otherwise add to the open graph)
          </label>
          <p class="file-dialog-note">
            Only this URL is contacted. Nothing is loaded until you search for an entity; each expansion loads at most{' '}
            200 neighbours.
          </p>
          {error ? (
            <p class="sparql-error" role="alert">
              {error}
            </p>
          ) : null}
          {busy ? (
            <p class="sparql-activity" role="status">
              {busy}
            </p>
          ) : null}
          <div class="file-dialog-buttons">
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" class="primary" disabled={busy !== null}>
              Connect
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
