// Owns the document files main touches for the renderer: choosing them (through a dialog interface), reading, atomic saves, recent files, and which paths this session knows.
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  type FileOpenFailure,
  type HostOpenResult,
  type OpenedFile,
  type SavedFile,
  type SaveKind,
  saveMakesCurrent,
} from '../graph-data/host-api';
import { errorMessage } from '../graph-data/model/errors';
import { atomicWriteFileSync } from './atomic-write';
import { FileReadError, readRegularFile } from './read-file';
import { addRecentFile, parseRecentFiles } from './recent-files';

/** Largest graph file main will read; the renderer also caps parsing, this keeps a mistaken pick from exhausting memory. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

export interface SaveFilter {
  name: string;
  extensions: string[];
}

export const SAVE_FILTERS: Record<SaveKind, SaveFilter> = {
  'graph-json': { name: 'Graph JSON', extensions: ['json'] },
  gexf: { name: 'GEXF', extensions: ['gexf'] },
  graphml: { name: 'GraphML', extensions: ['graphml'] },
  csv: { name: 'CSV', extensions: ['csv'] },
  turtle: { name: 'Turtle (RDF)', extensions: ['ttl'] },
  ntriples: { name: 'N-Triples (RDF)', extensions: ['nt'] },
  jsonld: { name: 'JSON-LD (RDF)', extensions: ['jsonld'] },
  png: { name: 'PNG image', extensions: ['png'] },
  svg: { name: 'SVG image', extensions: ['svg'] },
  pdf: { name: 'PDF document', extensions: ['pdf'] },
  markdown: { name: 'Markdown', extensions: ['md'] },
  'json-export': { name: 'JSON', extensions: ['json'] },
  workspace: { name: 'Alliance Atlas workspace', extensions: ['atlas.json', 'json'] },
};

/** The native dialogs FileService needs; main implements them with Electron's `dialog`, tests with plain answers. */
export interface FileDialogs {
  /** The graph file the user chose to open, or null when cancelled; the dialog starts in `startIn` when given. */
  chooseFileToOpen(startIn: string | undefined): Promise<string | null>;
  /** Where the user chose to save, or null when cancelled; the dialog starts in `startIn` when given. */
  chooseSavePath(suggestedName: string, filter: SaveFilter, startIn: string | undefined): Promise<string | null>;
}

/** The disk operations FileService needs; the real ones by default, replaceable in tests to make a step fail. */
export interface FileServiceFs {
  readGraphBytes(path: string, maxBytes: number): Promise<Uint8Array>;
  writeAtomic(path: string, data: string | Uint8Array): void;
  readText(path: string): string | undefined;
}

const realFs: FileServiceFs = {
  readGraphBytes: readRegularFile,
  writeAtomic: (path, data) => atomicWriteFileSync(path, data),
  readText: (path) => {
    try {
      return readFileSync(path, 'utf8');
    } catch {
      return undefined;
    }
  },
};

export interface FileServiceOptions {
  userDataDir: string;
  dialogs: FileDialogs;
  fs?: Partial<FileServiceFs>;
  /** Called after the recent list changed (an open or a save), so main can rebuild the Open Recent menu. */
  onRecentChange?(paths: string[]): void;
}

export class FileService {
  private readonly dialogs: FileDialogs;
  private readonly fs: FileServiceFs;
  private readonly recentStore: string;
  private readonly onRecentChange: (paths: string[]) => void;
  private recent: string[];
  /**
   * Files Save may write back to: those this session opened, or saved in a kind that makes a file current
   * (`saveMakesCurrent`). The renderer names its document's path on Save; main writes only to one of these.
   */
  private readonly writable = new Set<string>();
  /** Every path this session opened or saved, exports included: the only ones "Show in folder" reveals. */
  private readonly known = new Set<string>();
  /**
   * The folder of the last file opened or saved, where the next dialog starts (Electron 43+ otherwise starts every
   * dialog in Downloads). At start-up, the folder of the most recent file.
   */
  private lastFolder: string | undefined;

  constructor(options: FileServiceOptions) {
    this.dialogs = options.dialogs;
    this.fs = { ...realFs, ...options.fs };
    this.onRecentChange = options.onRecentChange ?? (() => {});
    this.recentStore = join(options.userDataDir, 'recent-files.json');
    this.recent = parseRecentFiles(this.fs.readText(this.recentStore));
    this.lastFolder = this.recent[0] === undefined ? undefined : dirname(this.recent[0]);
  }

  get recentFiles(): string[] {
    return [...this.recent];
  }

  /** Reads a graph file for the renderer; rejects with a FileReadError naming the file (never blocks main). */
  async readGraphFile(path: string): Promise<OpenedFile> {
    const bytes = await this.fs.readGraphBytes(path, MAX_OPEN_BYTES);
    this.known.add(path);
    this.lastFolder = dirname(path);
    this.writable.add(path);
    this.remember(path);
    return { name: basename(path), path, bytes };
  }

  /** Like readGraphFile, but a file that cannot be read is an answer for the user (why, in words), not a throw. */
  async openPath(path: string): Promise<OpenedFile | FileOpenFailure> {
    try {
      return await this.readGraphFile(path);
    } catch (error) {
      return {
        path,
        name: basename(path),
        message: error instanceof FileReadError ? error.reason : errorMessage(error),
      };
    }
  }

  async openWithDialog(): Promise<HostOpenResult> {
    const path = await this.dialogs.chooseFileToOpen(this.lastFolder);
    return path ? this.openPath(path) : null;
  }

  async openRecent(path: string): Promise<HostOpenResult> {
    // Only paths main itself put on the list can be opened this way: the renderer cannot name arbitrary files.
    if (!this.recent.includes(path)) return null;
    return this.openPath(path);
  }

  async saveAs(request: {
    suggestedName: string;
    kind: SaveKind;
    data: string | Uint8Array;
  }): Promise<SavedFile | null> {
    const path = await this.dialogs.chooseSavePath(request.suggestedName, SAVE_FILTERS[request.kind], this.lastFolder);
    if (!path) return null;
    this.fs.writeAtomic(path, request.data);
    this.known.add(path);
    this.lastFolder = dirname(path);
    if (saveMakesCurrent(request.kind)) {
      this.writable.add(path);
      this.remember(path);
    }
    return { path, name: basename(path) };
  }

  /** Save: writes back to the renderer's document `path`, only when this session may write there; else null. */
  saveCurrent(request: { path: string; data: string | Uint8Array }): SavedFile | null {
    if (!this.writable.has(request.path)) return null;
    this.fs.writeAtomic(request.path, request.data);
    return { path: request.path, name: basename(request.path) };
  }

  isKnownPath(path: string): boolean {
    return this.known.has(path);
  }

  private remember(path: string): void {
    this.recent = addRecentFile(this.recent, path);
    try {
      this.fs.writeAtomic(this.recentStore, JSON.stringify(this.recent, null, 2));
    } catch (error) {
      console.warn('Could not save the recent-files list:', error);
    }
    this.onRecentChange(this.recentFiles);
  }
}
