// Owns SVG export: the graph through cytoscape-svg plus the placed labels as text, composed with background, title, legend and caption; a drawing with no shapes is an error.
import { labelColorsFor, type Theme } from '../canvas/canvas-style';
import type { GraphView } from '../canvas/graph-view';
import { BlankExportError } from './blank-check';
import { composeSvg } from './decor-svg';
import type { ExportOptions } from './export-options';
import { type PreparedExport, withTheme } from './export-page';
import { graphSvg, labelsSvg, svgOrigin } from './graph-render';

export function exportSvg(
  view: GraphView,
  prepared: PreparedExport,
  options: ExportOptions,
  currentTheme: Theme,
): string {
  const graph = withTheme(view, prepared.theme, currentTheme, () =>
    view.withEveryElement(() => graphSvg(view.cy, options.scope)),
  );
  if (!/<(path|text|rect|circle|polygon|ellipse|line)\b/.test(graph)) throw new BlankExportError('SVG drawing');
  return composeSvg({
    layout: prepared.layout,
    graphSvg: graph,
    graphOffset: svgOrigin(view.cy, options.scope, prepared.frame),
    labelsSvg: labelsSvg(prepared.labels, labelColorsFor(prepared.theme)),
    background: prepared.background,
    scale: prepared.scale,
    title: options.title,
  });
}
