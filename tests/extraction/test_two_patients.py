"""A JATS report with two patients (Case 1 / Case 2 sub-sections), written for the tests.

Expected facts are what the fixture's case presentation states.
"""
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_path

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "reports" / "two_patients_ntrk.nxml"


@pytest.fixture(scope="module")
def record():
    return extract_report(next(read_path(FIXTURE)), build_pipeline())


def test_extraction_one_case_per_patient(record):
    assert record.document.ids == ["doi:10.5555/kg.test.ntrk.2", "pmid:99999991", "pmcid:PMC9999991"]
    assert [(c.number, c.sex) for c in record.cases] == [(1, "male"), (2, "female")]
    for c in record.cases:
        assert [(f.five_prime.label, f.three_prime.label) for f in c.fusions] == [("ETV6", "NTRK3")]
        assert [d.concept.label.lower() for d in c.diagnoses] == ["infantile fibrosarcoma"]


def test_extraction_first_patient_lines_responses_and_toxicity(record):
    first = record.cases[0]
    lines = [sorted(a.drug.label.lower() for a in t.administrations) for t in first.treatments]
    assert lines == [["dactinomycin", "vincristine"], ["larotrectinib"]]
    chemo, laro = first.treatments
    assert (chemo.start, chemo.end) == ("2020-04", "2020-06")
    assert "neuropathy" in (chemo.discontinuation_reason or "")
    assert [r.concept.id for r in chemo.responses] == ["NCIT:C18213"]
    assert [(r.concept.id, r.date) for r in laro.responses] == [("NCIT:C18058", "2020-10"), ("NCIT:C4870", "2021-03")]
    aes = {(a.concept.label.lower(), a.grade, tuple(d.label.lower() for d in a.drugs)) for a in first.adverse_events}
    assert aes == {("peripheral sensory neuropathy", 3, ("vincristine",)),
                   ("alanine aminotransferase increased", 2, ("larotrectinib",))}


def test_extraction_second_patient_refused_surgery_and_hypothetical_drug(record):
    second = record.cases[1]
    assert [[a.drug.label.lower() for a in t.administrations] for t in second.treatments] == [["larotrectinib"]]
    assert second.procedures == []  # surgery proposed but refused
    assert [r.concept.id for r in second.treatments[0].responses] == ["NCIT:C18058"]
