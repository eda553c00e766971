"""Ontology ids written in code and queries are the ones the verified term lists carry."""
import re
from pathlib import Path

from kg.terms import load_terms

ROOT = Path(__file__).resolve().parents[2]


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
