// Owns the element Cytoscape draws into, creating/destroying the GraphView with it, and the canvas's own keys (arrows move between neighbours).
import { useEffect, useRef } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import { type ArrowDirection, neighbourInDirection } from '../../graph-data/explore/neighbour-step';
import type { Theme } from '../view/graph-style';
import { GraphView, isHidden, shownElements } from '../view/graph-view';
import { HoverTooltip } from './hover-tooltip';
import { OverviewMap } from './overview-map';

const ARROWS: Record<string, ArrowDirection> = {
  ArrowUp: 'up',
  ArrowDown: 'down',
  ArrowLeft: 'left',
  ArrowRight: 'right',
};

/** Arrow keys: to the neighbour lying that way on screen; with nothing selected, to the entity nearest the centre. */
function onCanvasKey(event: KeyboardEvent, context: ExploreContext): void {
  const view = context.view();
  if (!view) return;
  const { cy } = view;
  const { viewStore } = context;
  const arrow = ARROWS[event.key];
  if (arrow) {
    event.preventDefault();
    const selection = viewStore.selection.value;
    const origin = selection?.kind === 'node' ? cy.getElementById(selection.key) : null;
    if (!origin || origin.empty() || isHidden(origin)) {
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      let best: { id: string; d: number } | null = null;
      shownElements(cy.nodes()).forEach((n) => {
        const p = n.renderedPosition();
        const d = Math.hypot(p.x - centre.x, p.y - centre.y);
        if (!best || d < best.d) best = { id: n.id(), d };
      });
      const nearest = best as { id: string } | null;
      if (nearest) viewStore.select({ kind: 'node', key: nearest.id }, true);
      return;
    }
    const place = (n: { id(): string; renderedPosition(): { x: number; y: number } }) => ({
      id: n.id(),
      ...n.renderedPosition(),
    });
    const neighbours = shownElements(origin.neighborhood('node')).map(place);
    const next = neighbourInDirection(place(origin), neighbours, arrow);
    if (next) viewStore.select({ kind: 'node', key: next }, true);
  } else if (event.key === 'Enter') {
    const selection = viewStore.selection.value;
    if (selection) view.centreOn(selection.key);
  } else if (event.key === '+' || event.key === '=') {
    view.zoomBy(1.25);
  } else if (event.key === '-') {
    view.zoomBy(0.8);
  }
}

export function GraphCanvas({
  theme,
  onReady,
  context,
}: {
  theme: Theme;
  onReady(view: GraphView | null): void;
  context: ExploreContext;
}) {
  const container = useRef<HTMLDivElement>(null);
  const initialTheme = useRef(theme);
  useEffect(() => {
    if (!container.current) return;
    const view = new GraphView(container.current, initialTheme.current);
    onReady(view);
    return () => {
      onReady(null);
      view.destroy();
    };
  }, [onReady]);
  return (
    <div class="canvas-wrap">
      <div
        ref={container}
        class="graph-canvas"
        role="application"
        aria-roledescription="graph"
        aria-label="Graph canvas"
        aria-describedby="canvas-help"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the canvas takes arrow keys to move between neighbours.
        tabIndex={0}
        onKeyDown={(event) => onCanvasKey(event, context)}
      />
      <p id="canvas-help" class="visually-hidden">
        Arrow keys move the selection to the neighbour in that direction; Enter centres it; plus and minus zoom.
      </p>
      <HoverTooltip context={context} />
      <OverviewMap context={context} />
    </div>
  );
}
