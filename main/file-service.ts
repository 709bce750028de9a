// Owns the document files main touches for the renderer: native dialogs, reading chosen files, atomic saves, recent files.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { type BrowserWindow, dialog } from 'electron';
import type { OpenedFile, SavedFile, SaveKind } from '../graph-data/host-api';
import { atomicWriteFileSync } from './atomic-write';
import { GRAPH_FILE_EXTENSIONS } from './command-line';
import { addRecentFile, parseRecentFiles } from './recent-files';

/** Largest graph file main will read; the renderer also caps parsing, this keeps a mistaken pick from exhausting memory. */
export const MAX_OPEN_BYTES = 256 * 1024 * 1024;

const SAVE_FILTERS: Record<SaveKind, Electron.FileFilter> = {
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
  workspace: { name: 'Alliance Atlas workspace', extensions: ['atlas.json', 'json'] },
};

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

export class FileService {
  /** The file Save writes to; only a file the user opened or saved through a dialog ever becomes current. */
  private currentPath: string | undefined;
  private recent: string[];
  private readonly recentStore: string;

  constructor(userDataDir: string) {
    this.recentStore = join(userDataDir, 'recent-files.json');
    this.recent = parseRecentFiles(readText(this.recentStore));
  }

  get recentFiles(): string[] {
    return [...this.recent];
  }

  readGraphFile(path: string): OpenedFile {
    const bytes = readFileSync(path);
    if (bytes.byteLength > MAX_OPEN_BYTES) {
      throw new Error(`${basename(path)} is larger than ${MAX_OPEN_BYTES / 1024 / 1024} MiB`);
    }
    this.currentPath = path;
    this.remember(path);
    return { name: basename(path), path, bytes: new Uint8Array(bytes) };
  }

  async openWithDialog(window: BrowserWindow): Promise<OpenedFile | null> {
    const result = await dialog.showOpenDialog(window, {
      title: 'Open graph',
      properties: ['openFile'],
      filters: [
        { name: 'Graphs', extensions: GRAPH_FILE_EXTENSIONS.map((e) => e.slice(1)) },
        { name: 'All files', extensions: ['*'] },
      ],
    });
    const path = result.filePaths[0];
    return result.canceled || !path ? null : this.readGraphFile(path);
  }

  openRecent(path: string): OpenedFile | null {
    // Only paths main itself put on the list can be opened this way: the renderer cannot name arbitrary files.
    if (!this.recent.includes(path)) return null;
    return this.readGraphFile(path);
  }

  async saveAs(
    window: BrowserWindow,
    request: { suggestedName: string; kind: SaveKind; data: string | Uint8Array },
  ): Promise<SavedFile | null> {
    const result = await dialog.showSaveDialog(window, {
      title: 'Save',
      defaultPath: request.suggestedName,
      filters: [SAVE_FILTERS[request.kind]],
    });
    if (result.canceled || !result.filePath) return null;
    atomicWriteFileSync(result.filePath, request.data);
    if (request.kind === 'graph-json' || request.kind === 'workspace') {
      this.currentPath = result.filePath;
      this.remember(result.filePath);
    }
    return { path: result.filePath, name: basename(result.filePath) };
  }

  saveCurrent(data: string | Uint8Array): SavedFile | null {
    if (!this.currentPath) return null;
    atomicWriteFileSync(this.currentPath, data);
    return { path: this.currentPath, name: basename(this.currentPath) };
  }

  isKnownPath(path: string): boolean {
    return this.recent.includes(path);
  }

  private remember(path: string): void {
    this.recent = addRecentFile(this.recent, path);
    try {
      atomicWriteFileSync(this.recentStore, JSON.stringify(this.recent, null, 2));
    } catch (error) {
      console.warn('Could not save the recent-files list:', error);
    }
  }
}
