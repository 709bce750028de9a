// Checks the results model: final order equals findPaths, badge texts, progress text and export file names.
import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { defaultPathQuery, findPaths, type GraphPath, streamPaths } from '../../../../graph-data/paths';
import {
  evidenceText,
  exportFileName,
  finalOrder,
  hopsText,
  progressText,
  resultFromStop,
} from '../../../../renderer/paths/path-results-model';

const graph = loadEmbeddedGraph();

describe('path results model', () => {
  it('orders streamed `all` paths like findPaths, and leaves other modes as streamed', () => {
    const all = {
      ...defaultPathQuery('ECOWAS', 'Kosovo'),
      mode: 'all' as const,
      direction: 'any' as const,
      maxHops: 5,
    };
    const streamed: GraphPath[] = [...streamPaths(graph, all)];
    expect(finalOrder(all, streamed)).toEqual(findPaths(graph, all).paths);
    const k = { ...defaultPathQuery('NATO', 'Somalia'), mode: 'k-shortest' as const, k: 3 };
    const kStreamed = [...streamPaths(graph, k)];
    expect(finalOrder(k, kStreamed)).toBe(kStreamed);
  });

  it('names the ends of a stopped run on the main thread', () => {
    const query = defaultPathQuery('ECOWAS', 'Liberia');
    const result = resultFromStop(graph, query, [], 'cancelled', 12);
    expect(result).toMatchObject({ from: { label: 'ECOWAS' }, to: { label: 'Liberia' }, truncated: 'cancelled' });
  });

  it('writes badges and progress as text', () => {
    expect(hopsText(1)).toBe('1 hop');
    expect(hopsText(3)).toBe('3 hops');
    expect(evidenceText({ stated: 2, implied: 0, unspecified: 0, predicted: 0 })).toBe('2 stated');
    expect(evidenceText({ stated: 1, implied: 1, unspecified: 1, predicted: 0 })).toBe(
      '1 stated · 1 implied · 1 unsourced',
    );
    expect(evidenceText({ stated: 1, implied: 2, unspecified: 0, predicted: 2 })).toBe(
      '1 stated · 2 implied · 2 predicted',
    );
    expect(evidenceText({ stated: 0, implied: 0, unspecified: 0, predicted: 0 })).toBe('no hops');
    expect(progressText(1, 250)).toBe('1 path found · 0.3 s');
    expect(progressText(12, 1500)).toBe('12 paths found · 1.5 s');
  });

  it('makes safe export file names', () => {
    const result = findPaths(graph, defaultPathQuery('Responsibility to Protect', 'Kosovo'));
    expect(exportFileName(result, 'md')).toBe('paths-responsibility-to-protect-to-kosovo.md');
    expect(exportFileName({ ...result, from: { ...result.from, label: '../«»' } }, 'csv')).toBe(
      'paths-entity-to-kosovo.csv',
    );
  });
});
