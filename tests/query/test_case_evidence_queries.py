"""queries/case_evidence.rq and case_summary.rq (read by `kg site`) against the two-case fixture."""
from kg.query import run_query

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"


def rows(store, name, **params):
    cols, rs = run_query(store, name, params)
    return [dict(zip(cols, r)) for r in rs]


def test_case_evidence_every_fact_kind_with_its_sentence_and_no_row_without_evidence(store):
    got = [(r["case"], r["fact"], r["kind"], r["mention"], r["mention_start"], r["mention_end"])
           for r in rows(store, "case_evidence")]
    # case B itself, its fusion, its therapy lines and all of case A's lines carry no evidence: no row
    assert sorted(got) == sorted([
        (CA, CA, "PatientCase", "man", 100, 103),
        (CA, CA + "/diagnosis/1", "Diagnosis", "inflammatory myofibroblastic tumor", 140, 175),
        (CA, CA + "/fusion/1", "GeneFusion", "YWHAE-ROS1", 210, 220),
        (CA, CA + "/therapy/2/drug/1", "DrugAdministration", "crizotinib", 300, 310),
        (CB, CB + "/diagnosis/1", "Diagnosis", "non-small cell lung cancer", 12, 38),
        (CB, CB + "/therapy/2/drug/1", "DrugAdministration", "alectinib", 81, 90),
    ])


def test_case_evidence_sentence_section_and_missing_title(store):
    by_fact = {r["fact"]: r for r in rows(store, "case_evidence")}
    a = by_fact[CA + "/therapy/2/drug/1"]
    assert (a["sentence"], a["sentence_start"], a["section"], a["section_title"]) == (
        "In May 2019 he started crizotinib 250 mg orally twice daily.", 277, "case", "CASE PRESENTATION")
    b = by_fact[CB + "/diagnosis/1"]
    assert (b["section"], b["section_title"], b["evidence"]) == ("abstract", "", RB + "/evidence/12-38")


def test_case_evidence_bound_to_one_case(store):
    assert {r["fact"] for r in rows(store, "case_evidence", case=CB)} == {CB + "/diagnosis/1", CB + "/therapy/2/drug/1"}


def test_case_summary_one_row_per_case_outcome_missing(store):
    assert rows(store, "case_summary") == [
        {"case": CB, "report": RB, "title": "ALK-rearranged lung adenocarcinoma: crizotinib then alectinib",
         "source_file": "001_nsclc.xml", "outcome": None},
        {"case": CA, "report": RA, "title": "ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib",
         "source_file": "000_imt.txt", "outcome": "alive without evidence of disease"},
    ]
