// Owns what each menu/toolbar command does: open, save, export, zoom, theme; the one place commands are dispatched.
import type { MenuCommand, OpenedFile } from '../graph-data/host-api';
import { errorMessage } from '../graph-data/model/errors';
import { SEARCH_INPUT_ID } from './components/search-panel';
import type { ExploreContext } from './explore/explore-context';
import { openExportDialog } from './export/export-state';
import type { FileController } from './files/file-controller';
import type { Host } from './host/host';
import type { SparqlSession } from './sparql/sparql-session';
import type { AppStore } from './store/app-store';
import type { GraphView } from './canvas/graph-view';

export interface CommandContext {
  host: Host;
  store: AppStore;
  view(): GraphView | null;
  explore: ExploreContext;
  /** The window's file actions (renderer/files): parsing off the UI thread, swap only on success. */
  files: FileController;
  sparql: SparqlSession;
}

export function openFileIntoStore(context: CommandContext, file: OpenedFile): void {
  void context.files.openFromHost(file);
}

export async function runCommand(context: CommandContext, command: MenuCommand): Promise<void> {
  const view = context.view();
  try {
    switch (command) {
      // Awaited, not returned: a returned promise's rejection would escape this try and the user would see nothing.
      case 'open':
        await context.files.openWithDialog();
        return;
      case 'save':
        await context.files.save();
        return;
      case 'save-as':
        context.files.requestSaveAs();
        return;
      case 'export-png':
      case 'export-svg':
      case 'export-pdf':
        openExportDialog(command === 'export-png' ? 'png' : command === 'export-svg' ? 'svg' : 'pdf');
        return;
      case 'zoom-in':
        view?.zoomBy(1.25);
        return;
      case 'zoom-out':
        view?.zoomBy(0.8);
        return;
      case 'fit':
        view?.fit();
        return;
      case 'reset-view':
        context.explore.runLayout('fcose');
        return;
      case 'find': {
        const input = document.getElementById(SEARCH_INPUT_ID);
        if (input instanceof HTMLInputElement) {
          input.focus();
          input.select();
        }
        return;
      }
      case 'toggle-theme':
        context.store.toggleTheme();
        return;
      case 'connect-sparql':
        context.sparql.openDialog();
        return;
      case 'about': {
        const info = await context.host.getAppInfo();
        context.store.showNotice({ kind: 'info', text: `${info.name} ${info.version} (${info.platform})` });
        return;
      }
    }
  } catch (error) {
    context.store.showNotice({ kind: 'error', text: errorMessage(error) });
  }
}
