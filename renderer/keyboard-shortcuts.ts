// Owns the explore shortcuts outside the canvas: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Escape clears the selection.
import type { ViewStore } from './store/view-store';

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(target.type);
}

export function installExploreShortcuts(viewStore: ViewStore): () => void {
  const handler = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    const key = event.key.toLowerCase();
    // Inside a text field the browser's own text undo wins.
    if (mod && (key === 'z' || key === 'y') && !isTextField(event.target)) {
      event.preventDefault();
      if (key === 'y' || event.shiftKey) viewStore.redo();
      else viewStore.undo();
    } else if (event.key === 'Escape' && !isTextField(event.target)) {
      viewStore.select(null);
    }
  };
  window.addEventListener('keydown', handler);
  return () => window.removeEventListener('keydown', handler);
}
