"""queries/case_line_details.rq (read by the per-case exports) against the hand-written two-report fixture,
with the expected rows (missing values included). case_summary and case_evidence, which the exports
share with `kg site`: tests/query/test_case_evidence_queries.py."""
from __future__ import annotations

from kg.query import run_query

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"
NCIT = "http://purl.obolibrary.org/obo/NCIT_"


def rows(store, name, **params):
    cols, rs = run_query(store, name, params)
    return [dict(zip(cols, r)) for r in rs]


def test_case_line_details_reason_dose_route_schedule(store):
    got = [(r["case"], r["line"], r["reason"], r["drug"], r["dose"], r["route"], r["schedule"])
           for r in rows(store, "case_line_details")]
    assert got == [
        (CB, 1, "progression", NCIT + "C74061", "250 mg", None, "twice daily"),
        (CB, 2, None, NCIT + "C101790", "600 mg", None, None),
        (CA, 1, "no response", NCIT + "C456", None, None, None),
        (CA, 1, "no response", NCIT + "C564", None, None, None),
        (CA, 2, None, NCIT + "C74061", "250 mg", "orally", "twice daily")]
