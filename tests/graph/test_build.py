"""kg.graph.build: procedures are numbered in date order, so `kg cases` and the
case_procedures query list them chronologically whatever order the report tells them in."""
from __future__ import annotations

import pytest

from kg.graph.build import build_report_graph, chronological
from kg.model import CaseRecord, Concept, Document, Procedure, ReportRecord
from kg.query import run_query
from kg.query.cases import cases_json
from kg.store import open_store
from kg.validate import ensure_valid


def proc(label: str, date: str | None) -> Procedure:
    return Procedure(concept=Concept(None, label, "procedure"), label=label, date=date)


def labels(procedures) -> list[str]:
    return [p.label for p in procedures]


def test_chronological_sorts_by_date_and_undated_follow_what_was_told_before():
    told = [proc("first undated", None), proc("disarticulation", "2013-07"), proc("histology", None),
            proc("radiation", "2012"), proc("SBRT", "2012-02"), proc("SBRT again", None),
            proc("R1 surgery", "2016-08"), proc("R2 surgery", "2007-04")]
    assert labels(chronological(told)) == [
        "first undated", "R2 surgery", "radiation", "SBRT", "SBRT again", "disarticulation", "histology",
        "R1 surgery"]


def test_chronological_keeps_the_told_order_of_one_date():
    told = [proc("b", "2020-01"), proc("a", "2020-01"), proc("c", "2019")]
    assert labels(chronological(told)) == ["c", "b", "a"]


@pytest.fixture(scope="module")
def eleven_procedures_store():
    """One case whose eleven procedures are told in reverse date order (numbers past 9 included)."""
    told = [proc(f"procedure {m}", f"2020-{m:02d}") for m in range(11, 0, -1)]
    told.insert(3, proc("undated after 2020-09", None))
    doc = Document(source="in/p.txt", format="text", ids=["pmid:77"], title="t", text="x", sections=[])
    record = ReportRecord(document=doc, cases=[CaseRecord(number=1, procedures=told)], content_hash="b" * 64)
    giri, g = build_report_graph(record)
    ensure_valid(g, "procedures")
    st = open_store(None)
    st.replace_graph(str(giri), g)
    yield st
    st.close()


EXPECTED = ["procedure 1", "procedure 2", "procedure 3", "procedure 4", "procedure 5", "procedure 6",
            "procedure 7", "procedure 8", "procedure 9", "undated after 2020-09", "procedure 10", "procedure 11"]


def test_kg_cases_lists_procedures_in_date_order(eleven_procedures_store):
    (case,) = cases_json(eleven_procedures_store)
    assert [p["label"] for p in case["procedures"]] == EXPECTED
    dated = [p["date"] for p in case["procedures"] if p["date"]]
    assert dated == sorted(dated)


def test_case_procedures_query_lists_procedures_in_date_order(eleven_procedures_store):
    cols, rows = run_query(eleven_procedures_store, "case_procedures")
    got = [dict(zip(cols, r)) for r in rows]
    assert [r["label"] for r in got] == EXPECTED
    assert got[-1]["procedure"].endswith("/procedure/12") and got[8]["procedure"].endswith("/procedure/9")
