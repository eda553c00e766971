"""Ontology ids written in code and queries are the ones the verified term lists carry."""
import re
from pathlib import Path

from kg.extraction.therapy import RESPONSE_CURIES, RESPONSE_LABELS
from kg.terms import load_terms

ROOT = Path(__file__).resolve().parents[1]


def test_terms_response_ids_in_code_match_the_response_terms():
    by_class = {t.extra.get("response_class"): (t.id, t.label) for t in load_terms() if t.type == "response"}
    for cls, curie in RESPONSE_CURIES.items():
        assert by_class[cls] == (curie, RESPONSE_LABELS[cls]), cls


def test_terms_ids_in_named_queries_are_shipped_terms():
    shipped = {t.id for t in load_terms()}
    for rq in sorted((ROOT / "queries").glob("*.rq")):
        for curie in re.findall(r'"((?:NCIT|HGNC|SO):[A-Z]?\d+)"', rq.read_text()):
            assert curie in shipped, f"{rq.name}: {curie}"


def test_terms_ids_in_test_fixture_graphs_are_shipped_terms():
    shipped = {t.id for t in load_terms()}
    for trig in sorted((ROOT / "tests" / "fixtures" / "graphs").glob("*.trig")):
        found = set(re.findall(r'"((?:NCIT|HGNC|SO|MEDDRA):[A-Z]?\d+)"', trig.read_text()))
        assert found and found <= shipped, f"{trig.name}: {sorted(found - shipped)}"
