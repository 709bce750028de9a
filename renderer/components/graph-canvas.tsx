// Owns the element Cytoscape draws into, and creating/destroying the GraphView with it.
import { useEffect, useRef } from 'preact/hooks';
import type { Theme } from '../view/graph-style';
import { GraphView } from '../view/graph-view';

export function GraphCanvas({ theme, onReady }: { theme: Theme; onReady(view: GraphView | null): void }) {
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
  return <div ref={container} class="graph-canvas" role="img" aria-label="Graph canvas" />;
}
