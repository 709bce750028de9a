// Owns the left sidebar: search, filters and legend, stacked; later panels plug in by adding to the list.
import type { ExploreContext } from '../explore/explore-context';
import { FilterPanel } from './filter-panel';
import { LegendPanel } from './legend-panel';
import { SearchPanel } from './search-panel';

export function LeftSidebar({ context }: { context: ExploreContext }) {
  return (
    <aside class="sidebar sidebar-left" aria-label="Search and filters">
      <SearchPanel context={context} />
      <FilterPanel context={context} />
      <LegendPanel context={context} />
    </aside>
  );
}
