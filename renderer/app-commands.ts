// Owns what each menu/toolbar command does: open, save, export, zoom, theme; the one place commands are dispatched.
import type { MenuCommand, OpenedFile } from '../graph-data/host-api';
import { errorMessage } from '../graph-data/model/errors';
import { SEARCH_INPUT_ID } from './components/search-panel';
import type { ExploreContext } from './explore/explore-context';
import { openExportDialog } from './export/export-state';
import { fileControllerFor } from './files/file-controller';
import type { Host } from './host/host';
import { sparqlSessionFor } from './sparql/sparql-session';
import type { AppStore } from './store/app-store';
import type { GraphView } from './canvas/graph-view';

export interface CommandContext {
  host: Host;
  store: AppStore;
  view(): GraphView | null;
  explore: ExploreContext;
}

/** The window's file actions (renderer/files): parsing off the UI thread, swap only on success. */
function files(context: CommandContext) {
  return fileControllerFor({ host: context.host, store: context.store, explore: context.explore });
}

export function openFileIntoStore(context: CommandContext, file: OpenedFile): void {
  void files(context).openFromHost(file);
}

export async function runCommand(context: CommandContext, command: MenuCommand): Promise<void> {
  const view = context.view();
  try {
    switch (command) {
      // Awaited, not returned: a returned promise's rejection would escape this try and the user would see nothing.
      case 'open':
        await files(context).openWithDialog();
        return;
      case 'save':
        await files(context).save();
        return;
      case 'save-as':
        files(context).requestSaveAs();
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
        sparqlSessionFor({ host: context.host, store: context.store }).openDialog();
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
