// Owns the status bar: file name, entity and relation counts (total and visible), and the current notice.
import type { ViewCounts } from '../canvas/graph-view';

export interface StatusBarProps {
  fileName: string;
  dirty: boolean;
  counts: ViewCounts;
}

export function StatusBar({ fileName, dirty, counts }: StatusBarProps) {
  const hidden = counts.nodes !== counts.visibleNodes || counts.edges !== counts.visibleEdges;
  return (
    <footer class="status-bar">
      <span class="status-file">
        {fileName}
        {dirty ? ' (unsaved changes)' : ''}
      </span>
      <output class="status-counts" aria-label="Graph counts" aria-live="polite">
        {`${counts.nodes} entities · ${counts.edges} relations`}
        {hidden ? ` (showing ${counts.visibleNodes} · ${counts.visibleEdges})` : ''}
      </output>
    </footer>
  );
}
