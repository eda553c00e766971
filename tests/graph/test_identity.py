"""Report identity (README, "Identity rules"): identifiers when a report has any, else its content.

Never the file name: two files with one name are two reports, a renamed file is the same report.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from kg.graph import iri as iris
from kg.model import Document
from kg.pipeline import ingest
from kg.query.cases import cases_json
from kg.store import open_store


def idless_text(age: int, drug: str = "crizotinib") -> str:
    """A plain-text case report without DOI/PMID/PMCID (its id is file:<name>)."""
    return (f"{drug.capitalize()} in ALK-rearranged lung adenocarcinoma\n\nCASE PRESENTATION\n\n"
            f"In March 2021 a {age}-year-old woman presented with cough. Biopsy confirmed lung "
            f"adenocarcinoma and sequencing revealed an EML4-ALK fusion. In May 2021 she started {drug} "
            "(250 mg orally, twice daily). After 3 months a partial response was observed.\n")


def doc(ids, text="t", title="x", fmt="text", source="a/case.txt") -> Document:
    return Document(source=source, format=fmt, ids=ids, title=title, text=text, sections=[])


def run(paths, store):
    summary = ingest(paths, store, jobs=1)
    with open_store(store, read_only=True) as st:
        return summary, st.named_graphs(), cases_json(st)


# ----------------------------------------------------------------- unit ---
def test_identity_from_identifiers_ignores_file_name():
    a = doc(["doi:10.1/x", "pmid:1"], source="a/one.txt")
    b = doc(["doi:10.1/x", "pmid:1"], text="other text", source="b/two.txt")
    assert iris.report_identity(a) == "doi:10.1/x"
    assert iris.report_graph_iri(a) == iris.report_graph_iri(b) == iris.graph_iri("doi:10.1/x")


def test_identity_without_identifiers_is_content_not_name():
    a = doc(["file:case.txt"], text="first report", source="dirA/case.txt")
    b = doc(["file:case.txt"], text="second report", source="dirB/case.txt")
    renamed = doc(["file:renamed.txt"], text="first report", source="elsewhere/renamed.txt")
    assert iris.report_identity(a).startswith("sha256:")
    assert iris.report_graph_iri(a) != iris.report_graph_iri(b)
    assert iris.report_graph_iri(a) == iris.report_graph_iri(renamed)
    # a record of a collection file: the record number is no identity either
    assert iris.report_graph_iri(doc(["file:set.jsonl#1"], text="first report")) == iris.report_graph_iri(a)


# ------------------------------------------------------------ ingest -------
@pytest.fixture(scope="module")
def two_dirs(tmp_path_factory):
    root = tmp_path_factory.mktemp("identity")
    (root / "dirA").mkdir()
    (root / "dirB").mkdir()
    (root / "dirA" / "case.txt").write_text(idless_text(41), encoding="utf-8")
    (root / "dirB" / "case.txt").write_text(idless_text(63, "alectinib"), encoding="utf-8")
    return root


def test_two_files_with_one_name_are_two_reports_and_rerun_is_unchanged(two_dirs, tmp_path):
    store = tmp_path / "store"
    s1, graphs, cases = run([two_dirs / "dirA", two_dirs / "dirB"], store)
    assert len(s1.ingested) == 2 and len(graphs) == 2
    assert sorted(c["age"] for c in cases) == [41, 63]
    assert [c["report_ids"] for c in cases] == [["file:case.txt"], ["file:case.txt"]]   # the contract keeps file:
    s2, graphs2, _ = run([two_dirs / "dirA", two_dirs / "dirB"], store)
    assert s2.ingested == [] and len(s2.unchanged) == 2 and graphs2 == graphs


def test_renamed_file_is_the_same_report(two_dirs, tmp_path):
    store = tmp_path / "store"
    _, graphs1, _ = run([two_dirs / "dirA" / "case.txt"], store)
    renamed = tmp_path / "renamed.txt"
    renamed.write_bytes((two_dirs / "dirA" / "case.txt").read_bytes())
    _, graphs2, cases = run([renamed], store)
    assert graphs2 == graphs1                                   # not duplicated
    assert [c["report_ids"] for c in cases] == [["file:renamed.txt"]]   # the name follows the last ingest


def test_changed_content_under_one_name_is_a_new_report_and_the_old_one_stays(tmp_path):
    d = tmp_path / "in"
    d.mkdir()
    f = d / "case.txt"
    f.write_text(idless_text(41), encoding="utf-8")
    store = tmp_path / "store"
    _, graphs1, _ = run([f], store)
    f.write_text(idless_text(42), encoding="utf-8")
    s2, graphs2, cases = run([f], store)
    assert len(s2.ingested) == 1 and len(graphs2) == 2 and set(graphs1) < set(graphs2)
    assert sorted(c["age"] for c in cases) == [41, 42]


def test_changed_content_with_an_identifier_replaces_the_report(tmp_path):
    f = tmp_path / "case.txt"
    f.write_text(idless_text(41).replace("\n\nCASE", "\n\ndoi: 10.5555/kg.identity.1\n\nCASE"), encoding="utf-8")
    store = tmp_path / "store"
    _, graphs1, _ = run([f], store)
    f.write_text(idless_text(42).replace("\n\nCASE", "\n\ndoi: 10.5555/kg.identity.1\n\nCASE"), encoding="utf-8")
    _, graphs2, cases = run([f], store)
    assert graphs2 == graphs1 == [str(iris.graph_iri("doi:10.5555/kg.identity.1"))]
    assert [c["age"] for c in cases] == [42]
