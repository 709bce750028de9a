// Owns bringing an element's style, and the rendered state Cytoscape derives from it, up to date ahead of a frame, and telling Cytoscape's renderer which entities' relations are measured already.
import type { SingularElementArgument } from 'cytoscape';

/**
 * Brings an element's style up to date (`numericStyle` applies the stylesheet), then the two states Cytoscape derives
 * from it and caches until it changes: whether it is drawn (`visible`) and can be clicked (`interactive`). Its frame
 * otherwise asks for both the first time it draws an element: about 0.13 s of the first frame after opening 10k/20k
 * in a CPU profile.
 */
export function styleElement(element: SingularElementArgument): void {
  element.numericStyle('width');
  element.visible();
  // A collection method of Cytoscape 3.x (documented as `eles.interactive()`) that its type definitions lack.
  (element as unknown as { interactive(): boolean }).interactive();
}

/** The parts of Cytoscape 3.35's per-element private state that markRelationsMeasured reads and writes. */
interface RenderedState {
  _private: { group: string; edges?: RenderedState[]; rstyle: { clean?: boolean; cleanConnected?: boolean } };
  pstyle(name: string): { value: unknown };
}

/**
 * After the slices have measured every queued entity and then its relations: tells Cytoscape's renderer that these
 * entities' relations are up to date. Its frame otherwise re-measures every relation of an entity it has not seen
 * since it changed (the `cleanConnected` flag, which only the frame sets), although the slices just did: at 30k/60k
 * that was 0.7 s of the first frame after opening, in a CPU profile, half of it haystack end points. Cytoscape has no
 * public way to say so: this writes that flag, only for entities whose shown relations are all measured (hidden ones
 * are never measured, and are measured when shown). Returns how many elements stay stale for the next frame; the
 * browser suite checks that a big file opens with none.
 */
export function markRelationsMeasured(queue: readonly SingularElementArgument[]): number {
  const measured = (element: RenderedState) =>
    element._private.rstyle.clean === true || element.pstyle('display').value === 'none';
  let stale = 0;
  for (const element of queue as unknown as RenderedState[]) {
    const own = element._private;
    if (own.group === 'nodes' && !own.rstyle.cleanConnected && (own.edges ?? []).every(measured)) {
      own.rstyle.cleanConnected = true;
    }
    if (!measured(element) || (own.group === 'nodes' && !own.rstyle.cleanConnected)) stale++;
  }
  return stale;
}
