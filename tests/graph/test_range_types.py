"""kg.graph.range_types: the classes an export types are the ones kg.ttl says the store leaves
untyped, and a stored report graph never types them itself."""
from __future__ import annotations

import pyoxigraph as ox

from fixture_helpers import FIXTURE_TRIG
from kg.graph.range_types import RDF_TYPE, added_type_quads, is_added_type, untyped_ranges
from range_oracle import documented_untyped_classes


def test_the_classes_are_the_documented_untyped_ones():
    assert {c.value for c in untyped_ranges().values()} == {str(c) for c in documented_untyped_classes()}


def test_no_stored_node_carries_an_added_type():
    quads = list(ox.parse(path=str(FIXTURE_TRIG), format=ox.RdfFormat.TRIG))
    assert not [q for q in quads if is_added_type(q.predicate, q.object)]


def test_one_type_per_node_and_graph_and_none_for_literals():
    kg = "https://w3id.org/kg-oncocase/vocab#"
    g1, g2 = ox.NamedNode("http://example.org/g1"), ox.NamedNode("http://example.org/g2")
    case, line = ox.NamedNode("http://example.org/case"), ox.NamedNode("http://example.org/line")
    link = ox.NamedNode(kg + "hasTherapyLine")
    quads = [ox.Quad(case, link, line, g1), ox.Quad(case, link, line, g1), ox.Quad(case, link, line, g2),
             ox.Quad(case, ox.NamedNode(kg + "age"), ox.Literal("40"), g1)]
    added = added_type_quads(quads)
    assert sorted(str(q) for q in added) == sorted(
        str(ox.Quad(line, RDF_TYPE, ox.NamedNode(kg + "TherapyLine"), g)) for g in (g1, g2))
