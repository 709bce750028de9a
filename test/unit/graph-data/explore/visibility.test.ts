import { describe, expect, it } from 'vitest';
import { loadEmbeddedGraph } from '../../../../graph-data/dataset/embedded-graph';
import { egoNeighbourhood } from '../../../../graph-data/explore/ego-view';
import { formatSpan, overlapsRange, yearBounds } from '../../../../graph-data/explore/time-span';
import { DEFAULT_VIEW_STATE } from '../../../../graph-data/explore/view-types';
import { computeVisibility, countByType, maxDegree } from '../../../../graph-data/explore/visibility';
import { smallGraph } from './small-graph';

const all = (g = smallGraph()) => computeVisibility(g, DEFAULT_VIEW_STATE);

describe('computeVisibility', () => {
  it('shows everything without filters', () => {
    const v = all();
    expect(v.nodes.size).toBe(5);
    expect(v.edges.size).toBe(5);
  });

  it('hides an entity type and the relations touching it', () => {
    const v = computeVisibility(smallGraph(), { ...DEFAULT_VIEW_STATE, hiddenEntityTypes: ['alliance'] });
    expect([...v.nodes].sort()).toEqual(['b', 'c', 'e']);
    expect([...v.edges].sort()).toEqual(['bc', 'ce']);
  });

  it('hides a relation type but keeps its ends', () => {
    const v = computeVisibility(smallGraph(), { ...DEFAULT_VIEW_STATE, hiddenRelationTypes: ['undermines'] });
    expect(v.nodes.size).toBe(5);
    expect([...v.edges].sort()).toEqual(['ab', 'bc', 'ce']);
  });

  it('filters by period; timeless elements always pass', () => {
    const v = computeVisibility(smallGraph(), { ...DEFAULT_VIEW_STATE, yearRange: [1985, 1995] });
    // a (1949) goes; c (1990-93) stays; b, d, e have no year.
    expect([...v.nodes].sort()).toEqual(['b', 'c', 'd', 'e']);
    expect([...v.edges].sort()).toEqual(['bc', 'dc']);
  });

  it('filters by degree in the whole graph', () => {
    const v = computeVisibility(smallGraph(), { ...DEFAULT_VIEW_STATE, degreeRange: [3, 10] });
    expect([...v.nodes].sort()).toEqual(['b', 'c']);
  });

  it('applies hidden nodes, show-only and focus together', () => {
    const g = smallGraph();
    expect([...computeVisibility(g, { ...DEFAULT_VIEW_STATE, hiddenNodes: ['c'] }).nodes].sort()).toEqual([
      'a',
      'b',
      'd',
      'e',
    ]);
    expect([...computeVisibility(g, { ...DEFAULT_VIEW_STATE, onlyNodes: ['a', 'b'] }).edges].sort()).toEqual([
      'ab',
      'ab2',
    ]);
    const focus = computeVisibility(g, { ...DEFAULT_VIEW_STATE, focus: { key: 'c', depth: 1, direction: 'in' } });
    expect([...focus.nodes].sort()).toEqual(['b', 'c', 'd']);
  });

  it('counts visible and total per type', () => {
    const g = smallGraph();
    const counts = countByType(g, computeVisibility(g, { ...DEFAULT_VIEW_STATE, hiddenEntityTypes: ['alliance'] }));
    expect(counts.entity.get('alliance')).toEqual({ visible: 0, total: 2 });
    expect(counts.relation.get('intervened-in')).toEqual({ visible: 2, total: 3 });
    expect(maxDegree(g)).toBe(3);
  });

  it('on the embedded graph, hiding regions removes exactly the regions', () => {
    const g = loadEmbeddedGraph();
    const regions = g.filterNodes((_, a) => a.type === 'region').length;
    const v = computeVisibility(g, { ...DEFAULT_VIEW_STATE, hiddenEntityTypes: ['region'] });
    expect(v.nodes.size).toBe(g.order - regions);
  });
});

describe('egoNeighbourhood', () => {
  it('grows by depth and direction', () => {
    const g = smallGraph();
    expect([...egoNeighbourhood(g, 'b', 1, 'both')].sort()).toEqual(['a', 'b', 'c']);
    expect([...egoNeighbourhood(g, 'b', 1, 'out')].sort()).toEqual(['b', 'c']);
    expect([...egoNeighbourhood(g, 'b', 2, 'out')].sort()).toEqual(['b', 'c', 'e']);
    expect([...egoNeighbourhood(g, 'b', 2, 'both')].sort()).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect([...egoNeighbourhood(g, 'zz', 1, 'both')]).toEqual([]);
  });

  it('skips relations the caller does not follow', () => {
    const g = smallGraph();
    expect([...egoNeighbourhood(g, 'c', 1, 'in', (e) => e !== 'dc')].sort()).toEqual(['b', 'c']);
  });

  it('ECOWAS at depth 1 is ECOWAS and its neighbours', () => {
    const g = loadEmbeddedGraph();
    expect([...egoNeighbourhood(g, 'ecowas', 1, 'both')].sort()).toEqual(['ecowas', ...g.neighbors('ecowas')].sort());
  });
});

describe('time spans', () => {
  it('reads periods and years', () => {
    expect(overlapsRange({ year: 2000 }, [1990, 1999])).toBe(false);
    expect(overlapsRange({ period: { start: 1995, end: 2005 } }, [1990, 1999])).toBe(true);
    expect(overlapsRange({}, [1990, 1999])).toBe(true);
    expect(yearBounds(smallGraph())).toEqual([1949, 2011]);
    expect(formatSpan({ period: { start: 1997, end: 1999, label: 'late 1990s' } })).toBe('late 1990s (1997–1999)');
    expect(formatSpan({ year: 1949 })).toBe('1949');
  });
});
