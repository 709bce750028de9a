// Owns the web build's file chooser: a hidden multi-file input, so a nodes + edges CSV pair can be chosen together.
import type { FileBytes } from './graph-file-protocol';

export const GRAPH_FILE_ACCEPT = '.json,.gexf,.graphml,.xml,.csv';

/** Resolves with the chosen files' bytes, or null when the chooser was cancelled. */
export function pickGraphFiles(): Promise<FileBytes[] | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.multiple = true;
    input.accept = GRAPH_FILE_ACCEPT;
    input.style.display = 'none';
    input.setAttribute('aria-label', 'Graph file');
    input.addEventListener('change', () => {
      const files = [...(input.files ?? [])];
      input.remove();
      if (files.length === 0) return resolve(null);
      void Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) }))).then(
        resolve,
      );
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
