// Owns the Host interface: everything the UI needs from the outside world, implemented by the Electron bridge and by the web page.
import type {
  AppInfo,
  FileOpenFailure,
  HostOpenResult,
  MenuCommand,
  OpenedFile,
  SavedFile,
  SaveKind,
} from '../../graph-data/host-api';
import type { SparqlTransport } from '../../graph-data/sparql/sparql-transport';

export interface Host {
  readonly kind: 'electron' | 'web';
  /** Asks the user for a graph file: the file, why it could not be read, or null when cancelled. */
  openGraphFile(): Promise<HostOpenResult>;
  /** Save As: asks where, then writes atomically (Electron) or downloads (web). */
  saveFileAs(suggestedName: string, kind: SaveKind, data: string | Uint8Array): Promise<SavedFile | null>;
  /**
   * Save: writes back to the document at `path` (the path it was opened from or last saved to); null when the host
   * may not write there, or has no files at all (the caller falls back to Save As).
   */
  saveCurrentFile(path: string, data: string | Uint8Array): Promise<SavedFile | null>;
  /** PDF from an SVG of `size` CSS pixels (desktop: printed by main). */
  exportPdf(suggestedName: string, svg: string, size: { width: number; height: number }): Promise<SavedFile | null>;
  setDocumentState(title: string, dirty: boolean): void;
  getAppInfo(): Promise<AppInfo>;
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  onFileOpened(listener: (file: OpenedFile) => void): () => void;
  /** A file the OS asked the app to open (command line, second instance) could not be read. */
  onFileOpenFailed(listener: (failure: FileOpenFailure) => void): () => void;
  /** Shows a saved file in the system file manager; false in the web build, which has no folder to show. */
  showItemInFolder(path: string): Promise<boolean>;
  /** Recently opened paths, newest first; empty in the web build, where a page cannot reopen a file by name. */
  listRecentFiles(): Promise<string[]>;
  /** Reopens a path from the recent list: the file, why it could not be read, or null when it is not on the list (or in the web build). */
  openRecentFile(path: string): Promise<HostOpenResult>;
  /** How SPARQL queries reach an endpoint the user entered: through main (desktop) or the page's fetch with CORS (web). */
  readonly sparql: SparqlTransport;
}
