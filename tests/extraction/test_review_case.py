"""A review that illustrates its topic with a patient of its own: the patient's lines come from the
case section ("Illustrative case", kg/readers/headings.py), and the trials the review recounts after
it ("... did not prolong survival in TyTAN", "in KEYNOTE-811") give the patient no drug
(sentences.jsonl lit-comparative-efficacy, lit-trial-acronym). Text written for this project."""
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_path
from kg.readers.headings import heading_kind

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


@pytest.fixture(scope="module")
def case(nlp):
    [doc] = [d for d in read_path(REPORTS / "review_with_illustrative_case.html") if hasattr(d, "ids")]
    [case] = extract_report(doc, nlp).cases
    return case


def test_the_patients_own_lines_only(case):
    lines = [sorted(d.label.lower() for d in t.drugs) for t in case.treatments]
    assert lines == [["capecitabine", "oxaliplatin", "trastuzumab"], ["paclitaxel", "ramucirumab"]]


def test_the_patients_responses(case):
    assert [[r.concept.label.lower() for r in t.responses] for t in case.treatments] == [
        ["partial response", "progressive disease"], ["stable disease"]]


@pytest.mark.parametrize("heading", ["Illustrative case", "Case illustration", "Clinical vignette", "Index case"])
def test_a_reviews_own_patient_heading_is_a_case_section(heading):
    assert heading_kind(heading) == "case"
