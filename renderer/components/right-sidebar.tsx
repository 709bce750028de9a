// Owns the right sidebar: a tab list of panels (details, table); later panels (paths, exports) plug in by adding a tab here.
import { useState } from 'preact/hooks';
import type { ExploreContext } from '../explore/explore-context';
import { DetailsPanel } from './details-panel';
import { MetricsTable } from './metrics-table';
import { PathPanel } from './path-panel';

export interface SidebarTab {
  id: string;
  label: string;
  render(context: ExploreContext): preact.ComponentChildren;
}

export const RIGHT_TABS: SidebarTab[] = [
  { id: 'details', label: 'Details', render: (context) => <DetailsPanel context={context} /> },
  { id: 'table', label: 'Table', render: (context) => <MetricsTable context={context} /> },
  { id: 'paths', label: 'Paths', render: (context) => <PathPanel context={context} /> },
];

export function RightSidebar({ context, tabs = RIGHT_TABS }: { context: ExploreContext; tabs?: SidebarTab[] }) {
  const [active, setActive] = useState(tabs[0]?.id ?? '');
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const i = tabs.findIndex((t) => t.id === active);
    const next = tabs[(i + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length];
    if (next) {
      setActive(next.id);
      document.getElementById(`tab-${next.id}`)?.focus();
    }
  };
  return (
    <aside class="sidebar sidebar-right" aria-label="Details and analysis">
      <div role="tablist" aria-label="Side panels" class="tabs" onKeyDown={onKeyDown}>
        {tabs.map((t) => (
          <button
            key={t.id}
            id={`tab-${t.id}`}
            type="button"
            role="tab"
            aria-selected={t.id === current?.id}
            aria-controls={`tabpanel-${t.id}`}
            tabIndex={t.id === current?.id ? 0 : -1}
            onClick={() => setActive(t.id)}
          >
            {t.label}
          </button>
        ))}
      </div>
      {current && (
        <section id={`tabpanel-${current.id}`} role="tabpanel" aria-labelledby={`tab-${current.id}`} class="tabpanel">
          {current.render(context)}
        </section>
      )}
    </aside>
  );
}
