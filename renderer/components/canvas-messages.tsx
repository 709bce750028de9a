// Owns what is said over the canvas without resizing it: the notice and, under it, the running work with its Stop button, at the top of the canvas.
import type { ExploreContext } from '../explore/explore-context';
import type { AppStore } from '../store/app-store';
import { NoticeBanner } from './notice-banner';

/**
 * Messages float over the canvas instead of taking rows above it: a canvas that changes size is redrawn and refitted,
 * which costs about a second per change on a 10,000-entity graph, and the picture the user is looking at would jump.
 */
export function CanvasMessages({ store, context }: { store: AppStore; context: ExploreContext }) {
  const working = context.model.working.value;
  return (
    <div class="canvas-messages">
      <NoticeBanner notice={store.notice.value} dismiss={() => store.showNotice(null)} />
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
