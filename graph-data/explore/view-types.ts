// Owns the types of the explorable view state: filters, focus, sizing, colouring and layout choices (data only, no logic).

export type Direction = 'both' | 'out' | 'in';
export type Depth = 1 | 2 | 3;
export type SizeMetric = 'none' | 'degree' | 'betweenness' | 'pagerank';
export type ColorMode = 'type' | 'community';
export type LayoutName = 'fcose' | 'dagre' | 'concentric' | 'circle' | 'grid' | 'by-type';

export interface FocusSpec {
  key: string;
  depth: Depth;
  direction: Direction;
}

/** Inclusive year range. */
export type YearRange = readonly [number, number];

/** Everything that decides which elements are shown. Arrays, not Sets, so snapshots are plain immutable data. */
export interface ViewFilters {
  hiddenEntityTypes: readonly string[];
  hiddenRelationTypes: readonly string[];
  /** null: no restriction. Elements without a year or period always pass. */
  yearRange: YearRange | null;
  /** null: no restriction. Degree is counted in the whole graph, so filtering never moves the slider's scale. */
  degreeRange: readonly [number, number] | null;
  hiddenNodes: readonly string[];
  /** "Show only selected": when set, nothing outside it is shown. */
  onlyNodes: readonly string[] | null;
  focus: FocusSpec | null;
}

export interface ViewState extends ViewFilters {
  sizeBy: SizeMetric;
  colorBy: ColorMode;
  layout: LayoutName;
}

export const DEFAULT_VIEW_STATE: ViewState = {
  hiddenEntityTypes: [],
  hiddenRelationTypes: [],
  yearRange: null,
  degreeRange: null,
  hiddenNodes: [],
  onlyNodes: null,
  focus: null,
  sizeBy: 'none',
  colorBy: 'type',
  layout: 'fcose',
};

export type Selection = { kind: 'node'; key: string } | { kind: 'edge'; key: string };

export type Positions = Record<string, { x: number; y: number }>;
