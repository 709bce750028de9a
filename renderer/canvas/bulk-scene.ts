// Owns the bulk picture of a big graph: its entities and relations packed in typed arrays, and drawing them as the plain stylesheet does (round bodies, straight relations) on any 2D context, culled to the view.

/**
 * What the bulk raster draws (bulk-raster.ts sends it to its worker): plain data, so it crosses to a worker without
 * any Cytoscape object. Indices into `palette` keep colours to two bytes an element and let the drawing batch one
 * path per colour.
 */
export interface BulkScene {
  /** Per entity: x, y (model units) and radius. */
  nodes: Float32Array;
  nodeColor: Uint16Array;
  /** Per relation: its source's and its target's index among the entities. */
  edges: Uint32Array;
  edgeColor: Uint16Array;
  palette: string[];
  /** Relation width, model units (the stylesheet's plain stroke). */
  edgeWidth: number;
  edgeOpacity: number;
}

/** Which entities and relations are shown (1) or hidden (0), by index. */
export interface BulkShown {
  nodes: Uint8Array;
  edges: Uint8Array;
}

/** The viewport a picture is drawn for: Cytoscape's pan and zoom, the canvas size (CSS pixels) and pixel ratio. */
export interface BulkView {
  panX: number;
  panY: number;
  zoom: number;
  width: number;
  height: number;
  pixelRatio: number;
}

/** The slice of CanvasRenderingContext2D the drawing uses (a worker's OffscreenCanvas context, or a test's fake). */
export interface BulkContext {
  globalAlpha: number;
  lineWidth: number;
  strokeStyle: string | CanvasGradient | CanvasPattern;
  fillStyle: string | CanvasGradient | CanvasPattern;
  lineCap: CanvasLineCap;
  beginPath(): void;
  moveTo(x: number, y: number): void;
  lineTo(x: number, y: number): void;
  arc(x: number, y: number, radius: number, startAngle: number, endAngle: number): void;
  rect(x: number, y: number, w: number, h: number): void;
  stroke(): void;
  fill(): void;
  clearRect(x: number, y: number, w: number, h: number): void;
}

/** Element indices sorted by colour (a counting sort), and where each colour's run starts. */
export interface ColorGroups {
  order: Uint32Array;
  starts: Uint32Array;
}

/** A scene with its colour groups, computed once per scene rather than per picture. */
export interface PreparedScene {
  scene: BulkScene;
  nodeGroups: ColorGroups;
  edgeGroups: ColorGroups;
}

/** Colours to palette indices, first come first numbered. */
export class ColorIndex {
  readonly palette: string[] = [];
  private readonly indices = new Map<string, number>();

  indexOf(color: string): number {
    let index = this.indices.get(color);
    if (index === undefined) {
      index = this.palette.length;
      this.palette.push(color);
      this.indices.set(color, index);
    }
    return index;
  }
}

export function groupByColor(colors: Uint16Array, paletteSize: number): ColorGroups {
  const starts = new Uint32Array(paletteSize + 1);
  for (const color of colors) starts[color + 1] = (starts[color + 1] ?? 0) + 1;
  for (let c = 0; c < paletteSize; c++) starts[c + 1] = (starts[c + 1] ?? 0) + (starts[c] ?? 0);
  const next = starts.slice(0, paletteSize);
  const order = new Uint32Array(colors.length);
  for (let i = 0; i < colors.length; i++) {
    const color = colors[i] as number;
    order[next[color] as number] = i;
    next[color] = (next[color] as number) + 1;
  }
  return { order, starts };
}

export function prepareScene(scene: BulkScene): PreparedScene {
  return {
    scene,
    nodeGroups: groupByColor(scene.nodeColor, scene.palette.length),
    edgeGroups: groupByColor(scene.edgeColor, scene.palette.length),
  };
}

/** Bodies smaller than this (device pixels) are drawn as squares: at that size they look the same, and cost less. */
const ROUND_MIN_RADIUS_PX = 1.5;

/**
 * Draws the shown relations, then the shown entities, over a cleared canvas of `view.width × view.height` CSS pixels
 * at `view.pixelRatio`. One path per colour: a relation under another of its colour does not darken it as Cytoscape's
 * per-element drawing would, which is the price of drawing 60,000 relations in tens of milliseconds. Returns how many
 * of each were inside the view and drawn.
 */
export function drawBulk(
  ctx: BulkContext,
  prepared: PreparedScene,
  shown: BulkShown,
  view: BulkView,
): { nodes: number; edges: number } {
  const { scene } = prepared;
  const ratio = view.pixelRatio;
  const scale = view.zoom * ratio;
  const offsetX = view.panX * ratio;
  const offsetY = view.panY * ratio;
  const width = view.width * ratio;
  const height = view.height * ratio;
  ctx.clearRect(0, 0, width, height);
  const xs = scene.nodes;
  ctx.globalAlpha = scene.edgeOpacity;
  ctx.lineWidth = scene.edgeWidth * scale;
  ctx.lineCap = 'butt';
  const margin = ctx.lineWidth;
  let x1 = 0;
  let y1 = 0;
  let x2 = 0;
  let y2 = 0;
  const edgesDrawn = drawByColor(ctx, prepared.edgeGroups, shown.edges, scene.palette, 'stroke', {
    inView: (i) => {
      const s = (scene.edges[2 * i] as number) * 3;
      const t = (scene.edges[2 * i + 1] as number) * 3;
      x1 = (xs[s] as number) * scale + offsetX;
      y1 = (xs[s + 1] as number) * scale + offsetY;
      x2 = (xs[t] as number) * scale + offsetX;
      y2 = (xs[t + 1] as number) * scale + offsetY;
      // A segment whose bounding box misses the canvas cannot cross it.
      if (Math.max(x1, x2) < -margin || Math.min(x1, x2) > width + margin) return false;
      return !(Math.max(y1, y2) < -margin || Math.min(y1, y2) > height + margin);
    },
    add: () => {
      ctx.moveTo(x1, y1);
      ctx.lineTo(x2, y2);
    },
  });
  ctx.globalAlpha = 1;
  let x = 0;
  let y = 0;
  let r = 0;
  const nodesDrawn = drawByColor(ctx, prepared.nodeGroups, shown.nodes, scene.palette, 'fill', {
    inView: (i) => {
      x = (xs[3 * i] as number) * scale + offsetX;
      y = (xs[3 * i + 1] as number) * scale + offsetY;
      r = (xs[3 * i + 2] as number) * scale;
      return !(x + r < 0 || x - r > width || y + r < 0 || y - r > height);
    },
    add: () => {
      if (r < ROUND_MIN_RADIUS_PX) {
        ctx.rect(x - r, y - r, 2 * r, 2 * r);
      } else {
        ctx.moveTo(x + r, y);
        ctx.arc(x, y, r, 0, 2 * Math.PI);
      }
    },
  });
  return { nodes: nodesDrawn, edges: edgesDrawn };
}

/**
 * One path per colour of the shown elements in view: `inView` places element i (and says whether it is in view),
 * `add` adds the element just placed to the path. A colour with nothing in view opens no path. Returns how many
 * were added.
 */
function drawByColor(
  ctx: BulkContext,
  groups: ColorGroups,
  shown: Uint8Array,
  palette: readonly string[],
  paint: 'stroke' | 'fill',
  element: { inView: (i: number) => boolean; add: () => void },
): number {
  let drawn = 0;
  for (let color = 0; color < palette.length; color++) {
    const from = groups.starts[color] as number;
    const to = groups.starts[color + 1] as number;
    let begun = false;
    for (let k = from; k < to; k++) {
      const i = groups.order[k] as number;
      if (shown[i] !== 1 || !element.inView(i)) continue;
      if (!begun) {
        if (paint === 'stroke') ctx.strokeStyle = palette[color] as string;
        else ctx.fillStyle = palette[color] as string;
        ctx.beginPath();
        begun = true;
      }
      element.add();
      drawn++;
    }
    if (!begun) continue;
    if (paint === 'stroke') ctx.stroke();
    else ctx.fill();
  }
  return drawn;
}

/**
 * Where a picture drawn for `drawn` lands on a canvas showing `current`: the offset and scale (CSS pixels) that map
 * one onto the other, so a pan or zoom moves the last picture at once while the next one is drawn.
 */
export function placePicture(drawn: BulkView, current: BulkView): { x: number; y: number; scale: number } {
  const scale = current.zoom / drawn.zoom;
  return { x: current.panX - drawn.panX * scale, y: current.panY - drawn.panY * scale, scale };
}
