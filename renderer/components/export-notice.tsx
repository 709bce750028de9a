// Owns the "Exported NAME" notice after an export, with "Show in folder" in the desktop app (the web build has no folder to show).

import { lastExport } from '../export/export-state';
import type { Host } from '../host/host';

export function ExportNotice({ host }: { host: Host }) {
  const saved = lastExport.value;
  if (!saved) return null;
  return (
    <div class="export-notice" role="status">
      <span>{`Exported ${saved.name}`}</span>
      {host.kind === 'electron' ? (
        <button type="button" onClick={() => void host.showItemInFolder(saved.path)}>
          Show in folder
        </button>
      ) : null}
      <button
        type="button"
        aria-label="Dismiss export message"
        onClick={() => {
          lastExport.value = null;
        }}
      >
        ×
      </button>
    </div>
  );
}
