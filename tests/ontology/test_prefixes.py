"""ontology/prefixes.json is the one prefix map: every declaration in the repository agrees with it,
no module writes a namespace of it by hand, and term IRIs follow the Biolink model prefix map."""
from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from kg import prefixes
from kg.graph import iri

ROOT = Path(__file__).resolve().parents[2]
RECORDS = json.loads((ROOT / "ontology" / "prefixes.json").read_text(encoding="utf-8"))
CANONICAL = {r["prefix"]: r["uri_prefix"] for r in RECORDS}
SYNONYM = {s: r["uri_prefix"] for r in RECORDS for s in r.get("prefix_synonyms", [])}
OLD_FORMS = {u: r["prefix"] for r in RECORDS for u in r.get("uri_prefix_synonyms", [])}
DECLARATION = re.compile(r"^\s*(?:@prefix|PREFIX)\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>", re.M | re.I)
DECLARING_FILES = sorted([*ROOT.glob("ontology/*.ttl"), *ROOT.glob("queries/*.rq"),
                          *ROOT.glob("tests/fixtures/graphs/*.trig")])


@pytest.mark.parametrize("path", DECLARING_FILES, ids=lambda p: p.name)
def test_every_prefix_declared_in_the_repository_agrees_with_the_map(path):
    declared = DECLARATION.findall(path.read_text(encoding="utf-8"))
    assert declared or path.suffix == ".rq"
    for name, uri in declared:
        assert uri not in OLD_FORMS, f"{path.name}: {name}: <{uri}> is the old form of {OLD_FORMS[uri]}"
        expected = CANONICAL.get(name, SYNONYM.get(name))
        if expected is not None:
            assert uri == expected, f"{path.name}: prefix {name}: <{uri}>, the map says <{expected}>"


# Biolink model prefix map (biolink-model-prefix-map.json) for the term prefixes kg ships
BIOLINK = {
    "NCIT:C74061": "http://purl.obolibrary.org/obo/NCIT_C74061",
    "SO:0001565": "http://purl.obolibrary.org/obo/SO_0001565",
    "HGNC:427": "http://identifiers.org/hgnc/427",
    "MEDDRA:10029366": "http://identifiers.org/meddra/10029366",
    "DRUGBANK:DB00007": "http://identifiers.org/drugbank/DB00007",
    "CHEBI:64310": "http://purl.obolibrary.org/obo/CHEBI_64310",
    "MONDO:0005233": "http://purl.obolibrary.org/obo/MONDO_0005233",
    "DOID:3908": "http://purl.obolibrary.org/obo/DOID_3908",
    "PMID:34195068": "http://www.ncbi.nlm.nih.gov/pubmed/34195068",
    "doi:10.3389/fonc.2021.658327": "https://doi.org/10.3389/fonc.2021.658327",
}


@pytest.mark.parametrize("curie", sorted(BIOLINK))
def test_term_iris_are_the_biolink_forms_and_compress_back(curie):
    assert prefixes.expand(curie) == BIOLINK[curie]
    assert prefixes.compress(BIOLINK[curie]) == curie


def test_term_iri_reads_any_case_and_old_iris_compress_to_the_same_curie():
    assert str(iri.term_iri("hgnc:427")) == BIOLINK["HGNC:427"]
    assert str(iri.term_iri("kg:drug-x")) == "https://w3id.org/kg-oncocase/term/drug-x"  # the local term, not the vocabulary
    assert iri.curie_of("http://identifiers.org/hgnc:427") == "HGNC:427"
    assert iri.curie_of("http://identifiers.org/meddra:10029366") == "MEDDRA:10029366"
    assert iri.curie_of("https://example.org/x") is None
    with pytest.raises(ValueError):
        iri.term_iri("NOPE:1")


def test_every_prefix_of_the_shipped_term_lists_is_in_the_map():
    from kg.terms import load_terms

    used = {t.id.split(":", 1)[0] for t in load_terms(include_user=False)}
    used |= {x.split(":", 1)[0] for t in load_terms(include_user=False) for x in t.xrefs}
    assert used and used <= set(CANONICAL), sorted(used - set(CANONICAL))


def _string_constants(tree: ast.AST):
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef))
                  and node.body and isinstance(node.body[0], ast.Expr)
                  and isinstance(node.body[0].value, ast.Constant)}
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
            yield node


# publication identifiers: their resolver URLs are data too (a DOI link in a report's text, the readers'
# examples of it; kg/site links to PubMed/PMC landing pages that share a host with the namespaces)
LANDING_PAGES = ("doi", "PMID", "PMCID")


def test_no_module_writes_a_namespace_of_the_map_by_hand():
    """Every namespace of the map (the project's, the term prefixes' old forms included, and the W3C
    vocabularies rdf, xsd, owl...) comes from kg.prefixes in the package, the benchmarks and the tools."""
    own = [u for p, u in CANONICAL.items() if p not in LANDING_PAGES]
    own += [u for u, p in OLD_FORMS.items() if p not in LANDING_PAGES]
    offenders = []
    for folder in ("kg", "benchmarks", "tools"):
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in _string_constants(ast.parse(path.read_text(encoding="utf-8"))):
                if any(u in node.value for u in own):
                    offenders.append(f"{path.relative_to(ROOT)}:{node.lineno}: {node.value[:60]!r}")
    assert not offenders, "use kg.prefixes instead:\n" + "\n".join(offenders)
