// Owns the web build's file chooser: a hidden multi-file input, so a nodes + edges CSV pair can be chosen together.
import { GRAPH_FILE_EXTENSIONS } from '../../graph-data/formats/file-extensions';

/** JSON, GEXF, GraphML, CSV and the RDF syntaxes (.ttl .nt .nq .trig .jsonld .rdf .owl). */
export const GRAPH_FILE_ACCEPT = GRAPH_FILE_EXTENSIONS.join(',');

/** Resolves with the chosen files (not yet read: the caller checks their size first), or null when cancelled. */
export function pickGraphFiles(): Promise<File[] | null> {
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
      resolve(files.length === 0 ? null : files);
    });
    input.addEventListener('cancel', () => {
      input.remove();
      resolve(null);
    });
    document.body.append(input);
    input.click();
  });
}
