// Owns the one object panels receive: the stores, the derived model and the view actions, so each panel stays a small module.
import type { AppStore } from '../store/app-store';
import type { ExploreModel } from '../store/explore-model';
import type { ViewStore } from '../store/view-store';
import type { GraphView } from '../view/graph-view';
import type { LayoutName } from '../../graph-data/explore/view-types';

export interface ExploreContext {
  app: AppStore;
  viewStore: ViewStore;
  model: ExploreModel;
  view(): GraphView | null;
  runLayout(name: LayoutName): void;
}
