"""A cohort abstract that describes one patient in passing: the patient's diagnosis is the report's
subject tumor (the title's) when the case text names none, and "a response to the RET inhibitor
X" is a response to X. Text written for this project (tests/fixtures/reports)."""
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_path

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


@pytest.fixture(scope="module")
def case():
    [doc] = [d for d in read_path(REPORTS / "cohort_with_embedded_case.txt") if hasattr(d, "ids")]
    [case] = extract_report(doc, build_pipeline()).cases
    return case


def test_diagnosis_falls_back_to_the_title_tumor(case):
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C4035"]  # papillary thyroid carcinoma


def test_response_to_a_drug_named_after_its_class(case):
    lines = [([d.label.lower() for d in t.drugs], [r.concept.label.lower() for r in t.responses]) for t in case.treatments]
    assert lines == [(["selpercatinib"], ["partial response"])]


def test_the_cohort_fusions_are_not_the_patients_except_its_own(case):
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("NCOA4", "RET")]
