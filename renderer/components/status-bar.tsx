// Owns the status bar: file name, the canvas renderer setting, entity and relation counts (total and visible).
import type { RendererKind, ViewCounts } from '../canvas/graph-view';
import { changeRendererSetting, type RendererSetting, rendererSetting } from '../canvas/renderer-choice';

export interface StatusBarProps {
  fileName: string;
  dirty: boolean;
  counts: ViewCounts;
  /** The renderer drawing the canvas now, and the user's setting. */
  renderer: RendererKind;
}

const SETTING_LABELS: Record<RendererSetting, string> = {
  auto: 'Automatic',
  canvas: '2D canvas',
  webgl: 'WebGL',
};

export function StatusBar({ fileName, dirty, counts, renderer }: StatusBarProps) {
  const hidden = counts.nodes !== counts.visibleNodes || counts.edges !== counts.visibleEdges;
  return (
    <footer class="status-bar">
      <span class="status-file">
        {fileName}
        {dirty ? ' (unsaved changes)' : ''}
      </span>
      <label class="status-renderer" title={`Drawing with ${renderer === 'webgl' ? 'WebGL' : 'the 2D canvas'}`}>
        <span>Renderer</span>
        <select
          aria-label="Canvas renderer"
          value={rendererSetting.value}
          onChange={(e) => changeRendererSetting(e.currentTarget.value as RendererSetting)}
        >
          {(Object.keys(SETTING_LABELS) as RendererSetting[]).map((s) => (
            <option key={s} value={s}>
              {s === 'auto' ? `${SETTING_LABELS[s]} (${renderer === 'webgl' ? 'WebGL' : '2D'})` : SETTING_LABELS[s]}
            </option>
          ))}
        </select>
      </label>
      <output class="status-counts" aria-label="Graph counts" aria-live="polite">
        {`${counts.nodes} entities · ${counts.edges} relations`}
        {hidden ? ` (showing ${counts.visibleNodes} · ${counts.visibleEdges})` : ''}
      </output>
    </footer>
  );
}
