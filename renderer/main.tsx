// Owns renderer start-up: pick the host, load the embedded graph, build the window context, mount the UI.
// First: configures zod before any module builds a schema.
import './strict-csp-zod';
import { render } from 'preact';
import { EMBEDDED_GRAPH_FILE_NAME, loadEmbeddedGraph } from '../graph-data/dataset/embedded-graph';
import { AppShell } from './app-shell';
import { selectHost } from './host/select-host';
import { prewarmLayoutWorker } from './layout/layout-client';
import { createAppStore } from './store/app-store';
import { createWindowContext } from './window-context';

const host = selectHost();
const store = createAppStore({ graph: loadEmbeddedGraph(), fileName: EMBEDDED_GRAPH_FILE_NAME });
const root = document.getElementById('app');
if (!root) throw new Error('index.html has no #app element');
const windowContext = createWindowContext(host, store);
render(<AppShell window={windowContext} />, root);
// The window's listeners and a running layout end with the page (a reload builds a new context); a page kept in the
// back/forward cache (`persisted`) may come back and keeps them.
window.addEventListener('pagehide', (event) => {
  if (!event.persisted) windowContext.dispose();
});
// The first layout of an opened file starts at once instead of waiting for the open to finish rendering.
prewarmLayoutWorker();
