// Owns walking the questions users ask of the embedded graph, by label: the answer must sit where a reader looks for it.
import { describe, expect, it } from 'vitest';
import { groupRelations } from '../../../graph-data/explore/relation-groups';
import { graph, keyOf, labelOf } from './dataset-by-label';

const polarity = new Map(graph.getAttribute('ontology').relationTypes.map((t) => [t.id, t.polarity]));

describe('questions on the embedded graph', () => {
  it('"What undermines peacebuilding?" is answered by the incoming adversarial groups of Peacebuilding\'s details', () => {
    // The details panel lists an entity's relations with groupRelations; one hop, no search.
    const groups = groupRelations(graph, keyOf('Peacebuilding'));
    const adversarial = groups.filter((g) => g.direction === 'in' && polarity.get(g.type) === 'adversarial');
    const answer = adversarial.flatMap((g) => g.items.map((i) => i.otherLabel)).sort((a, b) => a.localeCompare(b));
    console.log(`What undermines peacebuilding? ${answer.join('; ')}`);
    expect(answer).toEqual([
      'Asymmetric threats',
      'Communication problems',
      'Differing national interests',
      'Historical grievances and rivalries',
      'Insurgent groups',
      'Multinational coordination problems',
      'Terrorist organisations',
      'Unintended consequences',
    ]);
    // The challenges the essay says undermine alliances' peace work sit under the "Undermines" heading itself.
    const undermines = adversarial.find((g) => g.type === 'undermines');
    expect(undermines?.items.map((i) => i.otherLabel).sort()).toEqual([
      'Communication problems',
      'Differing national interests',
      'Historical grievances and rivalries',
      'Multinational coordination problems',
    ]);
    // Every challenge of the challenges section is in the answer.
    const challenges = graph
      .filterNodes((_, a) => a.type === 'challenge' && a.provenance.includes('challenges'))
      .map(labelOf);
    expect(answer).toEqual(expect.arrayContaining(challenges));
  });

  it('"Which alliances intervened where?" is answered by the intervened-in relations alone', () => {
    const where = new Map<string, Set<string>>();
    graph.forEachEdge((_, a, source, target) => {
      if (a.type !== 'intervened-in' || graph.getNodeAttribute(source, 'type') !== 'alliance') return;
      // A target is a place, or a conflict that says where it happened.
      const places =
        graph.getNodeAttribute(target, 'type') === 'region'
          ? [target]
          : graph
              .outEdges(target)
              .filter((e) => graph.getEdgeAttribute(e, 'type') === 'occurred-in')
              .map((e) => graph.target(e));
      expect(places.length, `${labelOf(source)} intervened in ${labelOf(target)}: where?`).toBeGreaterThan(0);
      const set = where.get(labelOf(source)) ?? new Set<string>();
      for (const p of places) set.add(labelOf(p));
      where.set(labelOf(source), set);
    });
    const table = Object.fromEntries([...where].map(([alliance, places]) => [alliance, [...places].sort()]));
    console.log(`Which alliances intervened where? ${JSON.stringify(table)}`);
    expect(table).toEqual({
      NATO: ['Afghanistan', 'Kosovo'],
      'African Union': ['Burundi', 'Somalia'],
      ECOWAS: ['Liberia'],
      'Military alliances': ['Conflict-affected regions'],
    });
  });

  it('puts the place of every intervention event an alliance carried out among its intervened-in targets', () => {
    graph.forEachEdge((_, a, source, target) => {
      if (a.type !== 'carried-out') return;
      const placesOfEvent = graph
        .outEdges(target)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'occurred-in')
        .map((e) => graph.target(e));
      const intervenedIn = graph
        .outEdges(source)
        .filter((e) => graph.getEdgeAttribute(e, 'type') === 'intervened-in')
        .map((e) => graph.target(e));
      expect(placesOfEvent.length).toBeGreaterThan(0);
      expect(intervenedIn).toEqual(expect.arrayContaining(placesOfEvent));
    });
  });

  it('answers "who carried out the Libya and Somalia interventions?" with nobody, as the essay does', () => {
    for (const event of ['Libya intervention (2011)', 'Somalia intervention (early 1990s)']) {
      const carriers = graph
        .inEdges(keyOf(event))
        .filter((e) => ['carried-out', 'intervened-in'].includes(graph.getEdgeAttribute(e, 'type')));
      expect(carriers).toEqual([]);
    }
  });
});
