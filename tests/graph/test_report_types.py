"""A document without a patient case is a kg:Report, not a kg:CaseReport; `kg stats` tells them apart."""
from __future__ import annotations

import pytest
from rdflib import RDF, URIRef

from kg.errors import ValidationError
from kg.graph.build import build_report_graph
from kg.graph.vocab import KG
from kg.model import CaseRecord, Document, ReportRecord
from kg.query.stats import store_stats
from kg.store import open_store
from kg.validate import ensure_valid, validate_graph


def record(pmid: str, n_cases: int) -> ReportRecord:
    doc = Document(source=f"in/{pmid}.txt", format="text", ids=[f"pmid:{pmid}"], title="t", text="x", sections=[])
    return ReportRecord(document=doc, cases=[CaseRecord(number=i + 1) for i in range(n_cases)],
                        content_hash="a" * 64)


def report_types(g) -> set:
    return {o for s, o in g.subject_objects(RDF.type) if o in (KG.Report, KG.CaseReport)}


def test_document_without_a_case_is_a_report_only_and_valid():
    _, g = build_report_graph(record("1", 0))
    assert report_types(g) == {KG.Report}
    ensure_valid(g, "no case")


def test_document_with_a_case_is_report_and_case_report():
    _, g = build_report_graph(record("2", 1))
    assert report_types(g) == {KG.Report, KG.CaseReport}
    ensure_valid(g, "one case")


def test_a_case_report_without_a_case_does_not_conform():
    _, g = build_report_graph(record("3", 0))
    (r,) = g.subjects(RDF.type, KG.Report)
    g.add((r, RDF.type, KG.CaseReport))
    rep = validate_graph(g, "bad")
    assert not rep.conforms and any("CaseReportHasCaseShape" in x for x in rep.results)
    with pytest.raises(ValidationError):
        ensure_valid(g, "bad")


def test_report_metadata_still_required_for_a_plain_report():
    _, g = build_report_graph(record("4", 0))
    (r,) = g.subjects(RDF.type, KG.Report)
    g.remove((r, KG.contentHash, None))
    assert not validate_graph(g, "no hash").conforms


def test_stats_separate_reports_with_cases_from_the_rest():
    st = open_store(None)
    for pmid, n in (("10", 0), ("11", 2), ("12", 1)):
        giri, g = build_report_graph(record(pmid, n))
        st.replace_graph(str(giri), g)
    s = store_stats(st)
    assert (s["reports"], s["case_reports"], s["reports_without_cases"], s["cases"]) == (3, 2, 1, 3)
    # the content hash of a report without a case is found (re-ingest skips it as unchanged)
    giri, _ = build_report_graph(record("10", 0))
    assert st.content_hash(str(giri)) == "a" * 64
