"""kg.export: Turtle, TriG and JSON-LD write every term as a prefixed name of the one prefix map."""
from __future__ import annotations

import io
import json
import re

import pyoxigraph as ox
import pytest

from kg.export import export
from kg.prefixes import PREFIXES
from kg.store.layout import summaries_graph
from range_oracle import expected_type_count

TERM_NAMESPACES = {p: PREFIXES[p] for p in ("NCIT", "HGNC", "MEDDRA", "SO", "KG")}


def _export(store, fmt) -> str:
    buf = io.BytesIO()
    export(store, fmt, buf)
    return buf.getvalue().decode("utf-8")


@pytest.mark.parametrize("fmt,rdf_format", [("turtle", ox.RdfFormat.TURTLE), ("trig", ox.RdfFormat.TRIG)])
def test_turtle_and_trig_declare_the_map_and_write_no_term_iri_in_full(store, fmt, rdf_format):
    text = _export(store, fmt)
    declared = dict(re.findall(r"^@prefix ([\w-]*): <([^>]*)> \.$", text, re.M))
    body = re.sub(r"^@prefix .*$", "", text, flags=re.M)
    for p, uri in TERM_NAMESPACES.items():
        assert declared.get(p) == uri
        assert f"<{uri}" not in body, f"{p} IRI written in full"
    for curie in ("NCIT:C6481", "HGNC:12851", "HGNC:427", "MEDDRA:10029366"):
        assert re.search(rf"[\s,]{re.escape(curie)}\s*[;.,]", text), curie
    # and Oxigraph reads it back to the same number of triples: the two reports (6 term triples
    # shared by both, stored once in the terminology graph), the summaries graph and the types
    # of the nodes the store leaves untyped
    expected = 258 - 6 + store.count(summaries_graph()) + expected_type_count(store.raw)
    assert len(list(ox.parse(text.encode(), format=rdf_format))) == expected


def test_jsonld_context_is_the_map_and_terms_are_compacted(store):
    doc = json.loads(_export(store, "jsonld"))
    ctx = doc["@context"]
    for p, uri in TERM_NAMESPACES.items():
        entry = ctx[p]
        assert (entry["@id"] if isinstance(entry, dict) else entry) == uri
    text = json.dumps(doc)
    assert '"HGNC:12851"' in text and '"NCIT:C6481"' in text and '"MEDDRA:10029366"' in text
    for uri in TERM_NAMESPACES.values():
        assert f'"{uri}' not in text.replace(json.dumps(ctx), "")
    assert len(list(ox.parse(text.encode(), format=ox.RdfFormat.JSON_LD))) == (
        258 - 6 + store.count(summaries_graph()) + expected_type_count(store.raw))
