// Owns the one object panels receive: the stores, the derived models and the view actions, so each panel stays a small module.
import type { ReadonlySignal, Signal } from '@preact/signals';
import type { LayoutName } from '../../graph-data/explore/view-types';
import type { GraphView } from '../canvas/graph-view';
import type { RunningLayout } from '../layout/run-layout';
import type { AppStore } from '../store/app-store';
import type { CanvasModel } from '../store/canvas-model';
import type { ExploreModel } from '../store/explore-model';
import type { ViewStore } from '../store/view-store';

export interface ExploreContext {
  app: AppStore;
  viewStore: ViewStore;
  model: ExploreModel;
  canvas: CanvasModel;
  /** The window's layout running now (at most one). */
  runningLayout: Signal<RunningLayout | null>;
  view(): GraphView | null;
  runLayout(name: LayoutName): void;
  /** Stops a running layout where it is (progressive force layouts on big graphs). */
  stopLayout(): void;
  /** True while a layout runs (the toolbar offers Stop). */
  layoutRunning: ReadonlySignal<boolean>;
}
