"""A trial's or cohort's own report is no case report: its one-patient sentences ("the complete
response was seen in a 52-year-old man") are results of the cohort (kg/rules/patient.jsonl
COHORT_REPORT; kg/extraction/cases.py). Texts written for this project (tests/fixtures/reports)."""
from pathlib import Path

import pytest

from kg.extraction.cases import introduces_patient, reports_cohort
from kg.extraction.extract import extract_report
from kg.extraction.mentions import sentences_from_doc
from kg.model import Section
from kg.readers import read_path

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def _doc(name):
    [doc] = [d for d in read_path(REPORTS / name) if hasattr(d, "ids")]
    return doc


def _sentences(nlp, text):
    return sentences_from_doc(nlp(text), Section(kind="abstract", title="", start=0, end=len(text)), 0, 0)


def test_trial_report_with_a_single_responder_has_no_case(nlp):
    assert extract_report(_doc("trial_with_single_response.txt"), nlp).cases == []


def test_patients_heading_under_methods_is_no_case_section():
    doc = _doc("trial_with_single_response.txt")
    assert "case" not in {s.kind for s in doc.sections}
    assert any(s.kind == "methods" and "Eligible patients" in doc.text[s.start:s.end] for s in doc.sections)


def test_cohort_abstract_with_an_embedded_case_keeps_its_case(nlp):
    assert len(extract_report(_doc("cohort_with_embedded_case.txt"), nlp).cases) == 1


@pytest.mark.parametrize("text", [
    "Between 2018 and 2021, 36 patients were enrolled. The complete response was seen in a 52-year-old man.",
    "We retrospectively reviewed 41 patients with IMT. A 7-year-old girl had a complete response to crizotinib.",
])
def test_age_noun_introduces_no_case_inside_a_cohort_report(nlp, text):
    sentences = _sentences(nlp, text)
    assert reports_cohort(sentences)
    assert introduces_patient(sentences) and not introduces_patient(sentences, in_cohort=True)


def test_a_case_presented_by_the_cohort_report_is_its_case(nlp):
    sentences = _sentences(nlp, "Forty patients were treated with alectinib. We also present a patient with a "
                                "rare EML4-ALK variant who responded.")
    assert reports_cohort(sentences) and introduces_patient(sentences, in_cohort=True)
