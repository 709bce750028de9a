// Owns the element Cytoscape draws into, creating/destroying the GraphView with it, and the canvas's own keys (arrows move between neighbours).
import type cytoscape from 'cytoscape';
import { useEffect, useRef } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import { type ArrowDirection, neighbourInDirection } from '../../graph-data/explore/neighbour-step';
import { graphKeyOf, isRegionElement, nodeElementId } from '../canvas/element-ids';
import type { Theme } from '../canvas/canvas-style';
import { type CanvasCarry, GraphView, isHidden } from '../canvas/graph-view';
import { chooseRenderer, rendererSetting } from '../canvas/renderer-choice';
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
    const origin = selection?.kind === 'node' ? cy.getElementById(nodeElementId(selection.key)) : null;
    if (!origin || origin.empty() || isHidden(origin)) {
      const centre = { x: cy.width() / 2, y: cy.height() / 2 };
      let best: { id: string; d: number } | null = null;
      cy.nodes().forEach((n) => {
        if (isHidden(n) || isRegionElement(n)) return;
        const p = n.renderedPosition();
        const d = Math.hypot(p.x - centre.x, p.y - centre.y);
        if (!best || d < best.d) best = { id: graphKeyOf(n), d };
      });
      const nearest = best as { id: string } | null;
      if (nearest) viewStore.select({ kind: 'node', key: nearest.id }, true);
      return;
    }
    const place = (n: cytoscape.NodeSingular) => ({ id: graphKeyOf(n), ...n.renderedPosition() });
    const neighbours = origin
      .neighborhood('node')
      .filter((n) => !isHidden(n) && !isRegionElement(n))
      .map((n) => place(n as cytoscape.NodeSingular));
    const next = neighbourInDirection(place(origin as cytoscape.NodeSingular), neighbours, arrow);
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
  const currentTheme = useRef(theme);
  currentTheme.current = theme;
  const carry = useRef<CanvasCarry | null>(null);
  const setting = rendererSetting.value;
  // A renderer switch replaces the canvas: the new one takes over the document, positions and viewport.
  useEffect(() => {
    if (!container.current) return;
    const view = new GraphView(container.current, {
      theme: currentTheme.current,
      renderer: chooseRenderer(setting),
      carry: carry.current,
    });
    onReady(view);
    return () => {
      carry.current = view.snapshot();
      onReady(null);
      view.destroy();
    };
  }, [onReady, setting]);
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
