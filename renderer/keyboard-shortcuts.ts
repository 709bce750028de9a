// Owns the explore shortcuts outside the canvas: Ctrl/Cmd+Z undo, Ctrl/Cmd+Shift+Z (or Ctrl+Y) redo, Escape clears the selection.
import type { ViewStore } from './store/view-store';

function isTextField(target: EventTarget | null): boolean {
  // No DOM (a unit test's plain EventTarget): nothing is a text field.
  if (typeof HTMLElement === 'undefined' || !(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement) return true;
  return target instanceof HTMLInputElement && !['range', 'checkbox', 'radio', 'button'].includes(target.type);
}

/** What the handler reads of a keydown (a KeyboardEvent in the window). */
type KeyEvent = Event & Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey'>;

function isKeyEvent(event: Event): event is KeyEvent {
  return typeof (event as Partial<KeyEvent>).key === 'string';
}

export function installExploreShortcuts(viewStore: ViewStore, target: EventTarget = window): () => void {
  const handler = (event: Event) => {
    if (!isKeyEvent(event)) return;
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
  target.addEventListener('keydown', handler);
  return () => target.removeEventListener('keydown', handler);
}
