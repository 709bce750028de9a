// Owns the Host implementation for a plain web page: a file input to open, downloads to save, keyboard shortcuts instead of a menu.
import type { MenuCommand, OpenedFile, SavedFile } from '../../graph-data/host-api';
import type { Host } from './host';
import { createBrowserSparqlTransport } from './sparql-transports';

function pickFile(accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    input.setAttribute('aria-label', 'Graph file');
    input.addEventListener('change', () => {
      resolve(input.files?.[0] ?? null);
      input.remove();
    });
    input.addEventListener('cancel', () => {
      resolve(null);
      input.remove();
    });
    document.body.append(input);
    input.click();
  });
}

function download(name: string, data: string | Uint8Array, mime: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = name;
  anchor.rel = 'noopener';
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const MIME_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  svg: 'image/svg+xml',
  pdf: 'application/pdf',
  json: 'application/json',
  csv: 'text/csv',
  md: 'text/markdown',
  gexf: 'application/xml',
  graphml: 'application/xml',
};

/** Browser shortcuts standing in for the desktop menu's accelerators. */
const SHORTCUTS: Record<string, MenuCommand> = {
  'mod+o': 'open',
  'mod+s': 'save',
  'mod+shift+s': 'save-as',
  'mod+e': 'export-png',
  'mod+f': 'find',
  'mod+=': 'zoom-in',
  'mod+-': 'zoom-out',
  'mod+0': 'fit',
  'mod+shift+d': 'toggle-theme',
};

export function shortcutFor(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>,
): MenuCommand | undefined {
  if (!(event.ctrlKey || event.metaKey)) return undefined;
  const key = event.key.toLowerCase();
  return SHORTCUTS[`mod+${event.shiftKey ? 'shift+' : ''}${key}`];
}

export function createWebHost(): Host {
  const fileListeners = new Set<(file: OpenedFile) => void>();
  return {
    kind: 'web',
    async openGraphFile() {
      const file = await pickFile('.json,.gexf,.graphml,.xml,.csv');
      if (!file) return null;
      return { name: file.name, path: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
    },
    async saveFileAs(suggestedName, _kind, data): Promise<SavedFile> {
      const extension = suggestedName.split('.').pop()?.toLowerCase() ?? '';
      download(suggestedName, data, MIME_BY_EXTENSION[extension] ?? 'application/octet-stream');
      return { path: suggestedName, name: suggestedName };
    },
    // A web page has no handle on the file it opened: Save always becomes Save As.
    saveCurrentFile: async () => null,
    async exportPdf() {
      throw new Error('PDF export in the web build goes through the vector PDF writer, not the host.');
    },
    setDocumentState(title, dirty) {
      document.title = `${dirty ? '• ' : ''}${title} — Alliance Atlas`;
    },
    getAppInfo: async () => ({ name: 'Alliance Atlas', version: __APP_VERSION__, platform: 'web', isPackaged: false }),
    onMenuCommand(listener) {
      const handler = (event: KeyboardEvent) => {
        const command = shortcutFor(event);
        if (command) {
          event.preventDefault();
          listener(command);
        }
      };
      window.addEventListener('keydown', handler);
      return () => window.removeEventListener('keydown', handler);
    },
    onFileOpened(listener) {
      fileListeners.add(listener);
      return () => fileListeners.delete(listener);
    },
    // The OS never hands a web page a file by path, so nothing can fail to open that way.
    onFileOpenFailed: () => () => {},
    showItemInFolder: async () => false,
    // A page only ever gets bytes from a file chooser or a drop, never a path it could read again: no recent list.
    listRecentFiles: async () => [],
    openRecentFile: async () => null,
    sparql: createBrowserSparqlTransport(),
  };
}
