// Owns drag and drop onto the window: an overlay while files are dragged over it, and handing dropped files to the file controller.
import { useEffect, useState } from 'preact/hooks';

const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;

export function FileDropOverlay({ onDrop }: { onDrop(files: File[]): void }) {
  const [active, setActive] = useState(false);
  useEffect(() => {
    // dragenter/dragleave fire for every child crossed; a depth count tells when the pointer really left the window.
    let depth = 0;
    const enter = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      depth++;
      setActive(true);
    };
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      if (event.dataTransfer) event.dataTransfer.dropEffect = 'copy';
    };
    const leave = () => {
      depth = Math.max(0, depth - 1);
      if (depth === 0) setActive(false);
    };
    const drop = (event: DragEvent) => {
      // Always prevented: otherwise the browser (or Electron) would navigate to the dropped file.
      event.preventDefault();
      depth = 0;
      setActive(false);
      const files = [...(event.dataTransfer?.files ?? [])];
      if (files.length > 0) onDrop(files);
    };
    window.addEventListener('dragenter', enter);
    window.addEventListener('dragover', over);
    window.addEventListener('dragleave', leave);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragenter', enter);
      window.removeEventListener('dragover', over);
      window.removeEventListener('dragleave', leave);
      window.removeEventListener('drop', drop);
    };
  }, [onDrop]);
  if (!active) return null;
  return (
    <div class="file-drop-overlay" role="status" aria-label="Drop to open">
      <p class="file-drop-text">Drop a graph file to open it</p>
      <p class="file-drop-hint">JSON, GEXF, GraphML or CSV — or a nodes + edges CSV pair together</p>
    </div>
  );
}
