"""The named queries the per-case exports read (case_report_outcome, case_line_details, case_fact_evidence)
against the hand-written two-report fixture, with the expected rows (missing values included)."""
from __future__ import annotations

from kg.query import run_query

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"
NCIT = "http://purl.obolibrary.org/obo/NCIT_"


def rows(store, name, **params):
    cols, rs = run_query(store, name, params)
    return [dict(zip(cols, r)) for r in rs]


def test_case_summary_title_and_outcome_unbound_when_not_told(store):
    assert rows(store, "case_report_outcome") == [
        {"case": CB, "report": RB, "title": "ALK-rearranged lung adenocarcinoma: crizotinib then alectinib",
         "outcome": None},
        {"case": CA, "report": RA, "title": "ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib",
         "outcome": "alive without evidence of disease"}]


def test_case_line_details_reason_dose_route_schedule(store):
    got = [(r["case"], r["line"], r["reason"], r["drug"], r["dose"], r["route"], r["schedule"])
           for r in rows(store, "case_line_details")]
    assert got == [
        (CB, 1, "progression", NCIT + "C74061", "250 mg", None, "twice daily"),
        (CB, 2, None, NCIT + "C101790", "600 mg", None, None),
        (CA, 1, "no response", NCIT + "C456", None, None, None),
        (CA, 1, "no response", NCIT + "C564", None, None, None),
        (CA, 2, None, NCIT + "C74061", "250 mg", "orally", "twice daily")]


def test_case_evidence_one_row_per_fact_with_evidence_in_text_order(store):
    got = [(r["fact"].rsplit("/report/", 1)[1], r["kind"], r["mention"], r["section"], r["mention_start"])
           for r in rows(store, "case_fact_evidence", case=CA)]
    assert got == [
        ("3903f785d287a078/case/1", "PatientCase", "man", "case", 100),
        ("3903f785d287a078/case/1/diagnosis/1", "Diagnosis", "inflammatory myofibroblastic tumor", "case", 140),
        ("3903f785d287a078/case/1/fusion/1", "GeneFusion", "YWHAE-ROS1", "case", 210),
        ("3903f785d287a078/case/1/therapy/2/drug/1", "DrugAdministration", "crizotinib", "case", 300)]
    b = rows(store, "case_fact_evidence", case=CB)
    assert [(r["kind"], r["sentence"]) for r in b] == [
        ("Diagnosis", "We report a non-small cell lung cancer with ALK rearrangement."),
        ("DrugAdministration", "She then received alectinib 600 mg twice daily.")]
    assert all(r["evidence"].startswith(RB + "/evidence/") for r in b)
