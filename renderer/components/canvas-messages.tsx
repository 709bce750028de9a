// Owns what is said over the canvas without resizing it: the notice and, under it, the running work with its Stop button, at the top of the canvas.
import type { ExploreContext } from '../explore/explore-context';
import type { AppStore } from '../store/app-store';
import { NoticeBanner } from './notice-banner';

/**
 * Messages float over the canvas instead of taking rows above it: a canvas that changes size is redrawn and refitted,
 * which costs about a second per change on a 10,000-entity graph, and the picture the user is looking at would jump.
 */
/** What a graph drawn as regions shows (regions.ts), and the way back from opened regions. */
function RegionSummary({ context }: { context: ExploreContext }) {
  const regions = context.canvas.regions.value;
  const expanded = context.viewStore.expandedRegions.value;
  if (!regions?.plan.aggregated) return null;
  const { plan } = regions;
  const counted = plan.regions.reduce((sum, region) => sum + region.count, 0);
  const omitted =
    plan.linksOmitted > 0
      ? ` The ${plan.links.length.toLocaleString('en')} strongest links between regions are drawn; ${plan.linksOmitted.toLocaleString('en')} weaker ones are not.`
      : '';
  return (
    <div class="canvas-activity region-summary">
      <span role="status" aria-label="Regions">
        {`${counted.toLocaleString('en')} entities drawn as ${plan.regions.length.toLocaleString('en')} regions, ${plan.entities.size.toLocaleString('en')} as themselves. Click a region to draw its entities.${omitted}`}
      </span>
      {expanded.size > 0 && (
        <button
          type="button"
          title="Count the entities of every opened region in it again"
          onClick={() => context.viewStore.collapseRegions()}
        >
          Close regions
        </button>
      )}
    </div>
  );
}

export function CanvasMessages({ store, context }: { store: AppStore; context: ExploreContext }) {
  const working = context.model.working.value;
  return (
    <div class="canvas-messages">
      <NoticeBanner notice={store.notice.value} dismiss={() => store.showNotice(null)} />
      <RegionSummary context={context} />
      {(working || context.layoutRunning.value) && (
        <div class="canvas-activity">
          {working && (
            <span class="working" role="status">
              {working}
            </span>
          )}
          {context.layoutRunning.value && (
            <button
              type="button"
              aria-label="Stop layout"
              title="Stop the layout where it is"
              onClick={context.stopLayout}
            >
              Stop
            </button>
          )}
        </div>
      )}
    </div>
  );
}
