"""kg.store.rdf: term conversion between rdflib and pyoxigraph."""
from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib.term import BNode, Literal, URIRef

from kg.errors import StoreError
from kg.store.rdf import to_ox, to_rdflib


@pytest.mark.parametrize("term", [
    ox.NamedNode("https://example.org/report/7#case1"),
    ox.BlankNode("b12"),
    ox.Literal("partial response"),
    ox.Literal("2019-03", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#gYearMonth")),
    ox.Literal("réponse partielle", language="fr"),
])
def test_a_pyoxigraph_term_is_given_as_it_is(term):
    assert to_ox(term) is term


@pytest.mark.parametrize("term, expected", [
    (URIRef("https://example.org/drug/9"), ox.NamedNode("https://example.org/drug/9")),
    (BNode("n3"), ox.BlankNode("n3")),
    (Literal("grade 3 rash"), ox.Literal("grade 3 rash")),
    (Literal("stable disease", lang="en"), ox.Literal("stable disease", language="en")),
    (Literal("42", datatype=URIRef("http://www.w3.org/2001/XMLSchema#integer")),
     ox.Literal("42", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
])
def test_rdflib_terms_are_converted_and_back(term, expected):
    assert to_ox(term) == expected
    assert to_rdflib(to_ox(term)) == term


def test_anything_else_is_a_store_error():
    with pytest.raises(StoreError):
        to_ox(("not", "a", "term"))
    with pytest.raises(StoreError):
        to_ox("https://example.org/plain-string")
