// Owns mounting the file UI over the window: drop overlay, open progress, type-attribute choice, Save As dialog, recent files.
import { useCallback } from 'preact/hooks';
import type { FileController } from '../files/file-controller';
import type { Host } from '../host/host';
import { FileDropOverlay } from './file-drop-overlay';
import { FileGraphChoice } from './file-graph-choice';
import { FileProgress } from './file-progress';
import { FileRecentList } from './file-recent-list';
import { FileSaveDialog } from './file-save-dialog';
import { FileTypeChoice } from './file-type-choice';
import '../styles/files.css';

export function FileLayer({ host, files }: { host: Host; files: FileController }) {
  const onDrop = useCallback((dropped: File[]) => void files.openDropped(dropped), [files]);
  const dialog = files.saveDialog.value;
  return (
    <>
      <FileDropOverlay onDrop={onDrop} />
      <FileProgress progress={files.progress.value} cancel={() => files.cancelOpen()} />
      <FileTypeChoice
        choice={files.typeChoice.value}
        choose={(attribute) => void files.reimportWithType(attribute)}
        dismiss={() => {
          files.typeChoice.value = null;
        }}
      />
      <FileGraphChoice
        choice={files.graphChoice.value}
        choose={(graph) => void files.reimportWithGraph(graph)}
        dismiss={() => {
          files.graphChoice.value = null;
        }}
      />
      {dialog ? (
        <FileSaveDialog
          initial={dialog}
          save={(format, base, rdfBase) => void files.saveAs(format, base, rdfBase)}
          cancel={() => {
            files.saveDialog.value = null;
          }}
        />
      ) : null}
      {host.kind === 'electron' ? (
        <FileRecentList
          paths={files.recent.value}
          refresh={() => files.refreshRecent()}
          open={(path) => void files.openRecent(path)}
        />
      ) : null}
    </>
  );
}
