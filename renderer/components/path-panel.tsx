// Owns the Paths tab of the right sidebar: the query bar, the form, the results and the narration of the selected path.
import '../styles/paths.css';
import type { ExploreContext } from '../explore/explore-context';
import { pathSessionFor } from '../paths/path-session';
import { PathNarration } from './path-narration';
import { PathQueryBar, PathQueryForm } from './path-query-form';
import { PathResults } from './path-results';

export function PathPanel({ context }: { context: ExploreContext }) {
  const session = pathSessionFor(context);
  return (
    <div class="path-panel">
      <h2 class="visually-hidden">Paths</h2>
      <PathQueryBar session={session} />
      <PathQueryForm context={context} session={session} />
      <PathResults context={context} session={session} />
      <PathNarration context={context} session={session} />
    </div>
  );
}
