// Owns the Host interface: everything the UI needs from the outside world, implemented by the Electron bridge and by the web page.
import type { AppInfo, MenuCommand, OpenedFile, SavedFile, SaveKind } from '../../graph-data/host-api';
import type { SparqlTransport } from '../../graph-data/sparql/sparql-transport';

export interface Host {
  readonly kind: 'electron' | 'web';
  /** Asks the user for a graph file; null when cancelled. */
  openGraphFile(): Promise<OpenedFile | null>;
  /** Save As: asks where, then writes atomically (Electron) or downloads (web). */
  saveFileAs(suggestedName: string, kind: SaveKind, data: string | Uint8Array): Promise<SavedFile | null>;
  /** Save to the current document; null when there is none (the caller falls back to Save As). */
  saveCurrentFile(data: string | Uint8Array): Promise<SavedFile | null>;
  exportPdf(suggestedName: string, svg: string): Promise<SavedFile | null>;
  setDocumentState(title: string, dirty: boolean): void;
  openExternal(url: string): Promise<boolean>;
  getAppInfo(): Promise<AppInfo>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /** Shows a saved file in the system file manager; false in the web build, which has no folder to show. */
  showItemInFolder(path: string): Promise<boolean>;
  /** Recently opened paths, newest first; empty in the web build, where a page cannot reopen a file by name. */
  listRecentFiles(): Promise<string[]>;
  /** Reopens a path from the recent list; null when it is not on the list, or in the web build. */
  openRecentFile(path: string): Promise<OpenedFile | null>;
  /** How SPARQL queries reach an endpoint the user entered: through main (desktop) or the page's fetch with CORS (web). */
  readonly sparql: SparqlTransport;
}
