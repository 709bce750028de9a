// Owns the list of graph file extensions (native, exchange and RDF), shared by the file pickers, main's open dialog and command line.

/** Every extension a graph file may have, for file pickers and open dialogs. */
export const GRAPH_FILE_EXTENSIONS = [
  '.json',
  '.gexf',
  '.graphml',
  '.xml',
  '.csv',
  '.ttl',
  '.nt',
  '.nq',
  '.trig',
  '.jsonld',
  '.rdf',
  '.owl',
] as const;
