// Owns the Cytoscape stylesheets: colours, shapes and line styles from element data, emphasis classes, light and dark themes, at two levels of detail. Labels are not Cytoscape's: the label layer places and draws them.
import type { StylesheetJson } from 'cytoscape';
import type { StyleLevel } from './level-of-detail';

export type Theme = 'light' | 'dark';

export const THEME_COLORS: Record<Theme, { text: string; muted: string; background: string; selection: string }> = {
  light: { text: '#1b1d22', muted: '#40444d', background: '#ffffff', selection: '#d55e00' },
  dark: { text: '#e8eaef', muted: '#b8bcc6', background: '#16181d', selection: '#ffb000' },
};

/** Label text, relation-label text and the halo (the theme's background) for a theme. */
export function labelColorsFor(theme: Theme): { text: string; muted: string; halo: string } {
  const colors = THEME_COLORS[theme];
  return { text: colors.text, muted: colors.muted, halo: colors.background };
}

/** Default entity diameter in model units (metric sizing and dense files change it per entity). */
export const DEFAULT_NODE_SIZE = 30;

/** The detailed look: type shapes, bordered bodies, curved parallel relations with arrows and line styles. */
function detailRules(theme: Theme, stroke: number): StylesheetJson {
  const colors = THEME_COLORS[theme];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(fill)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        'border-width': 1.5 * stroke,
        'border-color': colors.background,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6 * stroke,
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)' as never,
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'control-point-step-size': 28 * stroke,
        opacity: 0.85,
      },
    },
    // Polarity reads at a glance: adversarial relations are thicker with a bar at the target, supportive ones plain.
    { selector: 'edge[polarity = "adversarial"]', style: { width: 2.4 * stroke, 'target-arrow-shape': 'tee' } },
    { selector: 'edge[polarity = "supportive"]', style: { width: 2 * stroke } },
  ];
}

/** The opacity of relations in the plain stylesheet (the bulk raster draws them with it too). */
export const PLAIN_EDGE_OPACITY = 0.7;

/**
 * What plain Cytoscape draws, for big graphs: round bodies without borders, straight haystack edges (no per-edge
 * control points) without arrows. Colour stays, so types still read.
 */
function plainRules(stroke: number): StylesheetJson {
  return [
    {
      selector: 'node',
      style: { 'background-color': 'data(fill)', width: 'data(size)', height: 'data(size)' },
    },
    {
      selector: 'edge',
      style: {
        width: stroke,
        'line-color': 'data(color)',
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: PLAIN_EDGE_OPACITY,
      },
    },
  ];
}

function emphasisRules(theme: Theme, stroke: number): StylesheetJson {
  const colors = THEME_COLORS[theme];
  return [
    // Separate node and edge rules: `width` on a node is its size, so a shared rule squashed selected nodes.
    { selector: 'node:selected', style: { 'border-color': colors.selection, 'border-width': 4 * stroke } },
    {
      selector: 'edge:selected',
      style: { 'line-color': colors.selection, 'target-arrow-color': colors.selection, width: 3.5 * stroke },
    },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.08 } },
    {
      selector: 'node.highlighted',
      style: { 'border-color': colors.selection, 'border-width': 5 * stroke, opacity: 1, 'z-index': 10 },
    },
    { selector: 'edge.highlighted', style: { width: 3 * stroke, opacity: 1, 'z-index': 10 } },
    { selector: 'node.neighbour', style: { opacity: 1 } },
  ];
}

/** Classes of the aggregated view's elements (regions.ts): a region of entities, and the relations counted between two. */
export const REGION_CLASS = 'atlas-region';
export const REGION_LINK_CLASS = 'atlas-region-link';

/**
 * Regions are translucent discs ringed in their main type's colour, so the relations and the entities drawn as
 * themselves read through and over them; links widen with the relations they count (1 to 40 and more), fainter
 * than relations: zoomed in among opened regions, they are the relations to elsewhere, not the picture.
 */
function regionRules(theme: Theme, stroke: number): StylesheetJson {
  const colors = THEME_COLORS[theme];
  return [
    {
      selector: `node.${REGION_CLASS}`,
      style: { 'background-opacity': 0.45, 'border-width': 2 * stroke, 'border-color': 'data(fill)' },
    },
    {
      selector: `edge.${REGION_LINK_CLASS}`,
      style: {
        width: `mapData(count, 1, 40, ${0.5 * stroke}, ${3 * stroke})` as never,
        'line-color': colors.muted,
        'curve-style': 'haystack',
        'haystack-radius': 0,
        opacity: 0.25,
      },
    },
  ];
}

/** The class the canvas writer gives elements it hides; its rule comes last, so no other rule can show them. */
export const HIDDEN_CLASS = 'atlas-hidden';

/**
 * Strokes (relation widths, borders, the spacing of parallel relations) are model units, which Cytoscape scales with
 * the zoom. A file whose coordinates span thousands of units fits the window at a zoom where a 1-unit relation is a
 * tenth of a pixel: the 4,941-entity power-grid GEXF showed none of its 6,594 relations. Strokes are widened so that
 * they are at least this many pixels wide at the fit zoom; a graph that fits at this zoom or closer keeps them as set.
 */
export const STROKE_PX_AT_FIT = 0.6;

/** How much strokes are widened for positions that fit the window at `fitZoom` (1: not at all). */
export function strokeScaleFor(fitZoom: number): number {
  return fitZoom > 0 && Number.isFinite(fitZoom) ? Math.max(1, STROKE_PX_AT_FIT / fitZoom) : 1;
}

/**
 * `linkScale`: the stroke scale of links between regions, which are seen at the fit zoom, while a graph drawn as
 * regions shows its relations only zoomed in, where its strokes are fitted (graph-view.ts).
 */
export function buildStylesheet(
  theme: Theme,
  level: StyleLevel = 'detail',
  strokeScale = 1,
  linkScale = strokeScale,
): StylesheetJson {
  return [
    ...(level === 'detail' ? detailRules(theme, strokeScale) : plainRules(strokeScale)),
    ...regionRules(theme, linkScale),
    ...emphasisRules(theme, strokeScale),
    { selector: `.${HIDDEN_CLASS}`, style: { display: 'none' } },
  ];
}
