"""The rdf:type quads an RDF export adds for the nodes the store leaves untyped.

The store writes no rdf:type on fact, sentence, section and decision nodes: a node's class is the
rdfs:range of the link that leads to it (kg:hasFusion -> kg:GeneFusion, kg:inSentence -> kg:Sentence;
ontology/kg.ttl), which saves ~25 quads per report. Tools that load an export have no RDFS reasoner,
so the export states those classes: for every quad ``s p o g`` whose predicate's range is such a
class, ``o rdf:type range`` in the same graph. ``CaseStore.load_file`` drops them again
(``is_added_type``), so an export loads back into the store it came from.
"""
from __future__ import annotations

from functools import lru_cache

import pyoxigraph as ox

from kg import ONTOLOGY_DIR
from kg.prefixes import namespace

_KG = namespace("kg")
RDF_TYPE = ox.NamedNode(namespace("rdf") + "type")
# classes whose nodes the store types itself: a report, a patient case, a shared best response
# (kg/graph/build.py, kg/store/summaries.py); terms are typed once in the terminology graph
STORED_TYPES = frozenset(_KG + c for c in ("Report", "CaseReport", "PatientCase", "BestResponse"))

_RANGES = """
SELECT ?p ?c WHERE {
  ?p a owl:ObjectProperty ; rdfs:range ?c .
  ?c a owl:Class .
  FILTER(isIRI(?c) && STRSTARTS(STR(?p), STR(kg:)) && STRSTARTS(STR(?c), STR(kg:)))
  FILTER NOT EXISTS { ?c rdfs:subClassOf* kg:Term }
}"""


@lru_cache(maxsize=1)
def untyped_ranges() -> dict[ox.NamedNode, ox.NamedNode]:
    """{link: class} for the kg links whose objects the store leaves untyped, read from kg.ttl."""
    vocab = ox.Store()
    vocab.load(path=str(ONTOLOGY_DIR / "kg.ttl"), format=ox.RdfFormat.TURTLE)
    sols = vocab.query(_RANGES, prefixes={p: namespace(p) for p in ("kg", "owl", "rdfs")})
    return {s["p"]: s["c"] for s in sols if s["c"].value not in STORED_TYPES}


def added_type_quads(quads) -> list[ox.Quad]:
    """The rdf:type quads for the untyped objects of ``quads`` (pyoxigraph Quads), each once."""
    ranges = untyped_ranges()
    out: dict[tuple, ox.Quad] = {}
    for q in quads:
        cls = ranges.get(q.predicate)
        if cls is not None and isinstance(q.object, ox.NamedNode):
            out.setdefault((q.object, cls, q.graph_name), ox.Quad(q.object, RDF_TYPE, cls, q.graph_name))
    return list(out.values())


def store_type_quads(raw: ox.Store, graph: ox.NamedNode | None = None) -> list[ox.Quad]:
    """``added_type_quads`` of a whole store (or of one named graph), read link by link."""
    quads = (q for link in untyped_ranges() for q in raw.quads_for_pattern(None, link, None, graph))
    return added_type_quads(quads)


def is_added_type(predicate, obj) -> bool:
    """True for an ``rdf:type`` quad an export added (its class is one the store leaves untyped)."""
    return predicate == RDF_TYPE and obj in _untyped_classes()


@lru_cache(maxsize=1)
def _untyped_classes() -> frozenset:
    return frozenset(untyped_ranges().values())


__all__ = ["added_type_quads", "store_type_quads", "is_added_type", "untyped_ranges", "STORED_TYPES"]
