// Owns the legend swatch outlines for the ontology's node shapes, as polygons in a unit square (or an ellipse), for both the SVG and the canvas legend.

export type SwatchOutline = { kind: 'ellipse' } | { kind: 'polygon'; points: [number, number][] };

function regular(sides: number, rotation = -Math.PI / 2): [number, number][] {
  return Array.from({ length: sides }, (_, i) => {
    const a = rotation + (i * 2 * Math.PI) / sides;
    return [0.5 + 0.5 * Math.cos(a), 0.5 + 0.5 * Math.sin(a)] as [number, number];
  });
}

function star(): [number, number][] {
  return Array.from({ length: 10 }, (_, i) => {
    const a = -Math.PI / 2 + (i * Math.PI) / 5;
    const r = i % 2 === 0 ? 0.5 : 0.2;
    return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)] as [number, number];
  });
}

const OUTLINES: Record<string, [number, number][]> = {
  rectangle: [
    [0, 0],
    [1, 0],
    [1, 1],
    [0, 1],
  ],
  'round-rectangle': [
    [0.15, 0],
    [0.85, 0],
    [1, 0.15],
    [1, 0.85],
    [0.85, 1],
    [0.15, 1],
    [0, 0.85],
    [0, 0.15],
  ],
  barrel: [
    [0.1, 0],
    [0.9, 0],
    [1, 0.2],
    [1, 0.8],
    [0.9, 1],
    [0.1, 1],
    [0, 0.8],
    [0, 0.2],
  ],
  triangle: [
    [0.5, 0],
    [1, 1],
    [0, 1],
  ],
  diamond: [
    [0.5, 0],
    [1, 0.5],
    [0.5, 1],
    [0, 0.5],
  ],
  pentagon: regular(5),
  hexagon: regular(6, 0),
  octagon: regular(8, Math.PI / 8),
  star: star(),
  vee: [
    [0, 0],
    [0.5, 0.4],
    [1, 0],
    [0.5, 1],
  ],
  rhomboid: [
    [0.3, 0],
    [1, 0],
    [0.7, 1],
    [0, 1],
  ],
  tag: [
    [0, 0],
    [0.75, 0],
    [1, 0.5],
    [0.75, 1],
    [0, 1],
  ],
};

export function swatchOutline(shape: string): SwatchOutline {
  const points = OUTLINES[shape];
  return points ? { kind: 'polygon', points } : { kind: 'ellipse' };
}

/** Dash pattern (in page units) for a relation line style, as Cytoscape draws it. */
export function dashFor(lineStyle: string): number[] {
  if (lineStyle === 'dashed') return [6, 3];
  if (lineStyle === 'dotted') return [1.5, 3];
  return [];
}
