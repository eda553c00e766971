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


def test_terms_ids_written_in_the_package_code_are_shipped_terms():
    """Every NCIT/HGNC/SO/MEDDRA/DRUGBANK CURIE a module or rule file of kg/ writes (e.g. the exports' response
    ranking, the SO type of fusion nodes, a diagnosis rule's target such as the APL-with-PML::RARA subtype) is a
    shipped, verified term."""
    shipped = {t.id for t in load_terms()}
    found = {}
    for py in sorted([*(ROOT / "kg").rglob("*.py"), *(ROOT / "kg").rglob("*.jsonl")]):
        for curie in re.findall(r'"((?:NCIT|HGNC|SO|MEDDRA|DRUGBANK):[A-Z]*\d+)"', py.read_text()):
            found.setdefault(curie, py.name)
    assert not {c: f for c, f in found.items() if c not in shipped}


def test_the_so_type_of_fusion_nodes_is_the_shipped_gene_fusion_term():
    from kg.graph.iri import curie_of
    from kg.graph.vocab import GENE_FUSION

    terms = {t.id: t for t in load_terms()}
    fusion = terms[curie_of(str(GENE_FUSION))]
    assert fusion.id == "SO:0001565" and fusion.type == "fusion_class" and fusion.label == "gene fusion"
