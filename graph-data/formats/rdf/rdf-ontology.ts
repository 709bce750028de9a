// Owns the ontology of an RDF-origin graph: one entity type per display type (rdf:type class or the generic "resource"), one relation type per predicate, labelled from the data.
import type { AtlasGraph } from '../../model/atlas-graph';
import { generatedColor } from '../../model/infer-ontology';
import { type EntityType, NODE_SHAPES, type Ontology, type RelationType } from '../../schema/atlas-schema';
import type { RdfGraphData, RdfNodeData } from './rdf-mapping';
import { displayNameForRef } from './rdf-names';
import { OWL_SYMMETRIC_PROPERTY } from './rdf-vocabulary';

/** The type of entities without an `rdf:type`; not an IRI, so it never clashes with a class. */
export const RESOURCE_TYPE_ID = 'resource';

const RESOURCE_TYPE: EntityType = {
  id: RESOURCE_TYPE_ID,
  label: 'Resource',
  description: 'Entities without an rdf:type.',
  color: '#BBBBBB',
  shape: 'ellipse',
};

const NO_RELATIONS = 'This graph has no relations yet.';

/** Label and description of a class or property: from its own entity when the data describes it, else its name. */
function typeText(graph: AtlasGraph, data: RdfGraphData, id: string, kind: string) {
  const ref = data.typeRefs[id] ?? id;
  if (graph.hasNode(id)) {
    const attrs = graph.getNodeAttributes(id);
    return { label: attrs.label, description: attrs.description || `RDF ${kind} ${ref}` };
  }
  return { label: displayNameForRef(ref, data.prefixes), description: `RDF ${kind} ${ref}` };
}

function isSymmetric(graph: AtlasGraph, id: string): boolean {
  if (!graph.hasNode(id)) return false;
  const rdf = graph.getNodeAttribute(id, 'rdf') as RdfNodeData | undefined;
  return rdf?.types.includes(OWL_SYMMETRIC_PROPERTY) ?? false;
}

/**
 * Adds a type for every display type and predicate new since the last refresh, and relabels the types whose
 * class or property entity was touched (a label that arrived later, e.g. from a SPARQL neighbourhood). Existing
 * types keep their colours, so what is on screen does not change colour when more is loaded.
 */
export function refreshRdfOntology(
  graph: AtlasGraph,
  data: RdfGraphData,
  touchedNodes: ReadonlySet<string>,
  newRelationTypes: ReadonlySet<string>,
): void {
  const current = graph.getAttribute('ontology') as Ontology | undefined;
  const entityTypes = [...(current?.entityTypes ?? [])];
  // The placeholder of a graph without relations gives way to the first real relation type.
  const relationTypes = (current?.relationTypes ?? []).filter((t) => t.description !== NO_RELATIONS);
  const entityIndex = new Map(entityTypes.map((t, i) => [t.id, i]));
  const relationIndex = new Map(relationTypes.map((t, i) => [t.id, i]));

  for (const key of touchedNodes) {
    const typeId = graph.getNodeAttribute(key, 'type');
    if (entityIndex.has(typeId)) continue;
    entityIndex.set(typeId, entityTypes.length);
    if (typeId === RESOURCE_TYPE_ID) {
      entityTypes.push({ ...RESOURCE_TYPE });
      continue;
    }
    const index = entityTypes.length;
    entityTypes.push({
      id: typeId,
      ...typeText(graph, data, typeId, 'class'),
      color: generatedColor(index),
      shape: NODE_SHAPES[index % NODE_SHAPES.length] ?? 'ellipse',
    });
  }
  for (const typeId of newRelationTypes) {
    if (relationIndex.has(typeId)) continue;
    relationIndex.set(typeId, relationTypes.length);
    const index = relationTypes.length;
    relationTypes.push({
      id: typeId,
      ...typeText(graph, data, typeId, 'property'),
      polarity: 'neutral',
      symmetric: isSymmetric(graph, typeId),
      lineStyle: 'solid',
      color: generatedColor(index + 5),
    } satisfies RelationType);
  }
  // Classes and properties described by triples just read get their labels and descriptions from them.
  for (const key of touchedNodes) {
    const e = entityIndex.get(key);
    const entity = e === undefined ? undefined : entityTypes[e];
    if (entity) entityTypes[e as number] = { ...entity, ...typeText(graph, data, key, 'class') };
    const r = relationIndex.get(key);
    const relation = r === undefined ? undefined : relationTypes[r];
    if (relation) {
      relationTypes[r as number] = {
        ...relation,
        ...typeText(graph, data, key, 'property'),
        symmetric: isSymmetric(graph, key),
      };
    }
  }
  if (entityTypes.length === 0) entityTypes.push({ ...RESOURCE_TYPE });
  if (relationTypes.length === 0) {
    relationTypes.push({
      id: 'default',
      label: 'Relation',
      description: NO_RELATIONS,
      polarity: 'neutral',
      symmetric: false,
      lineStyle: 'solid',
      color: '#777777',
    });
  }
  graph.setAttribute('ontology', { entityTypes, relationTypes });
}
