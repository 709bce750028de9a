// Owns the Cytoscape stylesheet: colours, shapes and line styles from element data, readable labels, light and dark themes.
import type { StylesheetJson } from 'cytoscape';

export type Theme = 'light' | 'dark';

const THEME_COLORS: Record<Theme, { text: string; textBackground: string; edgeLabel: string; selection: string }> = {
  light: { text: '#1b1d22', textBackground: '#ffffff', edgeLabel: '#40444d', selection: '#d55e00' },
  dark: { text: '#e8eaef', textBackground: '#16181d', edgeLabel: '#b8bcc6', selection: '#ffb000' },
};

/** Above this many elements the stylesheet drops what costs most per element (see `largeGraphRules`). */
export const LARGE_GRAPH_ELEMENTS = 3000;

/**
 * For big graphs: straight "haystack" edges (no per-edge bezier control points, so parallel relations overlap),
 * no edge labels and plain node labels. Cytoscape computes every element's style on the main thread at first
 * render, and these properties are the expensive ones.
 */
function largeGraphRules(): StylesheetJson {
  return [
    {
      selector: 'edge',
      style: { 'curve-style': 'haystack', 'haystack-radius': 0, label: '', 'target-arrow-shape': 'none' },
    },
    { selector: 'node', style: { 'text-wrap': 'none', 'text-background-opacity': 0, 'min-zoomed-font-size': 10 } },
  ];
}

export function buildStylesheet(theme: Theme, large = false): StylesheetJson {
  const rules = baseRules(theme);
  return large ? [...rules.slice(0, 2), ...largeGraphRules(), ...rules.slice(2)] : rules;
}

function baseRules(theme: Theme): StylesheetJson {
  const colors = THEME_COLORS[theme];
  return [
    {
      selector: 'node',
      style: {
        'background-color': 'data(fill)',
        shape: 'data(shape)' as never,
        width: 'data(size)',
        height: 'data(size)',
        label: 'data(label)',
        color: colors.text,
        'font-size': 13,
        'font-family': 'system-ui, "DejaVu Sans", sans-serif',
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': 4,
        'text-wrap': 'wrap',
        'text-max-width': '130px',
        'text-background-color': colors.textBackground,
        'text-background-opacity': 0.75,
        'text-background-padding': '1px',
        'border-width': 1.5,
        'border-color': colors.textBackground,
        'min-zoomed-font-size': 7,
      },
    },
    {
      selector: 'edge',
      style: {
        width: 1.6,
        'line-color': 'data(color)',
        'line-style': 'data(lineStyle)' as never,
        'target-arrow-color': 'data(color)',
        'target-arrow-shape': 'data(arrow)' as never,
        'arrow-scale': 0.9,
        'curve-style': 'bezier',
        'control-point-step-size': 28,
        opacity: 0.85,
        label: 'data(label)',
        'font-size': 10,
        color: colors.edgeLabel,
        'text-rotation': 'autorotate',
        'text-background-color': colors.textBackground,
        'text-background-opacity': 0.8,
        // Edge labels appear only when zoomed in enough to read them.
        'min-zoomed-font-size': 11,
      },
    },
    // Separate node and edge rules: `width` on a node is its size, so a shared rule squashed selected nodes.
    { selector: 'node:selected', style: { 'border-color': colors.selection, 'border-width': 4 } },
    {
      selector: 'edge:selected',
      style: { 'line-color': colors.selection, 'target-arrow-color': colors.selection, width: 3.5 },
    },
    // Polarity reads at a glance: adversarial relations are thicker with a bar at the target, supportive ones plain.
    { selector: 'edge[polarity = "adversarial"]', style: { width: 2.4, 'target-arrow-shape': 'tee' } },
    { selector: 'edge[polarity = "supportive"]', style: { width: 2 } },
    // Filters hide by style bypass (graph-view.ts); this class stays for other panels (the path view's "show only").
    { selector: '.hidden', style: { display: 'none' } },
    { selector: '.faded', style: { opacity: 0.18 } },
    { selector: 'edge.faded', style: { opacity: 0.08, 'text-opacity': 0 } },
    {
      selector: 'node.highlighted',
      style: { 'border-color': colors.selection, 'border-width': 5, opacity: 1, 'z-index': 10, 'font-weight': 'bold' },
    },
    { selector: 'edge.highlighted', style: { width: 3, opacity: 1, 'z-index': 10 } },
    { selector: 'node.neighbour', style: { opacity: 1 } },
  ];
}
