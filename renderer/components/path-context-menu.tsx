// Owns the canvas's right-click menu on entities ("Path from here" / "Path to here"), also opened with Shift+F10 or the Menu key.
import type { Core, EventObject } from 'cytoscape';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import type { Host } from '../host/host';
import { pathSessionFor } from '../paths/path-session';

interface MenuState {
  nodeId: string;
  label: string;
  /** Where the menu opened, relative to the node's drawn centre: the menu stays there while the view moves. */
  dx: number;
  dy: number;
}

/** A node's drawn centre in page coordinates; null when it is not on the canvas (gone, or hidden by a filter). */
function nodeOnPage(cy: Core, nodeId: string): { x: number; y: number } | null {
  const node = cy.getElementById(nodeId);
  if (node.empty() || !node.visible()) return null;
  const box = cy.container()?.getBoundingClientRect();
  const p = node.renderedPosition();
  return { x: (box?.left ?? 0) + p.x, y: (box?.top ?? 0) + p.y };
}

/** The Paths tab is the right sidebar's; clicking its tab is the one way in that needs no change to the sidebar. */
function showPathsTab(): void {
  document.getElementById('tab-paths')?.click();
}

export function PathContextMenu({ context, host }: { context: ExploreContext; host: Host }) {
  const session = pathSessionFor(context);
  const [menu, setMenu] = useState<MenuState | null>(null);
  /** Bumped on every viewport change, so an open menu is drawn again next to its node. */
  const [, setViewportTick] = useState(0);
  const first = useRef<HTMLButtonElement>(null);
  const ready = context.model.ready.value;

  useEffect(() => session.setHost(host), [session, host]);

  useEffect(() => {
    const view = context.view();
    if (!ready || !view) return;
    const { cy } = view;
    const container = cy.container();
    const open = (nodeId: string, x: number, y: number) => {
      const node = nodeOnPage(cy, nodeId);
      if (!node) return;
      setMenu({ nodeId, label: cy.getElementById(nodeId).data('label') ?? nodeId, dx: x - node.x, dy: y - node.y });
    };
    const onCxtTap = (event: EventObject) => {
      const original = event.originalEvent as MouseEvent | undefined;
      const box = container?.getBoundingClientRect();
      const x = original?.clientX ?? (box?.left ?? 0) + (event.renderedPosition?.x ?? 0);
      const y = original?.clientY ?? (box?.top ?? 0) + (event.renderedPosition?.y ?? 0);
      open(event.target.id(), x, y);
    };
    const onKey = (event: KeyboardEvent) => {
      if (!(event.key === 'ContextMenu' || (event.key === 'F10' && event.shiftKey))) return;
      const selection = context.viewStore.selection.peek();
      if (selection?.kind !== 'node') return;
      event.preventDefault();
      const node = nodeOnPage(cy, selection.key);
      if (node) open(selection.key, node.x, node.y);
    };
    // A canvas has no useful native menu; ours replaces it.
    const onNativeMenu = (event: Event) => event.preventDefault();
    const close = () => setMenu(null);
    // A moving view (a framing animation still running, a wheel zoom) carries the menu along with its node instead
    // of closing it: closing here is what made Shift+F10 right after a search show nothing.
    const follow = () => setViewportTick((tick) => tick + 1);
    cy.on('cxttap', 'node', onCxtTap);
    cy.on('tap', close);
    cy.on('viewport', follow);
    container?.addEventListener('keydown', onKey);
    container?.addEventListener('contextmenu', onNativeMenu);
    return () => {
      cy.off('cxttap', 'node', onCxtTap);
      cy.off('tap', close);
      cy.off('viewport', follow);
      container?.removeEventListener('keydown', onKey);
      container?.removeEventListener('contextmenu', onNativeMenu);
    };
  }, [ready, context]);

  useEffect(() => {
    if (!menu) return;
    first.current?.focus();
    const onDown = (event: PointerEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest('.path-context-menu')) setMenu(null);
    };
    document.addEventListener('pointerdown', onDown);
    return () => document.removeEventListener('pointerdown', onDown);
  }, [menu]);

  const cy = context.view()?.cy;
  const anchor = menu && cy ? nodeOnPage(cy, menu.nodeId) : null;
  // Its node left the canvas (a filter, a new document): the menu closes rather than float over nothing.
  useEffect(() => {
    if (menu && !anchor) setMenu(null);
  });
  if (!menu || !anchor) return null;
  const choose = (end: 'from' | 'to') => {
    setMenu(null);
    showPathsTab();
    session.setEndpoint(end, menu.nodeId);
    // Back to the canvas, where the menu was opened from, so keyboard users keep their place.
    context.view()?.cy.container()?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const items = [...(event.currentTarget as HTMLElement).querySelectorAll<HTMLButtonElement>('[role="menuitem"]')];
    const i = items.indexOf(document.activeElement as HTMLButtonElement);
    if (event.key === 'Escape') {
      event.preventDefault();
      setMenu(null);
      context.view()?.cy.container()?.focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = items[(i + (event.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length];
      next?.focus();
    }
  };
  return (
    <div
      class="path-context-menu"
      role="menu"
      aria-label={`Actions for ${menu.label}`}
      style={{ left: `${anchor.x + menu.dx}px`, top: `${anchor.y + menu.dy}px` }}
      onKeyDown={onKeyDown}
    >
      <button ref={first} type="button" role="menuitem" onClick={() => choose('from')}>
        Path from here
      </button>
      <button type="button" role="menuitem" onClick={() => choose('to')}>
        Path to here
      </button>
    </div>
  );
}
