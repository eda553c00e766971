"""kg.export.kgx: KGX nodes/edges TSV with Biolink categories and predicates.

Without network or kgx: the KGX format's required columns, CURIE ids and the Biolink names used.
System: the `kgx` validator from PyPI (in its own venv, `.venv-kgx`, made by `.ci/run`; or the
Python named by $KG_KGX_PYTHON) on the fixture, the seeds and all of ../shared/corpus."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import subprocess
from pathlib import Path

import pytest

from kg.export import export, kgx_paths
from kg.export.kgx import kgx_tsv

ROOT = Path(__file__).resolve().parents[2]
# KGX format spec (kgx-format.md): required node and edge properties; Biolink 4 adds these two on edges
NODE_REQUIRED = {"id", "category"}
EDGE_REQUIRED = {"id", "subject", "predicate", "object", "knowledge_level", "agent_type"}
KGX_CURIE = re.compile(r"^[^ <()>:]*:[^/ :]+$")   # kgx.prefix_manager.PrefixManager.is_curie
BIOLINK_CATEGORIES = {"biolink:Case", "biolink:Publication", "biolink:Disease", "biolink:Gene",
                      "biolink:SequenceVariant", "biolink:Drug", "biolink:PhenotypicFeature",
                      "biolink:Procedure", "biolink:Treatment"}
BIOLINK_PREDICATES = {"biolink:mentioned_by", "biolink:related_to_at_instance_level", "biolink:has_sequence_variant",
                      "biolink:is_sequence_variant_of", "biolink:has_phenotype", "biolink:has_participant",
                      "biolink:has_adverse_event"}


def table(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE))


def check_tables(nodes_tsv: str, edges_tsv: str) -> tuple[list[dict], list[dict]]:
    for text in (nodes_tsv, edges_tsv):
        header, *rows = text.rstrip("\n").split("\n")
        assert all(line.count("\t") == header.count("\t") for line in rows), "a cell holds a tab or a line break"
    nodes, edges = table(nodes_tsv), table(edges_tsv)
    assert NODE_REQUIRED <= set(nodes[0]) and EDGE_REQUIRED <= set(edges[0])
    ids = [n["id"] for n in nodes]
    assert len(ids) == len(set(ids))
    for n in nodes:
        assert KGX_CURIE.match(n["id"]), n["id"]
        assert n["category"] in BIOLINK_CATEGORIES, n
    for e in edges:
        assert all(e[k] for k in EDGE_REQUIRED), e
        assert e["predicate"] in BIOLINK_PREDICATES and e["category"].startswith("biolink:")
        assert e["subject"] in ids and e["object"] in ids, e
        assert KGX_CURIE.match(e["id"]) and e["knowledge_level"] == "observation"
        assert e["agent_type"] == "text_mining_agent" and e["publications"]
    return nodes, edges


def test_fixture_kgx_has_the_required_columns_and_biolink_names(store):
    nodes, edges = check_tables(*kgx_tsv(store))
    by_id = {n["id"]: n for n in nodes}
    assert by_id["HGNC:10261"]["category"] == "biolink:Gene"
    assert by_id["NCIT:C6481"]["category"] == "biolink:Disease"
    assert by_id["PMID:111"]["category"] == "biolink:Publication" and by_id["PMID:111"]["xref"] == "doi:10.1000/jimt.2021.1"
    line = by_id["kgr:3903f785d287a078#case-1-therapy-2"]
    assert (line["category"], line["has_drug"], line["best_response"]) == ("biolink:Treatment", "NCIT:C74061", "NCIT:C18058")
    assert line["iri"] == "https://w3id.org/kg-oncocase/report/3903f785d287a078/case/1/therapy/2"
    fusion = "kgr:3903f785d287a078#case-1-fusion-1"
    partners = {(e["object"], e["fusion_partner"]) for e in edges
                if e["subject"] == fusion and e["predicate"] == "biolink:is_sequence_variant_of"}
    assert partners == {("HGNC:12851", "5'"), ("HGNC:10261", "3'")}
    grades = {e["object"]: e["ctcae_grade"] for e in edges if e["predicate"] == "biolink:has_phenotype"}
    assert grades["MEDDRA:10029366"] == "4" and grades["MEDDRA:10028411"] == ""
    assert {(e["subject"], e["object"]) for e in edges if e["predicate"] == "biolink:has_adverse_event"} >= {
        ("NCIT:C456", "MEDDRA:10029366"), ("NCIT:C564", "MEDDRA:10029366"), ("NCIT:C74061", "MEDDRA:10005886")}


def test_export_writes_the_two_kgx_files(store, tmp_path):
    export(store, "kgx", tmp_path / "cases.tsv")
    nodes, edges = kgx_paths(tmp_path / "cases.tsv")
    assert (nodes.name, edges.name) == ("cases_nodes.tsv", "cases_edges.tsv")
    check_tables(nodes.read_text(), edges.read_text())


def kgx_python() -> str | None:
    candidates = [os.environ.get("KG_KGX_PYTHON"), str(ROOT / ".venv-kgx" / "bin" / "python")]
    return next((c for c in candidates if c and Path(c).is_file()), None)


def validate_with_kgx(store, tmp_path) -> dict:
    py = kgx_python()
    if py is None:
        pytest.skip("the kgx validator venv is missing: `.ci/run` makes .venv-kgx (or set KG_KGX_PYTHON)")
    export(store, "kgx", tmp_path / "g")
    nodes, edges = kgx_paths(tmp_path / "g")
    out = tmp_path / "kgx.json"
    run = subprocess.run([py, str(ROOT / "tools" / "kgx_validate.py"), str(out), str(nodes), str(edges)],
                         capture_output=True, text=True, timeout=900)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(out.read_text())


def unexpected(errors: list[dict]) -> list[dict]:
    """kgx errors other than the one it must report: ids with our own prefixes (KG: local terms,
    kgr: cases, fusions, lines, reports without PMID), which no Biolink context can know."""
    local = re.compile(r"CURIE prefix '(KG|kgr)' (?:that )?is not represented in Biolink Model JSON-LD context")
    return [e for e in errors if not local.search(e["message"])]


@pytest.mark.system
def test_kgx_validator_accepts_the_fixture_export(store, tmp_path):
    report = validate_with_kgx(store, tmp_path)
    assert report["nodes"] == 25 and report["edges"] == 29
    assert unexpected(report["errors"]) == []


@pytest.mark.system
def test_kgx_validator_accepts_the_seed_export(seeds_store, tmp_path):
    nodes, _ = check_tables(*kgx_tsv(seeds_store))
    report = validate_with_kgx(seeds_store, tmp_path)
    assert report["nodes"] == len(nodes) and unexpected(report["errors"]) == []


@pytest.mark.system
def test_kgx_validator_accepts_the_corpus_export(corpus_store, tmp_path):
    nodes, _ = check_tables(*kgx_tsv(corpus_store))
    report = validate_with_kgx(corpus_store, tmp_path)
    assert report["nodes"] == len(nodes) and unexpected(report["errors"]) == []
