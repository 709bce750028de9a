#!/usr/bin/env python3
"""Independent oracle for the RDF mapping (graph-data/formats/README.md), computed with rdflib:
prints JSON {triples, entities, relations, namedGraphs} for FILE in FORMAT (rdflib's format names),
for the default graph, or for the named graph given as a third argument ('all' for every graph)."""
import json
import sys
from pathlib import Path

from rdflib import RDF, ConjunctiveGraph, Literal, URIRef

path, fmt = sys.argv[1], sys.argv[2]
selection = sys.argv[3] if len(sys.argv) > 3 else "default"
ds = ConjunctiveGraph()
ds.parse(path, format=fmt)
# rdflib puts a file's default graph in a context named after the file (or urn:x-rdflib:default for N-Quads).
default_ids = {str(ds.default_context.identifier), Path(path).absolute().as_uri(), "urn:x-rdflib:default"}
named = [str(c.identifier) for c in ds.contexts() if str(c.identifier) not in default_ids and len(c) > 0]
if selection == "all":
    triples = set(ds.triples((None, None, None)))
elif selection == "default":
    triples = set()
    for c in ds.contexts():
        if str(c.identifier) in default_ids:
            triples |= set(c.triples((None, None, None)))
else:
    triples = set(ds.get_context(URIRef(selection)).triples((None, None, None)))
entities = set()
relations = 0
for s, p, o in triples:
    entities.add(s)
    if p != RDF.type and not isinstance(o, Literal):
        entities.add(o)
        relations += 1
print(json.dumps({"triples": len(triples), "entities": len(entities), "relations": relations, "namedGraphs": sorted(named)}))
