// Narration (arrows, provenance, polarity, evidence) and the Markdown/CSV/JSON exports.
import { describe, expect, it } from 'vitest';
import {
  csvCell,
  defaultPathQuery,
  describeEvidence,
  findPaths,
  formatPathResultsCsv,
  formatPathResultsMarkdown,
  narratePath,
  pathPolarity,
  pathResultsToJson,
} from '../../../../graph-data/paths';
import { makeGraph } from './path-test-graphs';

function westAfrica() {
  return makeGraph(
    [
      { id: 'ecowas', label: 'ECOWAS' },
      { id: 'ecomog', label: 'ECOMOG' },
      { id: 'liberia', label: 'Liberia' },
      { id: 'au', label: 'African Union' },
      { id: 'rebels', label: '=HYPERLINK("http://x")' },
    ],
    [
      {
        key: 'd1',
        source: 'ecowas',
        target: 'ecomog',
        type: 'deployed',
        description: 'ECOWAS set up its monitoring group',
        provenance: ['s2'],
        confidence: 'stated',
      },
      {
        key: 'i1',
        source: 'ecomog',
        target: 'liberia',
        type: 'intervened-in',
        description: '-1 cell, "quoted", comma',
        provenance: ['s2', 'unknown-section'],
        confidence: 'implied',
      },
      { key: 'c1', source: 'au', target: 'ecowas', type: 'complements', provenance: ['s1'] },
      { key: 'u1', source: 'rebels', target: 'liberia', type: 'undermines', description: '@SUM(1)' },
    ],
    [
      { id: 'deployed', polarity: 'neutral' },
      { id: 'intervened-in', polarity: 'supportive' },
      { id: 'complements', polarity: 'supportive', symmetric: true },
      { id: 'undermines', polarity: 'adversarial' },
    ],
  );
}

describe('narratePath', () => {
  it('chains hops with the real edge direction, descriptions, provenance titles and evidence', () => {
    const graph = westAfrica();
    const story = narratePath(graph, { nodes: ['ecowas', 'ecomog', 'liberia'], edges: ['d1', 'i1'], length: 2 });
    expect(story.chain).toBe('ECOWAS —deployed→ ECOMOG —intervened-in→ Liberia');
    expect(story.hops[0]?.description).toBe('ECOWAS set up its monitoring group');
    expect(story.hops[0]?.provenance).toEqual([{ sectionId: 's2', title: 'West Africa', sourceTitle: 'The essay' }]);
    expect(story.hops[1]?.provenance[1]).toEqual({ sectionId: 'unknown-section', title: 'unknown-section' });
    expect(story.evidence).toEqual({ stated: 1, implied: 1, unspecified: 0, predicted: 0 });
    expect(story.hops.map((h) => h.future)).toEqual([false, false]);
    expect(story.polarity).toBe('all-supportive');
  });

  it('draws reversed hops with a left arrow and symmetric ones without a head', () => {
    const graph = westAfrica();
    const back = narratePath(graph, {
      nodes: ['liberia', 'ecomog', 'ecowas', 'au'],
      edges: ['i1', 'd1', 'c1'],
      length: 3,
    });
    expect(back.chain).toBe('Liberia ←intervened-in— ECOMOG ←deployed— ECOWAS —complements— African Union');
    expect(back.hops.map((h) => h.reversed)).toEqual([true, true, true]);
    expect(back.hops[0]?.text).toBe('Liberia ←intervened-in— ECOMOG');
  });

  it('marks a predicted relation (future: true) inside its arrow, in every direction, and counts it as evidence', () => {
    const graph = makeGraph(
      [
        { id: 'alliances', label: 'Military alliances' },
        { id: 'climate', label: 'Climate change' },
        { id: 'ngos', label: 'NGOs' },
      ],
      [
        { key: 'a1', source: 'alliances', target: 'climate', type: 'addresses', confidence: 'implied', future: true },
        {
          key: 'k1',
          source: 'alliances',
          target: 'ngos',
          type: 'collaborates-with',
          confidence: 'stated',
          future: true,
        },
        { key: 'n1', source: 'ngos', target: 'climate', type: 'addresses', confidence: 'stated', future: false },
      ],
      [{ id: 'collaborates-with', polarity: 'supportive', symmetric: true }],
    );
    const forward = narratePath(graph, { nodes: ['alliances', 'climate'], edges: ['a1'], length: 1 });
    expect(forward.chain).toBe('Military alliances —addresses (predicted)→ Climate change');
    expect(forward.hops[0]?.future).toBe(true);
    expect(forward.evidence).toEqual({ stated: 0, implied: 1, unspecified: 0, predicted: 1 });
    expect(describeEvidence(forward.evidence)).toBe('0 stated, 1 implied, 1 predicted');
    const back = narratePath(graph, {
      nodes: ['climate', 'alliances', 'ngos', 'climate'],
      edges: ['a1', 'k1', 'n1'],
      length: 3,
    });
    expect(back.chain).toBe(
      'Climate change ←addresses (predicted)— Military alliances —collaborates-with (predicted)— NGOs —addresses→ Climate change',
    );
    expect(back.hops.map((h) => h.future)).toEqual([true, true, false]);
    expect(back.hops[2]?.text).toBe('NGOs —addresses→ Climate change');
    expect(back.evidence.predicted).toBe(2);
    expect(describeEvidence(back.evidence)).toBe('2 stated, 1 implied, 2 predicted');
  });

  it('classifies polarity exactly as documented', () => {
    expect(pathPolarity([])).toBe('neutral');
    expect(pathPolarity(['neutral', 'neutral'])).toBe('neutral');
    expect(pathPolarity(['supportive', 'neutral'])).toBe('all-supportive');
    expect(pathPolarity(['adversarial', 'neutral'])).toBe('contains-adversarial');
    expect(pathPolarity(['supportive', 'adversarial'])).toBe('mixed');
  });
});

describe('exports', () => {
  const graph = westAfrica();
  const result = findPaths(graph, { ...defaultPathQuery('ECOWAS', 'Liberia'), mode: 'all', direction: 'any' });

  it('JSON follows the DESIGN shape with the stored edge direction', () => {
    const json = pathResultsToJson(graph, result);
    expect(json.from).toBe('ecowas');
    expect(json.to).toBe('liberia');
    expect(json.paths[0]).toEqual({
      nodes: [
        { id: 'ecowas', label: 'ECOWAS', type: 'actor' },
        { id: 'ecomog', label: 'ECOMOG', type: 'actor' },
        { id: 'liberia', label: 'Liberia', type: 'actor' },
      ],
      edges: [
        { id: 'd1', type: 'deployed', source: 'ecowas', target: 'ecomog' },
        { id: 'i1', type: 'intervened-in', source: 'ecomog', target: 'liberia' },
      ],
      length: 2,
    });
    expect(JSON.parse(JSON.stringify(json))).toEqual(json);
  });

  it('CSV has one row per hop and neutralises formula cells', () => {
    const viaRebels = findPaths(graph, { ...defaultPathQuery('rebels', 'ecowas'), direction: 'any' });
    const csv = formatPathResultsCsv(graph, viaRebels);
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'path,hop,from_id,from_label,relation,to_id,to_label,walked,edge_id,confidence,future,description,provenance',
    );
    expect(lines).toHaveLength(1 + (viaRebels.paths[0]?.length ?? 0));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(csv).toContain(`'@SUM(1)`);
    expect(csv).toContain(`"'-1 cell, ""quoted"", comma"`);
    expect(csv).not.toMatch(/(^|,)[=+\-@]/m);
  });

  it('csvCell prefixes every dangerous lead character and only those', () => {
    for (const lead of ['=', '+', '-', '@', '\t', '\r']) expect(csvCell(`${lead}1`).replace(/^"/, '')).toMatch(/^'/);
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell(3)).toBe('3');
    expect(csvCell('a,b')).toBe('"a,b"');
  });

  it('Markdown narrates each path with evidence and escapes markup', () => {
    const md = formatPathResultsMarkdown(graph, result);
    expect(md).toContain('# Paths from ECOWAS to Liberia');
    expect(md).toContain('ECOWAS —deployed→ ECOMOG —intervened-in→ Liberia');
    expect(md).toContain('sources: West Africa');
    expect(md).toContain('Evidence: 1 stated, 1 implied');
    const evil = makeGraph([{ id: 'a', label: '[click](http://x)' }, 'b'], [{ source: 'a', target: 'b', type: 'r' }]);
    const evilMd = formatPathResultsMarkdown(evil, findPaths(evil, defaultPathQuery('a', 'b')));
    expect(evilMd).toContain('\\[click\\](http://x)');
  });

  it('CSV and Markdown say which hops are predicted', () => {
    const graph = makeGraph(
      ['alliances', 'climate', 'peace'],
      [
        { source: 'alliances', target: 'climate', type: 'addresses', confidence: 'implied', future: true },
        { source: 'climate', target: 'peace', type: 'threatens', confidence: 'implied' },
      ],
    );
    const found = findPaths(graph, defaultPathQuery('alliances', 'peace'));
    const rows = formatPathResultsCsv(graph, found).trimEnd().split('\r\n');
    const future = rows[0]?.split(',').indexOf('future') ?? -1;
    expect(future).toBeGreaterThan(0);
    expect(rows.slice(1).map((row) => row.split(',')[future])).toEqual(['true', 'false']);
    const md = formatPathResultsMarkdown(graph, found);
    expect(md).toContain('alliances —addresses (predicted)→ climate —threatens→ peace');
    expect(md).toContain('Evidence: 0 stated, 2 implied, 1 predicted.');
  });

  it('Markdown and JSON carry the explanation when there is no path', () => {
    const none = findPaths(graph, { ...defaultPathQuery('Liberia', 'ECOWAS'), via: ['deployed'] });
    expect(none.paths).toEqual([]);
    expect(formatPathResultsMarkdown(graph, none)).toContain('No path from Liberia to ECOWAS');
    expect(pathResultsToJson(graph, none).explanation?.sentence).toContain('No path from Liberia to ECOWAS');
  });
});
