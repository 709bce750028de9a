// Owns what each menu/toolbar command does: open, save, export, zoom, theme; the one place commands are dispatched.
import type { MenuCommand, OpenedFile } from '../graph-data/host-api';
import { SEARCH_INPUT_ID } from './components/search-panel';
import type { ExploreContext } from './explore/explore-context';
import type { Host } from './host/host';
import type { AppStore } from './store/app-store';
import { openGraphBytes } from './store/open-graph-bytes';
import type { GraphView } from './view/graph-view';

export interface CommandContext {
  host: Host;
  store: AppStore;
  view(): GraphView | null;
  explore: ExploreContext;
}

function baseName(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '') || 'graph';
}

export function openFileIntoStore(context: CommandContext, file: OpenedFile): void {
  const result = openGraphBytes(file.name, file.bytes);
  if (!result.ok) {
    context.store.showNotice({ kind: 'error', text: `Could not open ${result.message}` });
    return;
  }
  context.store.replaceDocument(result.graph, file.name);
  context.store.showNotice({
    kind: 'info',
    text: `Opened ${file.name}: ${result.graph.order} entities, ${result.graph.size} relations.`,
  });
}

async function saveAs(context: CommandContext): Promise<void> {
  const { graph, fileName } = context.store.document.value;
  const saved = await context.host.saveFileAs(
    `${baseName(fileName)}.json`,
    'graph-json',
    JSON.stringify(graph.export(), null, 2),
  );
  if (saved) {
    context.store.dirty.value = false;
    context.store.showNotice({ kind: 'info', text: `Saved ${saved.name}.` });
  }
}

async function exportPng(context: CommandContext): Promise<void> {
  const view = context.view();
  if (!view) return;
  const blob = view.cy.png({
    full: true,
    scale: 2,
    output: 'blob',
    bg: context.store.theme.value === 'dark' ? '#16181d' : '#ffffff',
  });
  const bytes = new Uint8Array(await blob.arrayBuffer());
  const saved = await context.host.saveFileAs(`${baseName(context.store.document.value.fileName)}.png`, 'png', bytes);
  if (saved) context.store.showNotice({ kind: 'info', text: `Exported ${saved.name}.` });
}

export async function runCommand(context: CommandContext, command: MenuCommand): Promise<void> {
  const view = context.view();
  try {
    switch (command) {
      case 'open': {
        const file = await context.host.openGraphFile();
        if (file) openFileIntoStore(context, file);
        return;
      }
      case 'save': {
        const { graph } = context.store.document.value;
        const saved = await context.host.saveCurrentFile(JSON.stringify(graph.export(), null, 2));
        if (saved) context.store.dirty.value = false;
        else await saveAs(context);
        return;
      }
      case 'save-as':
        return saveAs(context);
      case 'export-png':
        return exportPng(context);
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
      case 'about': {
        const info = await context.host.getAppInfo();
        context.store.showNotice({ kind: 'info', text: `${info.name} ${info.version} (${info.platform})` });
        return;
      }
      case 'export-svg':
      case 'export-pdf':
        context.store.showNotice({ kind: 'info', text: `"${command}" is not available yet in this build.` });
        return;
    }
  } catch (error) {
    context.store.showNotice({ kind: 'error', text: error instanceof Error ? error.message : String(error) });
  }
}
