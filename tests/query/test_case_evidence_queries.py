"""queries/case_evidence.rq and case_summary.rq: one query per job, read by `kg site` and by the
per-case exports (kg/export/details.py), against the two-case fixture with the expected rows,
against a report that leaves every optional value out (rows with missing values), and (with
evidence_for_fact) against a built report whose two facts were read in one sentence."""
from __future__ import annotations

import pytest

from fixture_helpers import FIXTURE_TRIG
from kg.graph.build import build_report_graph
from kg.graph.iri import report_iri as build_iri
from kg.model import CaseRecord, Concept, Document, DrugAdministration, Evidence, ReportRecord, Section, Treatment
from kg.query import run_query
from kg.store import open_store

RA = "https://w3id.org/kg-oncocase/report/3903f785d287a078"
RB = "https://w3id.org/kg-oncocase/report/03ead7cb796a0e28"
CA, CB = RA + "/case/1", RB + "/case/1"


def rows(store, name, **params):
    cols, rs = run_query(store, name, params)
    return [dict(zip(cols, r)) for r in rs]


# ------------------------------------------------------------------------------ case_evidence ---
def test_case_evidence_every_fact_kind_with_its_sentence_and_no_row_without_evidence(store):
    got = [(r["case"], r["fact"], r["kind"], r["mention"], r["mention_start"], r["mention_end"])
           for r in rows(store, "case_evidence")]
    # case B itself, its fusion, its therapy lines and all of case A's lines carry no evidence: no row;
    # ordered by case, then in text order
    assert got == [
        (CB, CB + "/diagnosis/1", "Diagnosis", "non-small cell lung cancer", 12, 38),
        (CB, CB + "/therapy/2/drug/1", "DrugAdministration", "alectinib", 81, 90),
        (CA, CA, "PatientCase", "man", 100, 103),
        (CA, CA + "/diagnosis/1", "Diagnosis", "inflammatory myofibroblastic tumor", 140, 175),
        (CA, CA + "/fusion/1", "GeneFusion", "YWHAE-ROS1", 210, 220),
        (CA, CA + "/therapy/2/drug/1", "DrugAdministration", "crizotinib", 300, 310),
    ]


def test_case_evidence_sentence_with_offsets_section_and_title(store):
    by_fact = {r["fact"]: r for r in rows(store, "case_evidence")}
    a = by_fact[CA + "/therapy/2/drug/1"]
    assert (a["sentence"], a["sentence_start"], a["sentence_end"], a["section"], a["section_title"], a["evidence"]) == (
        "In May 2019 he started crizotinib 250 mg orally twice daily.", 277, 337, "case", "CASE PRESENTATION",
        RA + "/sentence/277-337")
    b = by_fact[CB + "/diagnosis/1"]
    assert (b["sentence"], b["sentence_start"], b["sentence_end"], b["section"], b["section_title"]) == (
        "We report a non-small cell lung cancer with ALK rearrangement.", 0, 62, "abstract", "")


def test_case_evidence_bound_to_one_case(store):
    assert [(r["fact"], r["kind"]) for r in rows(store, "case_evidence", case=CB)] == [
        (CB + "/diagnosis/1", "Diagnosis"), (CB + "/therapy/2/drug/1", "DrugAdministration")]
    assert rows(store, "case_evidence", case=CA + "9") == []


# ------------------------------------------------------------------------------- case_summary ---
def test_case_summary_one_row_per_case_outcome_missing(store):
    assert rows(store, "case_summary") == [
        {"case": CB, "report": RB, "title": "ALK-rearranged lung adenocarcinoma: crizotinib then alectinib",
         "source_file": "001_nsclc.xml", "outcome": None},
        {"case": CA, "report": RA, "title": "ROS1-rearranged inflammatory myofibroblastic tumor treated with crizotinib",
         "source_file": "000_imt.txt", "outcome": "alive without evidence of disease"},
    ]
    assert [r["case"] for r in rows(store, "case_summary", case=CA)] == [CA]


# ------------------------------------------------------- a report that leaves everything out ---
BARE = """
@prefix kg: <https://w3id.org/kg-oncocase/vocab#> .
<https://w3id.org/kg-oncocase/graph/bare> {
  <https://w3id.org/kg-oncocase/report/bare> a kg:Report, kg:CaseReport ;
      kg:hasCase <https://w3id.org/kg-oncocase/report/bare/case/1> .
  <https://w3id.org/kg-oncocase/report/bare/case/1> a kg:PatientCase ; kg:caseNumber 1 ;
      kg:hasDiagnosis <https://w3id.org/kg-oncocase/report/bare/case/1/diagnosis/1> ;
      kg:inSentence <https://w3id.org/kg-oncocase/report/bare/sentence/0-8> ; kg:mentionStart 0 ; kg:mentionEnd 3 .
  <https://w3id.org/kg-oncocase/report/bare/sentence/0-8> kg:inSection <https://w3id.org/kg-oncocase/report/bare/section/0> ;
      kg:sentenceText "Man, 40." ; kg:sentenceStart 0 .
  <https://w3id.org/kg-oncocase/report/bare/section/0> kg:sectionKind "other" ; kg:sectionTitle "" .
}
"""
BC = "https://w3id.org/kg-oncocase/report/bare/case/1"


@pytest.fixture(scope="module")
def bare_store(tmp_path_factory):
    st = open_store(None)
    st.load_file(FIXTURE_TRIG)
    bare = tmp_path_factory.mktemp("bare") / "bare.trig"
    bare.write_text(BARE, encoding="utf-8")
    st.load_file(bare)   # through the store's layout, as an ingest writes it (the case in the page index)
    yield st
    st.close()


def test_missing_title_source_file_and_outcome_are_unbound(bare_store):
    assert rows(bare_store, "case_summary", case=BC) == [
        {"case": BC, "report": "https://w3id.org/kg-oncocase/report/bare", "title": None, "source_file": None,
         "outcome": None}]
    # the case's own evidence is in a section without a heading (title ""); its diagnosis has no evidence: no row
    assert rows(bare_store, "case_evidence", case=BC) == [
        {"case": BC, "fact": BC, "kind": "PatientCase", "evidence": "https://w3id.org/kg-oncocase/report/bare/sentence/0-8",
         "section": "other", "section_title": "", "sentence": "Man, 40.", "sentence_start": 0, "sentence_end": 8,
         "mention": "Man", "mention_start": 0, "mention_end": 3}]


# --------------------------------------------------- facts read in one sentence share its node ---
SENTENCE = "She received carboplatin and pemetrexed."


@pytest.fixture(scope="module")
def one_sentence_store():
    """Two drugs of one line read in one sentence of an XML-like report (offsets into the section)."""
    def ev(mention, start):
        return Evidence("case", "Case report", SENTENCE, 20, 20 + len(SENTENCE), mention, start, start + len(mention))
    line = Treatment(line=1, administrations=[
        DrugAdministration(Concept(None, "carboplatin", "drug"), evidence=ev("carboplatin", 33)),
        DrugAdministration(Concept(None, "pemetrexed", "drug"), evidence=ev("pemetrexed", 49))])
    doc = Document(source="in/one.xml", format="jats", ids=["pmid:99"], title="t", text=" " * 20 + SENTENCE,
                   sections=[Section("title", "", 0, 5), Section("case", "Case report", 10, 60)])
    giri, g = build_report_graph(ReportRecord(document=doc, cases=[CaseRecord(number=1, treatments=[line])],
                                              content_hash="d" * 64))
    st = open_store(None)
    st.replace_graph(str(giri), g)
    yield st
    st.close()


def test_two_facts_of_one_sentence_read_the_same_sentence(one_sentence_store):
    r = str(build_iri("pmid:99"))
    got = [rows(one_sentence_store, "evidence_for_fact", fact=f"{r}/case/1/therapy/1/drug/{k}")[0] for k in (1, 2)]
    # the section starts at 10 in kg's text: the sentence is at 10-50 of the section's text
    assert [(g["sentence"], g["sentence_start"], g["sentence_end"], g["section"], g["section_title"], g["offsets_into"],
             g["report"]) for g in got] == [(SENTENCE, 10, 50, "case", "Case report", "section", r)] * 2
    assert [(g["evidence"], g["mention"], g["mention_start"], g["mention_end"]) for g in got] == [
        (r + "/sentence/20-60", "carboplatin", 23, 34), (r + "/sentence/20-60", "pemetrexed", 39, 49)]
    assert [(x["fact"], x["sentence"], x["mention_start"]) for x in rows(one_sentence_store, "case_evidence")] == [
        (r + "/case/1/therapy/1/drug/1", SENTENCE, 23), (r + "/case/1/therapy/1/drug/2", SENTENCE, 39)]
