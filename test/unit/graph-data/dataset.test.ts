// Owns the checks of the embedded knowledge graph: validity, integrity, faithfulness to the source essay's sections and "own words" descriptions.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { embeddedGraphData, loadEmbeddedGraph } from '../../../graph-data/dataset/embedded-graph';
import { computeGraphStats } from '../../../graph-data/model/graph-stats';
import type { SerializedGraph } from '../../../graph-data/schema/atlas-schema';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
const essayPath = resolve(repoRoot, '../shared/source/military-alliances-and-peacebuilding.txt');
const essay = readFileSync(essayPath, 'utf8');

const data = embeddedGraphData as SerializedGraph;
const graph = loadEmbeddedGraph();
const ontology = graph.getAttribute('ontology');
const sections = graph.getAttribute('sources').flatMap((s) => s.sections);
const sectionIds = new Set(sections.map((s) => s.id));

/** A heading is a non-empty line that is neither a sentence (ends in . : ? !) nor a bullet. */
function isHeading(line: string): boolean {
  const t = line.trim();
  return t.length > 0 && !/[.:?!]$/.test(t) && !t.startsWith('-');
}

function essayHeadings(text: string): string[] {
  return text
    .split(/\r?\n/)
    .filter(isHeading)
    .map((l) => l.trim());
}

/** Lower-case words, curly apostrophes folded and apostrophes dropped, so "NATO’s" and "NATO's" compare equal. */
function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[\u2018\u2019']/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

const SHINGLE = 8;
function shingles(text: string): Set<string> {
  const w = words(text);
  const out = new Set<string>();
  for (let i = 0; i + SHINGLE <= w.length; i++) out.add(w.slice(i, i + SHINGLE).join(' '));
  return out;
}

const essayShingles = shingles(essay);
function copiedRuns(text: string): string[] {
  return [...shingles(text)].filter((s) => essayShingles.has(s));
}

describe('embedded dataset: validity and integrity', () => {
  it('validates through the real loader', () => {
    expect(() => loadEmbeddedGraph()).not.toThrow();
    expect(graph.order).toBe(data.nodes.length);
    expect(graph.size).toBe(data.edges.length);
  });

  it('has no duplicate node or edge keys and no dangling endpoints', () => {
    const nodeKeys = data.nodes.map((n) => n.key);
    const edgeKeys = data.edges.map((e) => e.key);
    expect(new Set(nodeKeys).size).toBe(nodeKeys.length);
    expect(new Set(edgeKeys).size).toBe(edgeKeys.length);
    const known = new Set(nodeKeys);
    const dangling = data.edges.filter((e) => !known.has(e.source) || !known.has(e.target)).map((e) => e.key);
    expect(dangling).toEqual([]);
  });

  it('uses kebab-case ids for nodes, sections and types', () => {
    const kebab = /^[a-z0-9]+(-[a-z0-9]+)*$/;
    const ids = [
      ...data.nodes.map((n) => n.key),
      ...sections.map((s) => s.id),
      ...ontology.entityTypes.map((t) => t.id),
      ...ontology.relationTypes.map((t) => t.id),
    ];
    expect(ids.filter((id) => !kebab.test(id))).toEqual([]);
  });

  it('has aliases that collide with no other node label or alias (case-insensitive)', () => {
    const owner = new Map<string, string>();
    const collisions: string[] = [];
    graph.forEachNode((key, attrs) => {
      for (const name of new Set([attrs.label, ...attrs.aliases].map((n) => n.toLowerCase()))) {
        const other = owner.get(name);
        if (other !== undefined && other !== key) collisions.push(`${name}: ${other} / ${key}`);
        owner.set(name, key);
      }
    });
    expect(collisions).toEqual([]);
  });

  it('gives every node at least one relation', () => {
    expect(graph.filterNodes((n) => graph.degree(n) === 0)).toEqual([]);
  });

  it('declares every type it uses and uses every type it declares', () => {
    const declaredEntities = new Set(ontology.entityTypes.map((t) => t.id));
    const declaredRelations = new Set(ontology.relationTypes.map((t) => t.id));
    const usedEntities = new Set(graph.mapNodes((_, a) => a.type));
    const usedRelations = new Set(graph.mapEdges((_, a) => a.type));
    expect([...usedEntities].sort()).toEqual([...declaredEntities].sort());
    expect([...usedRelations].sort()).toEqual([...declaredRelations].sort());
    // The raw file declares the types itself (the loader would otherwise generate them silently).
    expect(data.attributes.ontology?.entityTypes.map((t) => t.id).sort()).toEqual([...declaredEntities].sort());
    expect(data.attributes.ontology?.relationTypes.map((t) => t.id).sort()).toEqual([...declaredRelations].sort());
  });

  it('declares the entity and relation types the mission names', () => {
    const entities = ontology.entityTypes.map((t) => t.id);
    const relations = ontology.relationTypes.map((t) => t.id);
    for (const id of ['alliance', 'actor', 'framework', 'region']) expect(entities).toContain(id);
    for (const id of ['intervened-in', 'complements', 'undermines']) expect(relations).toContain(id);
  });

  it('gives every entity type a distinct colour and a distinct shape', () => {
    const colours = ontology.entityTypes.map((t) => t.color.toLowerCase());
    const shapes = ontology.entityTypes.map((t) => t.shape);
    expect(new Set(colours).size).toBe(colours.length);
    expect(new Set(shapes).size).toBe(shapes.length);
  });

  it('marks exactly the mutual relation types as symmetric', () => {
    const symmetric = ontology.relationTypes.filter((t) => t.symmetric).map((t) => t.id);
    expect(symmetric.sort()).toEqual(['collaborates-with', 'complements']);
    const polarity = Object.fromEntries(ontology.relationTypes.map((t) => [t.id, t.polarity]));
    expect(polarity.undermines).toBe('adversarial');
    expect(polarity.complements).toBe('supportive');
    expect(polarity['intervened-in']).toBe('neutral');
  });

  it('has a confidence and at least one provenance on every edge, and provenance on every node', () => {
    const badEdges = graph.filterEdges((_, a) => a.provenance.length === 0 || a.confidence === undefined);
    const badNodes = graph.filterNodes((_, a) => a.provenance.length === 0);
    expect(badEdges).toEqual([]);
    expect(badNodes).toEqual([]);
  });

  it('points every provenance at a real section', () => {
    const unknown: string[] = [];
    graph.forEachNode((k, a) => {
      for (const p of a.provenance) if (!sectionIds.has(p)) unknown.push(`${k}: ${p}`);
    });
    graph.forEachEdge((k, a) => {
      for (const p of a.provenance) if (!sectionIds.has(p)) unknown.push(`${k}: ${p}`);
    });
    expect(unknown).toEqual([]);
  });

  it('reports one connected component', () => {
    const stats = computeGraphStats(graph);
    console.log(`embedded graph: ${stats.nodes} nodes, ${stats.edges} edges, ${stats.components.length} component(s)`);
    expect(stats.components.length).toBe(1);
  });

  // A sanity bound, not a target: issue 3 expected "on the order of" 50-80 entities and 100-160 relations and said
  // the number follows from the essay. Two close readings (issues 3 and 12) found more claims than that.
  it('has a node count within 40-110 and an edge count within 80-240', () => {
    expect(graph.order).toBeGreaterThanOrEqual(40);
    expect(graph.order).toBeLessThanOrEqual(110);
    expect(graph.size).toBeGreaterThanOrEqual(80);
    expect(graph.size).toBeLessThanOrEqual(240);
  });
});

describe('embedded dataset: sections of the source essay', () => {
  it('lists the essay headings in order, between an Introduction and a Conclusion', () => {
    const headings = essayHeadings(essay);
    expect(headings.length).toBeGreaterThan(5);
    const titles = sections.map((s) => s.title);
    expect(titles[0]).toBe('Introduction');
    expect(titles[titles.length - 1]).toBe('Conclusion');
    expect(titles.slice(1, -1)).toEqual(headings);
    expect(sections.map((s) => s.ordinal)).toEqual(sections.map((_, i) => i + 1));
  });

  it('has an untitled introduction before the first heading', () => {
    const lines = essay.split(/\r?\n/).map((l) => l.trim());
    const firstHeading = lines.findIndex(isHeading);
    expect(firstHeading).toBeGreaterThan(0);
    expect(lines.slice(0, firstHeading).some((l) => l.length > 0)).toBe(true);
  });

  it('cites every section at least once', () => {
    const cited = new Set<string>();
    graph.forEachNode((_, a) => {
      for (const p of a.provenance) cited.add(p);
    });
    graph.forEachEdge((_, a) => {
      for (const p of a.provenance) cited.add(p);
    });
    expect(sections.filter((s) => !cited.has(s.id)).map((s) => s.id)).toEqual([]);
  });

  it('has both READMEs state its current counts', () => {
    const stated = graph.filterEdges((_, a) => a.confidence === 'stated').length;
    const implied = graph.filterEdges((_, a) => a.confidence === 'implied').length;
    const future = graph.filterEdges((_, a) => a.future === true).length;
    const types = `${ontology.entityTypes.length} entity types, ${ontology.relationTypes.length} relation types`;
    const own = readFileSync(resolve(repoRoot, 'graph-data/README.md'), 'utf8').replace(/\s+/g, ' ');
    expect(own).toContain(
      `${graph.order} entities, ${graph.size} relations (${stated} \`stated\`, ${implied} \`implied\`; ${future} of them predictions marked \`future\`), ${types},`,
    );
    const product = readFileSync(resolve(repoRoot, 'README.md'), 'utf8');
    expect(product).toContain(`${graph.order} entities and ${graph.size} relations from the essay`);
    expect(product).toContain(types);
  });

  it('names the source file it was built from', () => {
    const source = graph.getAttribute('sources')[0];
    expect(source?.file).toBe('military-alliances-and-peacebuilding.txt');
  });
});

describe('embedded dataset: facts from the essay', () => {
  const hasEdge = (source: string, type: string, target: string) =>
    graph.edges(source, target).some((e) => graph.getEdgeAttribute(e, 'type') === type);

  it('has NATO intervening in Kosovo and in Afghanistan', () => {
    expect(hasEdge('nato', 'intervened-in', 'kosovo')).toBe(true);
    expect(hasEdge('nato', 'intervened-in', 'afghanistan')).toBe(true);
  });

  it('has ECOWAS deploying ECOMOG, which intervened in Liberia', () => {
    expect(hasEdge('ecowas', 'deployed', 'ecomog')).toBe(true);
    expect(hasEdge('ecomog', 'intervened-in', 'liberia')).toBe(true);
  });

  it('dates NATO to 1949 and keeps the essay wording of vague periods', () => {
    expect(graph.getNodeAttribute('nato', 'year')).toBe(1949);
    expect(graph.getNodeAttribute('libya-intervention-2011', 'year')).toBe(2011);
    expect(graph.getNodeAttribute('kosovo-war', 'period')).toEqual({ start: 1997, end: 1999, label: 'late 1990s' });
    expect(graph.getNodeAttribute('somalia-intervention-1990s', 'period')?.label).toBe('early 1990s');
  });

  it('has R2P guiding NATO and the African Union, and NGOs complementing military alliances', () => {
    expect(hasEdge('responsibility-to-protect', 'guides', 'nato')).toBe(true);
    expect(hasEdge('responsibility-to-protect', 'guides', 'african-union')).toBe(true);
    expect(hasEdge('ngos', 'complements', 'military-alliances')).toBe(true);
  });

  it('names no actor of the Libya or Somalia interventions, in edges or in words', () => {
    const events = ['libya-intervention-2011', 'somalia-intervention-1990s'];
    const intervenedIn = events.flatMap((event) =>
      graph.inEdges(event).filter((e) => graph.getEdgeAttribute(e, 'type') === 'intervened-in'),
    );
    expect(intervenedIn).toEqual([]);
    const actorTypes = new Set(['alliance', 'organisation', 'force', 'actor']);
    const fromActors = events.flatMap((event) =>
      graph.inEdges(event).filter((e) => actorTypes.has(graph.getNodeAttribute(graph.source(e), 'type'))),
    );
    expect(fromActors).toEqual([]);
    const names = graph
      .filterNodes((_, a) => a.type === 'alliance' || a.type === 'organisation' || a.type === 'force')
      .flatMap((k) => [graph.getNodeAttribute(k, 'label'), ...graph.getNodeAttribute(k, 'aliases')])
      .filter((name) => name.length > 2);
    const texts = events.flatMap((event) => [
      graph.getNodeAttribute(event, 'description'),
      ...graph.edges(event).map((e) => graph.getEdgeAttribute(e, 'description')),
    ]);
    const named = texts.flatMap((text) => names.filter((name) => text.toLowerCase().includes(name.toLowerCase())));
    expect(named).toEqual([]);
  });

  it('has R2P guiding alliances in general as well as NATO and the African Union', () => {
    for (const target of ['military-alliances', 'nato', 'african-union']) {
      expect(hasEdge('responsibility-to-protect', 'guides', target)).toBe(true);
    }
    expect(hasEdge('responsibility-to-protect', 'justifies', 'humanitarian-interventions')).toBe(true);
  });

  it('has Partnership for Peace set up by NATO (implied) and tied to Eastern Europe', () => {
    const established = graph
      .edges('nato', 'partnership-for-peace')
      .filter((e) => graph.getEdgeAttribute(e, 'type') === 'established');
    expect(established).toHaveLength(1);
    expect(graph.getEdgeAttribute(established[0] as string, 'confidence')).toBe('implied');
    expect(graph.edges('partnership-for-peace', 'eastern-europe').length).toBeGreaterThan(0);
    expect(hasEdge('partnership-for-peace', 'exemplifies', 'economic-cooperation')).toBe(true);
    expect(graph.getNodeAttribute('partnership-for-peace', 'year')).toBeUndefined();
  });

  it('has ECOWAS stepping into the Liberian civil war and helping towards the ceasefire and democratic transition', () => {
    expect(hasEdge('ecowas', 'intervened-in', 'liberian-civil-war')).toBe(true);
    expect(hasEdge('ecowas', 'contributes-to', 'liberian-ceasefire')).toBe(true);
    expect(hasEdge('ecowas', 'contributes-to', 'liberian-democratic-transition')).toBe(true);
    expect(graph.getNodeAttribute('liberian-civil-war', 'period')).toBeUndefined();
  });

  it('has the AU acting in Burundi and Somalia through peacekeeping and its standby force', () => {
    expect(hasEdge('african-union', 'intervened-in', 'burundi')).toBe(true);
    expect(hasEdge('african-union', 'intervened-in', 'somalia')).toBe(true);
    expect(hasEdge('african-union', 'employs', 'african-standby-force')).toBe(true);
    expect(hasEdge('african-union', 'deployed', 'peacekeeping-missions')).toBe(true);
  });

  it('dates only the entities the essay dates', () => {
    const years = graph.filterNodes((_, a) => a.year !== undefined).sort();
    const periods = graph.filterNodes((_, a) => a.period !== undefined).sort();
    expect(years).toEqual(['libya-intervention-2011', 'nato']);
    expect(periods).toEqual(['kosovo-intervention', 'kosovo-war', 'somalia-intervention-1990s']);
    expect(graph.getNodeAttribute('kosovo-intervention', 'period')).toEqual({
      start: 1997,
      end: 1999,
      label: 'late 1990s',
    });
  });

  it('marks as implied the links the essay only suggests', () => {
    const confidence = (source: string, type: string, target: string) =>
      graph
        .edges(source, target)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === type)
        .map((e) => graph.getEdgeAttribute(e, 'confidence'));
    expect(confidence('ecomog', 'intervened-in', 'liberia')).toEqual(['implied']);
    expect(confidence('libya-intervention-2011', 'led-to', 'unintended-consequences')).toEqual(['implied']);
    expect(confidence('nato', 'deters', 'soviet-union')).toEqual(['implied']);
    expect(confidence('military-alliances', 'deters', 'rival-states')).toEqual(['stated']);
  });

  it('does not attribute the Libya or Somalia interventions to any alliance', () => {
    const attributions = ['libya-intervention-2011', 'somalia-intervention-1990s'].flatMap((event) =>
      graph.inEdges(event).filter((e) => graph.getNodeAttribute(graph.source(e), 'type') === 'alliance'),
    );
    expect(attributions).toEqual([]);
  });
});

describe('embedded dataset: descriptions in own words', () => {
  it('detects a copied run of eight words (self-check of the shingle test)', () => {
    expect(
      copiedRuns('As they say, military alliances play a pivotal role in contemporary international relations.'),
    ).not.toEqual([]);
    expect(copiedRuns('Alliances matter a great deal in how states relate to one another today.')).toEqual([]);
  });

  it('gives every node, edge and type a non-empty description', () => {
    const empty = [
      ...graph.filterNodes((_, a) => a.description.trim() === ''),
      ...graph.filterEdges((_, a) => a.description.trim() === ''),
      ...ontology.entityTypes.filter((t) => t.description.trim() === '').map((t) => t.id),
      ...ontology.relationTypes.filter((t) => t.description.trim() === '').map((t) => t.id),
    ];
    expect(empty).toEqual([]);
  });

  it('copies no run of eight consecutive words from the essay', () => {
    const texts: [string, string][] = [
      ...graph.mapNodes((k, a): [string, string] => [k, a.description]),
      ...graph.mapEdges((k, a): [string, string] => [k, a.description]),
      ...ontology.entityTypes.map((t): [string, string] => [t.id, t.description]),
      ...ontology.relationTypes.map((t): [string, string] => [t.id, t.description]),
      ['graph', graph.getAttribute('description') ?? ''],
    ];
    const copied = texts.flatMap(([id, text]) => copiedRuns(text).map((run) => `${id}: "${run}"`));
    expect(copied).toEqual([]);
  });
});
