"""RDF term conversion between rdflib and pyoxigraph (used by the embedded and the remote store)."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib.term import BNode, Literal, URIRef

from kg.errors import StoreError
from kg.prefixes import namespace

_XSD_STRING = namespace("xsd") + "string"


def named_node(iri: str) -> ox.NamedNode:
    try:
        return ox.NamedNode(str(iri))
    except ValueError as e:
        raise StoreError(f"not a valid IRI: {str(iri)!r} ({e})") from e


# pyoxigraph's term classes: what the ingest's parsed N-Triples hold (~40 terms a report), checked first:
# rdflib's classes answer isinstance through their ABC machinery, three times per term
_OX_TERMS = frozenset({ox.NamedNode, ox.BlankNode, ox.Literal})


def to_ox(term) -> ox.NamedNode | ox.BlankNode | ox.Literal:
    """rdflib term -> pyoxigraph term (a pyoxigraph term as it is)."""
    if term.__class__ in _OX_TERMS:
        return term
    if isinstance(term, URIRef):
        return named_node(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=named_node(str(term.datatype)))
        return ox.Literal(str(term))
    if isinstance(term, (ox.NamedNode, ox.BlankNode, ox.Literal)):
        return term
    raise StoreError(f"cannot store RDF term {term!r} of type {type(term).__name__}")


def to_rdflib(term):
    """pyoxigraph term -> rdflib term."""
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if isinstance(term, ox.BlankNode):
        return BNode(term.value)
    if isinstance(term, ox.Literal):
        if term.language:
            return Literal(term.value, lang=term.language)
        dt = term.datatype.value
        if dt == _XSD_STRING:
            return Literal(term.value)
        return Literal(term.value, datatype=URIRef(dt))
    if term is None:
        return None
    raise StoreError(f"unexpected term {term!r}")


def _sparql_term(t) -> str:
    # pyoxigraph's str() is the N-Triples form (escaped), valid in SPARQL INSERT DATA
    return str(t)
