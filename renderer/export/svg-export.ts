// Owns SVG export: the graph through cytoscape-svg, composed with background, title, legend and caption; a drawing with no shapes is an error.
import type { Core } from 'cytoscape';
import type { Theme } from '../view/graph-style';
import { BlankExportError } from './blank-check';
import { composeSvg } from './decor-svg';
import type { ExportOptions } from './export-options';
import { type PreparedExport, withTheme } from './export-page';
import { graphSvg, svgOrigin } from './graph-render';

export function exportSvg(cy: Core, prepared: PreparedExport, options: ExportOptions, currentTheme: Theme): string {
  const graph = withTheme(cy, prepared.theme, currentTheme, () => graphSvg(cy, options.scope, prepared.scale));
  if (!/<(path|text|rect|circle|polygon|ellipse|line)\b/.test(graph)) throw new BlankExportError('SVG drawing');
  return composeSvg({
    layout: prepared.layout,
    graphSvg: graph,
    graphOffset: svgOrigin(cy, options.scope),
    background: prepared.background,
    scale: prepared.scale,
    title: options.title,
  });
}
