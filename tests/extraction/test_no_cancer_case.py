"""A case report about another disease: drugs that also treat cancer (cyclophosphamide, rituximab,
steroids) are not the patient's cancer therapy, and no response is reported (kg/rules/therapy.jsonl:
ONCOLOGY_WORD, ONCOLOGY_ONLY_CLASS). Text written for this project (tests/fixtures/reports)."""
from pathlib import Path


from kg.extraction.extract import extract_report
from kg.readers import read_path

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def only_case(nlp, name):
    [doc] = [d for d in read_path(REPORTS / name) if hasattr(d, "ids")]
    [case] = extract_report(doc, nlp).cases
    return case


def test_vasculitis_case_has_no_cancer_therapy(nlp):
    case = only_case(nlp, "vasculitis_case_report.txt")
    assert (case.age, case.sex) == (44, "female")
    assert case.diagnoses == [] and case.treatments == [] and case.adverse_events == []


def test_a_cancer_report_keeps_its_lines(nlp):
    case = only_case(nlp, "narrative_paragraph.txt")
    assert [d.label.lower() for t in case.treatments for d in t.drugs] == ["selpercatinib"]
