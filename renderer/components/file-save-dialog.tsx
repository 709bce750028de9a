// Owns the Save As dialog: file name and format (JSON, GEXF, GraphML, CSV pair, RDF, workspace) and, for RDF, the IRI base; modal, named, Escape cancels.
import { useEffect, useRef, useState } from 'preact/hooks';
import { DEFAULT_RDF_BASE } from '../../graph-data/formats/rdf/rdf-syntax';
import { fileNameFor, RDF_SAVE_FORMATS, SAVE_FORMATS, type SaveFormat } from '../files/save-flow';
import { modalKeyDown } from './modal-keys';

export interface FileSaveDialogProps {
  initial: { base: string; format: SaveFormat };
  /** `rdfBase` is set for RDF formats: the IRI base of a graph that did not come from RDF. */
  save(format: SaveFormat, base: string, rdfBase?: string): void;
  cancel(): void;
}

export function FileSaveDialog({ initial, save, cancel }: FileSaveDialogProps) {
  const [base, setBase] = useState(initial.base);
  const [format, setFormat] = useState<SaveFormat>(initial.format);
  const [rdfBase, setRdfBase] = useState(DEFAULT_RDF_BASE);
  const isRdf = RDF_SAVE_FORMATS.has(format);
  const dialog = useRef<HTMLDivElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);

  useEffect(() => {
    const before = document.activeElement;
    nameInput.current?.focus();
    nameInput.current?.select();
    return () => {
      if (before instanceof HTMLElement) before.focus();
    };
  }, []);

  const onKeyDown = modalKeyDown(cancel);

  const names =
    format === 'csv'
      ? `${fileNameFor(base, 'csv', 'nodes')} and ${fileNameFor(base, 'csv', 'edges')}`
      : fileNameFor(base, format);

  return (
    <div class="file-dialog-backdrop">
      <div
        ref={dialog}
        class="file-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="file-save-title"
        onKeyDown={onKeyDown}
      >
        <h2 id="file-save-title">Save graph as</h2>
        <form
          onSubmit={(event) => {
            event.preventDefault();
            if (isRdf) save(format, base, rdfBase);
            else save(format, base);
          }}
        >
          <label>
            File name
            <input
              ref={nameInput}
              type="text"
              value={base}
              required
              onInput={(event) => setBase((event.currentTarget as HTMLInputElement).value)}
            />
          </label>
          <label>
            Format
            <select
              value={format}
              onChange={(event) => setFormat((event.currentTarget as HTMLSelectElement).value as SaveFormat)}
            >
              {SAVE_FORMATS.map((f) => (
                <option key={f.format} value={f.format}>
                  {f.label}
                </option>
              ))}
            </select>
          </label>
          {isRdf ? (
            <label>
              IRI base
              <input
                type="url"
                value={rdfBase}
                required
                aria-describedby="file-save-iri-note"
                onInput={(event) => setRdfBase((event.currentTarget as HTMLInputElement).value)}
              />
            </label>
          ) : null}
          {isRdf ? (
            <p id="file-save-iri-note" class="file-dialog-note">
              Entities, types and attributes of a graph that did not come from RDF get IRIs under this base; a graph
              read from RDF keeps its own IRIs.
            </p>
          ) : null}
          <p class="file-dialog-note">{`Writes ${names}.`}</p>
          <div class="file-dialog-buttons">
            <button type="button" onClick={cancel}>
              Cancel
            </button>
            <button type="submit" class="primary">
              Save
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
