// Owns the zod schema of the native file format (graphology serialization + ontology + sources) and the types inferred from it.
import { z } from 'zod';

/** Cytoscape node shapes we allow in an ontology; restricted so the legend can draw every one of them. */
export const NODE_SHAPES = [
  'ellipse',
  'round-rectangle',
  'rectangle',
  'triangle',
  'diamond',
  'pentagon',
  'hexagon',
  'octagon',
  'star',
  'vee',
  'rhomboid',
  'barrel',
  'tag',
] as const;

export const LINE_STYLES = ['solid', 'dashed', 'dotted'] as const;
export const POLARITIES = ['supportive', 'adversarial', 'neutral'] as const;
export const CONFIDENCES = ['stated', 'implied'] as const;

const idString = z
  .string()
  .min(1, 'must not be empty')
  .max(200, 'must be at most 200 characters')
  .refine((s) => s !== '__proto__' && s !== 'constructor' && s !== 'prototype', 'is a reserved word');

const hexColor = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'must be a #rrggbb colour');

/** A year range; a single year has start === end. `label` keeps the document's own wording ("late 1990s"). */
export const periodSchema = z
  .object({
    start: z.number().int(),
    end: z.number().int(),
    label: z.string().optional(),
  })
  .refine((p) => p.start <= p.end, { message: 'start must not be after end', path: ['end'] });

export const entityTypeSchema = z.object({
  id: idString,
  label: z.string().min(1),
  description: z.string(),
  color: hexColor,
  shape: z.enum(NODE_SHAPES),
});

export const relationTypeSchema = z.object({
  id: idString,
  label: z.string().min(1),
  description: z.string(),
  polarity: z.enum(POLARITIES),
  symmetric: z.boolean(),
  lineStyle: z.enum(LINE_STYLES),
  color: hexColor,
});

export const ontologySchema = z.object({
  entityTypes: z.array(entityTypeSchema).min(1),
  relationTypes: z.array(relationTypeSchema).min(1),
});

export const sectionSchema = z.object({
  id: idString,
  title: z.string().min(1),
  /** 1-based order of the section in the document. */
  ordinal: z.number().int().positive(),
});

export const sourceSchema = z.object({
  id: idString,
  title: z.string().min(1),
  file: z.string().optional(),
  sections: z.array(sectionSchema),
});

export const nodeAttributesSchema = z.looseObject({
  label: z.string().min(1),
  type: idString,
  description: z.string().default(''),
  aliases: z.array(z.string().min(1)).default([]),
  /** Section ids (from the graph's sources) that support this entity. */
  provenance: z.array(idString).default([]),
  year: z.number().int().optional(),
  period: periodSchema.optional(),
  x: z.number().finite().optional(),
  y: z.number().finite().optional(),
});

export const edgeAttributesSchema = z.looseObject({
  type: idString,
  description: z.string().default(''),
  provenance: z.array(idString).default([]),
  year: z.number().int().optional(),
  period: periodSchema.optional(),
  confidence: z.enum(CONFIDENCES).optional(),
  /** True when the source predicts the relation ("is expected to", "is likely to become") rather than reports it. */
  future: z.boolean().optional(),
  weight: z.number().finite().optional(),
});

export const graphAttributesSchema = z.looseObject({
  name: z.string().optional(),
  description: z.string().optional(),
  ontology: ontologySchema.optional(),
  sources: z.array(sourceSchema).default([]),
});

export const serializedNodeSchema = z.object({
  key: idString,
  attributes: nodeAttributesSchema,
});

export const serializedEdgeSchema = z.object({
  key: idString,
  source: idString,
  target: idString,
  undirected: z.boolean().optional(),
  attributes: edgeAttributesSchema,
});

export const serializedGraphSchema = z.object({
  attributes: graphAttributesSchema.default({ sources: [] }),
  options: z
    .object({
      type: z.enum(['directed', 'mixed', 'undirected']).optional(),
      multi: z.boolean().optional(),
      allowSelfLoops: z.boolean().optional(),
    })
    .optional(),
  nodes: z.array(serializedNodeSchema),
  edges: z.array(serializedEdgeSchema).default([]),
});

export type EntityType = z.infer<typeof entityTypeSchema>;
export type RelationType = z.infer<typeof relationTypeSchema>;
export type Ontology = z.infer<typeof ontologySchema>;
export type Section = z.infer<typeof sectionSchema>;
export type Source = z.infer<typeof sourceSchema>;
export type Period = z.infer<typeof periodSchema>;
export type NodeAttributes = z.infer<typeof nodeAttributesSchema>;
export type EdgeAttributes = z.infer<typeof edgeAttributesSchema>;
export type GraphAttributes = z.infer<typeof graphAttributesSchema> & { ontology: Ontology };
export type SerializedGraph = z.infer<typeof serializedGraphSchema>;
export type SerializedGraphInput = z.input<typeof serializedGraphSchema>;
