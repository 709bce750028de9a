// Owns the "Export image" dialog: settings, live preview, size readout, progress and errors; runs the export and records the saved file.
import { errorMessage } from '../../graph-data/model/errors';
import '../styles/export.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { GraphView } from '../canvas/graph-view';
import type { ExploreContext } from '../explore/explore-context';
import { type ExportOptions, outputScale, outputSize, sizeProblem } from '../export/export-options';
import { type ExportSource, prepareExport } from '../export/export-page';
import { closeExportDialog, exportDialog, lastExport, lastOptions } from '../export/export-state';
import { renderPreview, runExport } from '../export/run-export';
import { DEFAULT_LIMITS, planTiles, tileCount } from '../export/tile-plan';
import type { Host } from '../host/host';
import { pathSessionFor } from '../paths/path-session';
import type { AppStore } from '../store/app-store';
import { ExportFields } from './export-fields';
import { ExportNotice } from './export-notice';
import { modalKeyDown } from './modal-keys';

export interface ExportDialogProps {
  host: Host;
  store: AppStore;
  view: GraphView | null;
  /** What the canvas shows (the legend lists its types) and the path query on show (offered as the caption). */
  explore: ExploreContext;
}

const PREVIEW_WIDTH = 420;
const PREVIEW_HEIGHT = 300;

function describeSize(
  source: ExportSource,
  store: AppStore,
  options: ExportOptions,
): { text: string; problem: string | null } {
  const prepared = prepareExport(source, options, store.theme.value, 1);
  const size = outputSize(prepared.layout.width, prepared.layout.height, outputScale(options, prepared.layout.width));
  if (options.format !== 'png') return { text: `${size.width} × ${size.height} (vector)`, problem: null };
  const problem = sizeProblem(size.width, size.height);
  const tiles = problem ? 1 : tileCount(planTiles(size.width, size.height, DEFAULT_LIMITS));
  return { text: `${size.width} × ${size.height} px${tiles > 1 ? `, rendered in ${tiles} tiles` : ''}`, problem };
}

function Dialog({ host, store, view, explore }: ExportDialogProps & { view: GraphView }) {
  const [options, setOptions] = useState<ExportOptions>(() => ({
    ...lastOptions.value,
    format: exportDialog.value?.format ?? 'png',
  }));
  const [preview, setPreview] = useState<string | null>(null);
  /** The settings the preview on show was drawn for: while they differ from the current ones the preview is busy. */
  const [previewed, setPreviewed] = useState<ExportOptions | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const dialogRef = useRef<HTMLDivElement>(null);
  const busy = progress !== null;
  const source: ExportSource = { view, graph: store.document.value.graph, shown: explore.canvas.shown.value };
  const change = (patch: Partial<ExportOptions>) => setOptions((o) => ({ ...o, ...patch }));

  useEffect(() => {
    const previous = document.activeElement as HTMLElement | null;
    dialogRef.current?.querySelector<HTMLElement>('input, select, button')?.focus();
    return () => previous?.focus?.();
  }, []);

  // Redrawn shortly after the settings settle, not on every keystroke of the title.
  useEffect(() => {
    const timer = setTimeout(() => {
      try {
        setPreview(renderPreview({ ...source, theme: store.theme.value }, options, PREVIEW_WIDTH, PREVIEW_HEIGHT));
      } catch (e) {
        setPreview(null);
        setError(errorMessage(e));
      }
      setPreviewed(options);
    }, 150);
    return () => clearTimeout(timer);
  }, [options, store, source.view, source.graph, source.shown]);

  let size: { text: string; problem: string | null };
  try {
    size = describeSize(source, store, options);
  } catch (e) {
    size = { text: '', problem: errorMessage(e) };
  }

  const close = () => {
    if (!busy) closeExportDialog();
  };

  const onExport = async () => {
    setError(null);
    setProgress('Rendering…');
    lastOptions.value = options;
    try {
      const result = await runExport(
        { ...source, host, documentName: store.document.value.fileName, theme: store.theme.value },
        options,
        (p) => setProgress(p.total > 1 ? `Rendering tile ${p.done} of ${p.total}…` : 'Encoding…'),
      );
      setProgress(null);
      if (result.saved) {
        lastExport.value = result.saved;
        closeExportDialog();
      }
    } catch (e) {
      setProgress(null);
      setError(errorMessage(e));
    }
  };

  const session = pathSessionFor(explore);
  // Only a query whose result is on show describes the picture.
  const query = session?.result.value ? session.queryText.value || null : null;
  return (
    <div class="export-backdrop">
      <div
        ref={dialogRef}
        class="export-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="export-dialog-title"
        onKeyDown={modalKeyDown(close)}
      >
        <h2 id="export-dialog-title">Export image</h2>
        <div class="export-body">
          <ExportFields options={options} change={change} suggestedCaption={query} />
          <figure class="export-preview" aria-busy={previewed !== options}>
            {preview ? <img src={preview} alt="Export preview" /> : <div class="export-preview-empty">No preview</div>}
            <figcaption>
              <span data-testid="export-size">{size.text}</span>
              {options.fixedSeed ? <span> · layout re-run with seed {options.seed} on export</span> : null}
            </figcaption>
          </figure>
        </div>
        {size.problem || error ? (
          <p class="export-error" role="alert">
            {error ?? size.problem}
          </p>
        ) : null}
        <div class="export-actions">
          <span class="export-progress" role="status">
            {progress ?? ''}
          </span>
          <button type="button" onClick={close} disabled={busy}>
            Cancel
          </button>
          <button
            type="button"
            class="export-primary"
            onClick={() => void onExport()}
            disabled={busy || !!size.problem}
          >
            Export
          </button>
        </div>
      </div>
    </div>
  );
}

/** Mounted once by the shell: the dialog while it is open, and the notice of the last export. */
export function ExportLayer(props: ExportDialogProps) {
  const open = exportDialog.value;
  return (
    <>
      {open && props.view ? <Dialog {...props} view={props.view} /> : null}
      <ExportNotice host={props.host} />
    </>
  );
}
