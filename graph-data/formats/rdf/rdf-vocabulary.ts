// Owns the RDF vocabulary the mapping recognises (rdf, rdfs, owl, xsd, skos, schema.org, foaf, dcterms) and the well-known prefixes used for display.

export const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
export const RDFS_NS = 'http://www.w3.org/2000/01/rdf-schema#';
export const OWL_NS = 'http://www.w3.org/2002/07/owl#';
export const XSD_NS = 'http://www.w3.org/2001/XMLSchema#';
export const SKOS_NS = 'http://www.w3.org/2004/02/skos/core#';
export const SCHEMA_NS = 'http://schema.org/';
export const SCHEMA_HTTPS_NS = 'https://schema.org/';
export const FOAF_NS = 'http://xmlns.com/foaf/0.1/';
export const DCTERMS_NS = 'http://purl.org/dc/terms/';

export const RDF_TYPE = `${RDF_NS}type`;
export const RDF_LANG_STRING = `${RDF_NS}langString`;
export const RDF_DIR_LANG_STRING = `${RDF_NS}dirLangString`;
export const RDF_JSON = `${RDF_NS}JSON`;
export const RDF_PROPERTY = `${RDF_NS}Property`;
export const XSD_STRING = `${XSD_NS}string`;
export const XSD_INTEGER = `${XSD_NS}integer`;
export const XSD_DOUBLE = `${XSD_NS}double`;
export const XSD_BOOLEAN = `${XSD_NS}boolean`;
export const RDFS_LABEL = `${RDFS_NS}label`;
export const RDFS_COMMENT = `${RDFS_NS}comment`;
export const RDFS_CLASS = `${RDFS_NS}Class`;
export const OWL_SYMMETRIC_PROPERTY = `${OWL_NS}SymmetricProperty`;
export const SKOS_PREF_LABEL = `${SKOS_NS}prefLabel`;
export const SKOS_ALT_LABEL = `${SKOS_NS}altLabel`;

/** Label predicates in the order the issue names them (used to break ties between equally preferred languages). */
export const LABEL_PREDICATES: readonly string[] = [
  RDFS_LABEL,
  SKOS_PREF_LABEL,
  `${SCHEMA_NS}name`,
  `${SCHEMA_HTTPS_NS}name`,
  `${FOAF_NS}name`,
];

export const DESCRIPTION_PREDICATES: readonly string[] = [
  RDFS_COMMENT,
  `${SCHEMA_NS}description`,
  `${SCHEMA_HTTPS_NS}description`,
];

export const ALIAS_PREDICATES: readonly string[] = [SKOS_ALT_LABEL];

/** Prefixes used to display IRIs a file did not declare a prefix for; a file's own prefixes win. */
export const WELL_KNOWN_PREFIXES: Readonly<Record<string, string>> = {
  rdf: RDF_NS,
  rdfs: RDFS_NS,
  owl: OWL_NS,
  xsd: XSD_NS,
  skos: SKOS_NS,
  schema: SCHEMA_NS,
  foaf: FOAF_NS,
  dcterms: DCTERMS_NS,
};
