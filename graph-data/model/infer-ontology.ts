// Owns the ontology generated for graphs that carry none: one entity/relation type per distinct `type` value, with colour-blind-safe colours.
import type { EntityType, Ontology, RelationType } from '../schema/atlas-schema';
import { NODE_SHAPES } from '../schema/atlas-schema';

/** Paul Tol's "muted" palette plus Okabe-Ito extras: distinguishable under the common colour-vision deficiencies. */
const PALETTE = [
  '#332288',
  '#88CCEE',
  '#44AA99',
  '#117733',
  '#999933',
  '#DDCC77',
  '#CC6677',
  '#882255',
  '#AA4499',
  '#E69F00',
  '#56B4E9',
  '#D55E00',
];

export function generatedColor(index: number): string {
  return PALETTE[index % PALETTE.length] ?? '#777777';
}

function titleCase(id: string): string {
  const words = id.replace(/[-_]+/g, ' ').trim();
  return words.length === 0 ? id : words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Completes `base` (possibly undefined) with a generated type for every id in use that it does not declare,
 * so files from Gephi, yEd or spreadsheets render with a legend even without our ontology.
 */
export function completeOntology(
  base: Ontology | undefined,
  entityTypeIds: Iterable<string>,
  relationTypeIds: Iterable<string>,
): Ontology {
  const entityTypes: EntityType[] = [...(base?.entityTypes ?? [])];
  const relationTypes: RelationType[] = [...(base?.relationTypes ?? [])];
  const knownEntities = new Set(entityTypes.map((t) => t.id));
  const knownRelations = new Set(relationTypes.map((t) => t.id));
  for (const id of entityTypeIds) {
    if (knownEntities.has(id)) continue;
    knownEntities.add(id);
    const index = entityTypes.length;
    entityTypes.push({
      id,
      label: titleCase(id),
      description: 'Generated: this file declares no entity types.',
      color: generatedColor(index),
      shape: NODE_SHAPES[index % NODE_SHAPES.length] ?? 'ellipse',
    });
  }
  for (const id of relationTypeIds) {
    if (knownRelations.has(id)) continue;
    knownRelations.add(id);
    relationTypes.push({
      id,
      label: titleCase(id),
      description: 'Generated: this file declares no relation types.',
      polarity: 'neutral',
      symmetric: false,
      lineStyle: 'solid',
      color: '#777777',
    });
  }
  if (entityTypes.length === 0) entityTypes.push({ ...defaultEntityType });
  if (relationTypes.length === 0) relationTypes.push({ ...defaultRelationType });
  return { entityTypes, relationTypes };
}

export const defaultEntityType: EntityType = {
  id: 'default',
  label: 'Default',
  description: 'Generated: entities without a type.',
  color: '#44AA99',
  shape: 'ellipse',
};

export const defaultRelationType: RelationType = {
  id: 'default',
  label: 'Default',
  description: 'Generated: relations without a type.',
  polarity: 'neutral',
  symmetric: false,
  lineStyle: 'solid',
  color: '#777777',
};
