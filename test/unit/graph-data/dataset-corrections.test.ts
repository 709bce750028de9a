// Owns the checks of issue 12's corrections to the embedded graph (a second close reading of the essay), each by entity label.
import { describe, expect, it } from 'vitest';
import { graph, keyOf, labelOf, neighbours, relation, relations, typesBetween } from './dataset-by-label';

const provenanceOf = (label: string) => graph.getNodeAttribute(keyOf(label), 'provenance');

describe('issue 12: wrong or unsupported relations', () => {
  it('keeps NGOs out of the threats: no non-state actor kind leads to a threat through "exemplifies"', () => {
    expect(typesBetween('Non-state actors', 'Asymmetric threats')).toEqual([]);
    expect(relation('NGOs', 'exemplifies', 'Non-state actors').confidence).toBe('stated');
    // Walk every chain of "exemplifies" up from NGOs: it must never reach a challenge.
    const seen = new Set<string>();
    const stack = [keyOf('NGOs')];
    while (stack.length > 0) {
      const key = stack.pop() as string;
      if (seen.has(key)) continue;
      seen.add(key);
      for (const e of graph.outEdges(key)) {
        if (graph.getEdgeAttribute(e, 'type') === 'exemplifies') stack.push(graph.target(e));
      }
    }
    expect([...seen].filter((k) => graph.getNodeAttribute(k, 'type') === 'challenge').map(labelOf)).toEqual([]);
    // The armed groups the essay means are the examples of asymmetric threats.
    expect(neighbours('Asymmetric threats', 'exemplifies', 'in')).toEqual([
      'Insurgent groups',
      'Terrorist organisations',
    ]);
  });

  it('has R2P guide states (not alliance members), and Member states no longer cite the humanitarian section', () => {
    expect(relations('Responsibility to Protect', 'guides', 'Member states')).toEqual([]);
    expect(relation('Responsibility to Protect', 'guides', 'States and governments').provenance).toEqual([
      'humanitarian-interventions',
    ]);
    expect(provenanceOf('Member states')).not.toContain('humanitarian-interventions');
  });

  it('has NGOs complement governmental efforts, with no "local" the essay never says', () => {
    expect(typesBetween('NGOs', 'Local governments')).toEqual([]);
    expect(relation('NGOs', 'complements', 'States and governments').provenance).toEqual(['role-of-ngos']);
    expect(provenanceOf('Local governments')).not.toContain('role-of-ngos');
  });

  it('links neither Eastern Europe to Europe nor international organisations to global governance', () => {
    expect(typesBetween('Eastern Europe', 'Europe')).toEqual([]);
    expect(typesBetween('International organisations', 'Global governance')).toEqual([]);
  });

  it("splits the Comprehensive Approach's political, economic and social threats from the asymmetric ones", () => {
    expect(relations('NATO Comprehensive Approach', 'addresses', 'Asymmetric threats')).toEqual([]);
    const addresses = relation('NATO Comprehensive Approach', 'addresses', 'Political, economic and social threats');
    expect(addresses.provenance).toEqual(['frameworks-for-intervention']);
    expect(provenanceOf('Asymmetric threats')).not.toContain('frameworks-for-intervention');
    expect(provenanceOf('Political, economic and social threats')).toEqual(['frameworks-for-intervention']);
  });

  it('places only ethnic cleansing in Kosovo, as one of the atrocity crimes, not all four', () => {
    expect(neighbours('Atrocity crimes', 'occurred-in', 'out')).toEqual([]);
    expect(graph.getNodeAttribute(keyOf('Atrocity crimes'), 'aliases')).not.toContain('ethnic cleansing');
    expect(relation('Ethnic cleansing', 'exemplifies', 'Atrocity crimes').confidence).toBe('stated');
    expect(relation('Ethnic cleansing', 'occurred-in', 'Kosovo').confidence).toBe('implied');
    expect(neighbours('Kosovo', 'occurred-in', 'in')).toEqual([
      'Ethnic cleansing',
      'Kosovo War',
      'NATO intervention in Kosovo',
    ]);
    expect(relation('Responsibility to Protect', 'addresses', 'Atrocity crimes').confidence).toBe('stated');
  });
});

describe('issue 12: confidence', () => {
  it('marks the future-prospects predictions future and implied', () => {
    const predictions: [string, string, string][] = [
      ['Military alliances', 'addresses', 'Climate change'],
      ['Emerging technologies', 'influences', 'Military alliances'],
      ['Emerging technologies', 'contributes-to', 'Peacebuilding'],
      ['Global governance', 'influences', 'Military alliances'],
      ['Military alliances', 'collaborates-with', 'International organisations'],
      ['Military alliances', 'employs', 'Military strategy combined with diplomacy'],
    ];
    for (const [source, type, target] of predictions) {
      const attrs = relation(source, type, target);
      expect({ source, type, target, future: attrs.future, confidence: attrs.confidence }).toEqual({
        source,
        type,
        target,
        future: true,
        confidence: 'implied',
      });
      expect(attrs.provenance).toContain('future-prospects');
    }
  });

  it('makes every prediction implied and sourced in the future-prospects section, and says so in its description', () => {
    const future = graph.filterEdges((_, a) => a.future === true);
    expect(future.length).toBeGreaterThanOrEqual(6);
    for (const e of future) {
      const a = graph.getEdgeAttributes(e);
      expect(a.confidence, e).toBe('implied');
      expect(a.provenance, e).toContain('future-prospects');
      expect(a.description, e).toMatch(/expect|predict/i);
    }
  });

  it('keeps present-tense claims of the future-prospects section as facts only where they are not predictions', () => {
    // Edges supported by that section alone and not marked future: classifications and the climate risk it
    // describes in the present tense. Anything else there would be a prediction passed off as a fact.
    const onlyFuture = graph.filterEdges(
      (_, a) => a.future !== true && a.provenance.length === 1 && a.provenance[0] === 'future-prospects',
    );
    const text = onlyFuture.map(
      (e) => `${labelOf(graph.source(e))} ${graph.getEdgeAttribute(e, 'type')} ${labelOf(graph.target(e))}`,
    );
    expect(text.sort()).toEqual([
      'Artificial intelligence exemplifies Emerging technologies',
      'Climate change threatens Regional stability',
      'Cyber capabilities exemplifies Emerging technologies',
    ]);
  });

  it('gives the Liberian civil war, ceasefire and democratic transition the same confidence for being in Liberia', () => {
    const into = graph.inEdges(keyOf('Liberia')).filter((e) => graph.getEdgeAttribute(e, 'type') === 'occurred-in');
    expect(into.map((e) => labelOf(graph.source(e))).sort()).toEqual([
      'Liberian ceasefire agreement',
      'Liberian civil war',
      'Liberian democratic transition',
    ]);
    expect(new Set(into.map((e) => graph.getEdgeAttribute(e, 'confidence')))).toEqual(new Set(['implied']));
  });
});

describe('issue 12: missing entities and relations', () => {
  it('has NGOs contributing to peacebuilding directly', () => {
    expect(relation('NGOs', 'contributes-to', 'Peacebuilding').provenance).toContain('non-state-actors');
  });

  it('has NATO delivering aid in the Kosovo War', () => {
    const aid = relation('NATO', 'employs', 'Humanitarian assistance');
    expect(aid.provenance).toEqual(['successes-and-failures']);
    expect(aid.period?.label).toBe('late 1990s');
    expect(relation('NATO', 'intervened-in', 'Kosovo War').confidence).toBe('stated');
  });

  it('has the Kosovo intervention as an event NATO carried out, a humanitarian intervention justified by ethnic cleansing', () => {
    const event = 'NATO intervention in Kosovo';
    expect(graph.getNodeAttribute(keyOf(event), 'type')).toBe('event');
    expect(relation('NATO', 'carried-out', event).confidence).toBe('stated');
    expect(relation(event, 'exemplifies', 'Humanitarian interventions').confidence).toBe('stated');
    expect(relation('Ethnic cleansing', 'justifies', event).confidence).toBe('implied');
    expect(relation(event, 'addresses', 'Ethnic cleansing').provenance).toEqual([
      'humanitarian-interventions',
      'case-studies',
    ]);
    expect(relation(event, 'occurred-in', 'Kosovo').confidence).toBe('stated');
    // Its outcomes are the intervention's, not NATO's in general.
    expect(relation(event, 'contributes-to', 'Dialogue and reconciliation').provenance).toEqual(['case-studies']);
    expect(relation(event, 'supports', 'Peacekeeping missions').provenance).toEqual(['case-studies']);
  });

  it('has insurgents destabilising regions and exercises building readiness for rapid deployment', () => {
    expect(relation('Insurgent groups', 'destabilises', 'Conflict-affected regions').confidence).toBe('stated');
    expect(relation('Terrorist organisations', 'destabilises', 'Conflict-affected regions').confidence).toBe('stated');
    expect(relation('Joint military exercises', 'contributes-to', 'Readiness for rapid deployment').provenance).toEqual(
      ['peacebuilding-mechanisms'],
    );
  });

  it('has military collaboration extending into humanitarian and peacebuilding work', () => {
    expect(relation('Military alliances', 'led-to', 'Military collaboration').confidence).toBe('stated');
    expect(relation('Military collaboration', 'supports', 'Humanitarian interventions').confidence).toBe('implied');
    expect(relation('Military collaboration', 'contributes-to', 'Peacebuilding').confidence).toBe('implied');
    expect(relation('Military collaboration', 'addresses', 'Root causes of conflict').confidence).toBe('stated');
  });

  it('has military strategy combined with diplomacy as the answer to every challenge of the challenges section', () => {
    const challenges = graph
      .filterNodes((_, a) => a.type === 'challenge' && a.provenance.includes('challenges'))
      .map(labelOf)
      .sort((a, b) => a.localeCompare(b));
    expect(challenges).toEqual([
      'Asymmetric threats',
      'Communication problems',
      'Differing national interests',
      'Historical grievances and rivalries',
      'Multinational coordination problems',
    ]);
    expect(neighbours('Military strategy combined with diplomacy', 'addresses', 'out')).toEqual(challenges);
    expect(relation('Diplomatic engagement', 'part-of', 'Military strategy combined with diplomacy').confidence).toBe(
      'stated',
    );
  });

  it('cites every section that supports "Military alliances contributes to Peacebuilding"', () => {
    expect(relation('Military alliances', 'contributes-to', 'Peacebuilding').provenance).toEqual([
      'introduction',
      'role-in-international-relations',
      'historical-perspectives',
      'peacebuilding-mechanisms',
      'humanitarian-interventions',
      'frameworks-for-intervention',
      'economic-aspects',
      'case-studies',
      'conclusion',
    ]);
  });

  it('cites the other sections that support a relation, on both of its entities', () => {
    // A section that supports a relation talks about both of its ends, so both must cite it.
    const missing: string[] = [];
    graph.forEachEdge((e, a, source, target) => {
      for (const section of a.provenance) {
        for (const end of [source, target]) {
          if (!graph.getNodeAttribute(end, 'provenance').includes(section))
            missing.push(`${e} ${section} ${labelOf(end)}`);
        }
      }
    });
    expect(missing).toEqual([]);
    expect(relation('Terrorist organisations', 'exemplifies', 'Asymmetric threats').provenance).toEqual([
      'challenges',
      'non-state-actors',
      'terrorism-and-insurgency',
    ]);
    expect(relation('NGOs', 'complements', 'Military alliances').provenance).toContain('role-of-ngos');
    expect(relation('NGOs', 'contributes-to', 'Humanitarian interventions').provenance).toContain(
      'humanitarian-interventions',
    );
    expect(relation('NATO', 'exemplifies', 'Military alliances').provenance).toEqual(
      expect.arrayContaining(['successes-and-failures', 'terrorism-and-insurgency', 'economic-aspects']),
    );
  });
});

describe('issue 12: our own re-read of the essay, section by section', () => {
  it('keeps local politics apart from historical grievances and rivalries (regional stability)', () => {
    expect(relation('Local politics', 'led-to', 'Unintended consequences').provenance).toEqual(['regional-stability']);
    expect(relation('Historical grievances and rivalries', 'led-to', 'Unintended consequences').confidence).toBe(
      'stated',
    );
    expect(graph.getNodeAttribute(keyOf('Historical grievances and rivalries'), 'aliases')).not.toContain(
      'local politics',
    );
  });

  it('credits each case-study alliance with peacebuilding (case studies)', () => {
    for (const alliance of ['NATO', 'African Union', 'ECOWAS']) {
      expect(relation(alliance, 'contributes-to', 'Peacebuilding').provenance).toContain('case-studies');
    }
  });

  it('has R2P protecting populations (humanitarian interventions)', () => {
    expect(relation('Responsibility to Protect', 'supports', 'Civilian populations').confidence).toBe('stated');
  });

  it('has economic cooperation serving peacebuilding and joint operations directly (economic aspects)', () => {
    expect(relation('Economic cooperation', 'contributes-to', 'Peacebuilding').provenance).toEqual([
      'economic-aspects',
    ]);
    expect(relation('Economic cooperation', 'supports', 'Joint operations and coordination').provenance).toEqual([
      'economic-aspects',
    ]);
  });

  it('states the general causes of failed humanitarian efforts, not only their Somalia example (successes and failures)', () => {
    for (const cause of ['Multinational coordination problems', 'Poor understanding of local dynamics']) {
      expect(relation(cause, 'undermines', 'Humanitarian interventions').provenance).toEqual([
        'successes-and-failures',
      ]);
      expect(relation(cause, 'undermines', 'Somalia intervention (early 1990s)').confidence).toBe('stated');
    }
  });

  it('moves claims to the entity the essay makes them about', () => {
    // "This collaboration often addresses root causes" is about military collaboration, not alliances in general.
    expect(relation('Military alliances', 'addresses', 'Root causes of conflict').provenance).toEqual([
      'peacebuilding-mechanisms',
    ]);
    // The future section's diplomacy is a prediction of its own; the historical section's diplomatic cooperation is not.
    expect(relation('Military alliances', 'employs', 'Diplomatic engagement').provenance).toEqual([
      'role-in-international-relations',
      'historical-perspectives',
      'peacebuilding-mechanisms',
    ]);
    // The essay uses "evolving threats" for both threat concepts, so neither claims the phrase as its name.
    for (const threat of ['Asymmetric threats', 'Political, economic and social threats']) {
      expect(graph.getNodeAttribute(keyOf(threat), 'aliases')).not.toContain('evolving threats');
    }
  });

  it('adds no outside geography to descriptions and keeps predictions worded as expectations', () => {
    expect(graph.getNodeAttribute(keyOf('Liberia'), 'description')).not.toMatch(/west africa/i);
    expect(graph.getNodeAttribute(keyOf('African Union'), 'description')).not.toMatch(/continental/i);
    expect(graph.getNodeAttribute(keyOf('Global governance'), 'description')).not.toMatch(/institutions and rules/i);
    for (const trend of ['Cyber capabilities', 'Artificial intelligence', 'Emerging technologies']) {
      expect(graph.getNodeAttribute(keyOf(trend), 'description')).toMatch(/expects/);
    }
    // A relation that talks of expectations without being marked future must rest on a present-tense section too.
    const unmarked = graph.filterEdges(
      (_, a) =>
        a.future !== true &&
        /expect|predict/i.test(a.description) &&
        a.provenance.every((p) => p === 'future-prospects'),
    );
    expect(unmarked).toEqual([]);
  });
});
