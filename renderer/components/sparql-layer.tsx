// Owns mounting the SPARQL UI over the window: the connect dialog when asked for, the endpoint panel while connected.
import { useEffect } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import type { SparqlSession } from '../sparql/sparql-session';
import type { AppStore } from '../store/app-store';
import { SparqlConnectDialog } from './sparql-connect-dialog';
import { SparqlPanel } from './sparql-panel';
import '../styles/sparql.css';

export function SparqlLayer({
  store,
  explore,
  session,
}: {
  store: AppStore;
  explore: ExploreContext;
  session: SparqlSession;
}) {
  // Double-clicking an entity expands it while an endpoint is connected (the first activation before mounting is not one).
  useEffect(() => {
    let last = explore.viewStore.activation.peek()?.seq ?? 0;
    return explore.viewStore.activation.subscribe((activation) => {
      if (!activation || activation.seq === last) return;
      last = activation.seq;
      if (session.connection.peek()) void session.expandEntity(activation.key);
    });
  }, [explore, session]);
  const selection = explore.viewStore.selection.value;
  const graph = store.document.value.graph;
  const selected =
    selection?.kind === 'node' && graph.hasNode(selection.key)
      ? { key: selection.key, label: graph.getNodeAttribute(selection.key, 'label') }
      : null;
  return (
    <>
      {session.dialogOpen.value ? (
        <SparqlConnectDialog
          busy={session.connection.value === null ? (session.activity.value?.text ?? null) : null}
          error={session.connection.value === null ? session.error.value : null}
          connect={(request) => void session.connect(request)}
          cancel={() => {
            session.cancel();
            session.closeDialog();
          }}
        />
      ) : null}
      <SparqlPanel session={session} selected={selected} />
    </>
  );
}
