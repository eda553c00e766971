"""What an RDF export's added rdf:type quads should be, worked out without kg's code.

kg.ttl documents the classes whose nodes the store leaves untyped ("no rdf:type quad is stored" in
the class's definition). The expected types are the RDFS entailments of the data plus kg.ttl
(owlrl, pySHACL's reasoner) for those classes, or, for a large store, a count by SPARQL over the
links whose rdfs:range kg.ttl declares to be such a class.
"""
from __future__ import annotations

from functools import lru_cache

import owlrl
import pyoxigraph as ox
import rdflib
from rdflib.namespace import RDF, RDFS, SKOS

from kg import ONTOLOGY_DIR

UNTYPED_NOTE = "no rdf:type quad is stored"


@lru_cache(maxsize=1)
def vocabulary() -> rdflib.Graph:
    return rdflib.Graph().parse(ONTOLOGY_DIR / "kg.ttl", format="turtle")


@lru_cache(maxsize=1)
def documented_untyped_classes() -> frozenset:
    """The classes kg.ttl's definitions say the store never types."""
    v = vocabulary()
    return frozenset(c for c, d in v.subject_objects(SKOS.definition) if UNTYPED_NOTE in str(d))


def entailed_types(data: rdflib.Graph) -> rdflib.Graph:
    """The rdf:type triples RDFS entails (data + kg.ttl) for the documented untyped classes."""
    closure = rdflib.Graph()
    for t in data:
        closure.add(t)
    for t in vocabulary():
        closure.add(t)
    owlrl.DeductiveClosure(owlrl.RDFS_Semantics).expand(closure)
    nodes = set(data.objects())
    out = rdflib.Graph()
    for c in documented_untyped_classes():
        for node in closure.subjects(RDF.type, c):
            if node in nodes:
                out.add((node, RDF.type, c))
    return out


def expected_type_count(raw: ox.Store, merged: bool = False) -> int:
    """Distinct (graph, node, class) for the objects of the links ranging over the untyped classes
    (``merged``: distinct (node, class), the graphs merged as Turtle writes them)."""
    v = vocabulary()
    links = {p: c for p, c in v.subject_objects(RDFS.range) if c in documented_untyped_classes()}
    values = " ".join(f"(<{p}> <{c}>)" for p, c in links.items())
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ SELECT DISTINCT {'' if merged else '?g'} ?o ?c WHERE {{ VALUES (?p ?c) {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }} }}"
    return int(next(iter(raw.query(q)))["n"].value)
