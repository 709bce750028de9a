// Declares the three internal modules of graphology-layout-forceatlas2 the streaming layout uses (the package ships no types for them).
declare module 'graphology-layout-forceatlas2/helpers.js' {
  import type Graph from 'graphology';
  const helpers: {
    graphToByteArrays(
      graph: Graph,
      getEdgeWeight: (edge: string, attributes: unknown) => number,
    ): { nodes: Float32Array; edges: Float32Array };
  };
  export default helpers;
}

declare module 'graphology-layout-forceatlas2/iterate.js' {
  export default function iterate(
    settings: Record<string, unknown>,
    nodeMatrix: Float32Array,
    edgeMatrix: Float32Array,
  ): unknown;
}

declare module 'graphology-layout-forceatlas2/defaults.js' {
  const defaults: Record<string, unknown>;
  export default defaults;
}
