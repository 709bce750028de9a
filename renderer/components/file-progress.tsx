// Owns the progress indicator while a file is parsed off the UI thread: shown at once for large files, after a moment for small ones.
import { useEffect, useState } from 'preact/hooks';
import { formatSize, type OpenProgress } from '../files/open-flow';

/** Files this big take long enough that the indicator should appear immediately. */
const LARGE_FILE_BYTES = 1024 * 1024;
const SMALL_FILE_DELAY_MS = 300;

const STAGE_TEXT: Record<OpenProgress['stage'], string> = {
  decoding: 'reading',
  parsing: 'parsing',
  building: 'building the graph',
  'laying out': 'laying out its entities (the file has no positions)',
};

export function FileProgress({ progress, cancel }: { progress: OpenProgress | null; cancel(): void }) {
  const [shown, setShown] = useState(false);
  const large = progress !== null && progress.bytes >= LARGE_FILE_BYTES;
  useEffect(() => {
    setShown(large);
    if (!progress || large) return;
    const timer = setTimeout(() => setShown(true), SMALL_FILE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [progress?.fileName, large]);
  if (!progress || !shown) return null;
  const label = `Opening ${progress.fileName}`;
  return (
    <div class="file-progress" role="status" aria-label="Opening file">
      {progress.fraction === undefined ? (
        <progress aria-label={label} />
      ) : (
        <progress aria-label={label} max={1} value={progress.fraction} />
      )}
      <span>
        {`${label} (${formatSize(progress.bytes)}): ${STAGE_TEXT[progress.stage]}${
          progress.fraction === undefined ? '' : ` ${Math.round(progress.fraction * 100)}%`
        }…`}
      </span>
      <button type="button" onClick={cancel}>
        Cancel
      </button>
    </div>
  );
}
