"""The bundled example report, end to end through NLP and extraction (no store).

Expectations are what the example's case presentation says, written by hand.
"""
from pathlib import Path

import pytest

from kg.extraction.extract import extract_report
from kg.nlp import build_pipeline
from kg.readers import read_path

EXAMPLE = Path(__file__).resolve().parents[2] / "examples" / "example_case_report.txt"


@pytest.fixture(scope="module")
def case():
    doc = next(read_path(EXAMPLE))
    record = extract_report(doc, build_pipeline())
    assert len(record.cases) == 1
    return record.cases[0]


def test_extraction_example_patient(case):
    assert (case.age, case.sex) == (41, "female")
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C6481"]
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("EML4", "ALK")]


def test_extraction_example_lines_in_order_without_literature_or_refused_drugs(case):
    lines = [[a.drug.label.lower() for a in t.administrations] for t in case.treatments]
    assert lines == [["crizotinib"], ["alectinib"]]  # lorlatinib refused, entrectinib hypothetical, ceritinib literature
    first, second = case.treatments
    assert (first.start, first.end, second.start) == ("2021-05", "2022-06", "2022-07")
    adm = first.administrations[0]
    assert (adm.dose, adm.route, adm.schedule) == ("250 mg", "orally", "twice daily")


def test_extraction_example_responses_attach_to_their_line(case):
    first, second = case.treatments
    assert {r.concept.id for r in first.responses} == {"NCIT:C18058", "NCIT:C35571"}  # PR, then PD
    assert {r.concept.id for r in second.responses} == {"NCIT:C4870"}  # CR
    assert [r.date for r in second.responses] == ["2023-01"]


def test_extraction_example_adverse_events_with_grade_and_drug(case):
    got = {(a.concept.label.lower(), a.grade, tuple(d.label.lower() for d in a.drugs)) for a in case.adverse_events}
    assert got == {("neutrophil count decreased", 3, ("crizotinib",)), ("diarrhea", 2, ("crizotinib",))}


def test_extraction_example_procedures(case):
    by_label = {p.label: p for p in case.procedures}
    sbrt = next(p for p in case.procedures if "stereotactic" in p.label)
    assert (sbrt.dose_gy, sbrt.fractions, sbrt.date) == (30.0, 3, "2023-03")
    assert any("biopsy" in label for label in by_label)
    assert "alive" in (case.outcome or "")
