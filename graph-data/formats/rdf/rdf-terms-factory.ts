// Owns the data factory the readers give their parsers: n3's terms with blank node names that are stable for a file (labels kept, anonymous nodes b0, b1… that never clash with a label).
import type { BlankNode, Quad, DataFactory as RdfDataFactory } from '@rdfjs/types';
import { DataFactory } from 'n3';

/**
 * Parsers name anonymous blank nodes from process-wide counters (`n3-57`, `df_3_12`), so the same file read twice
 * would get different keys. This factory keeps a file's own labels and names anonymous nodes `b0`, `b1`…, renaming
 * a later label that happens to equal a generated name, so reading a file always gives the same keys.
 */
export function createStableFactory(): RdfDataFactory<Quad> {
  const byLabel = new Map<string, string>();
  const used = new Set<string>();
  let next = 0;
  const fresh = (): string => {
    let name: string;
    do name = `b${next++}`;
    while (used.has(name));
    used.add(name);
    return name;
  };
  const blankNode = (label?: string): BlankNode => {
    if (label === undefined || label === '') return DataFactory.blankNode(fresh());
    let name = byLabel.get(label);
    if (name === undefined) {
      name = used.has(label) ? fresh() : label;
      used.add(name);
      byLabel.set(label, name);
    }
    return DataFactory.blankNode(name);
  };
  return { ...DataFactory, blankNode } as unknown as RdfDataFactory<Quad>;
}
