"""A case report about another disease: drugs that also treat cancer (cyclophosphamide, rituximab,
steroids) are not the patient's cancer therapy, and no response is reported (kg/rules/therapy.jsonl:
ONCOLOGY_WORD, ONCOLOGY_ONLY_CLASS). Text written for this project (tests/fixtures/reports)."""
from pathlib import Path

import pytest
from rule_examples import case_of

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


def abstract_cases(nlp, tmp_path, title, abstract):
    import json
    path = tmp_path / "abstract.jsonl"
    path.write_text(json.dumps({"pmid": "1", "title": title, "abstract": abstract}) + "\n", encoding="utf-8")
    [doc] = [d for d in read_path(path) if hasattr(d, "ids")]
    return extract_report(doc, nlp).cases


def test_a_story_of_another_disease_the_report_presents_keeps_its_case(nlp, tmp_path):
    # made-up old-abstract wordings: the report says it presents its patient, no cancer fact is read
    told = [("Gold salts and nephrotic syndrome.",
             "We report a case of nephrotic syndrome during gold therapy for rheumatoid arthritis. "
             "Proteinuria resolved after withdrawal of the drug."),
            ("Late lithium nephropathy.",
             "Lithium is widely used. A patient is reported who developed renal failure ten years after "
             "starting lithium. Dialysis was required."),
            ("Agranulocytosis in a patient taking carbimazole.",
             "A patient taking carbimazole for 4 weeks developed fever and agranulocytosis. "
             "The count recovered after withdrawal.")]
    for title, abstract in told:
        assert len(abstract_cases(nlp, tmp_path, title, abstract)) == 1, title


def test_a_trial_that_counts_one_case_of_an_event_gives_no_case(nlp, tmp_path):
    # "one case of bleeding" among a trial's complications is no patient of the report's own
    cases = abstract_cases(nlp, tmp_path, "Dose escalation in three schedules: a comparison.",
                           "Toxicity rates were low and comparable between the three groups, with only "
                           "one case of grade 4 pneumonitis observed. The schedules are equally safe.")
    assert cases == []


@pytest.mark.parametrize("text", [
    "A 58-year-old man had swelling of both submandibular glands. Biopsy showed IgG4-related sialadenitis with "
    "storiform fibrosis; he received prednisolone and, after a relapse, rituximab.",
    "A 63-year-old man had a lung mass. Resection showed an IgG4-related inflammatory pseudotumour, and rituximab "
    "was given for new orbital lesions.",
    "A 41-year-old woman had idiopathic multicentric Castleman disease and was treated with siltuximab.",
])
def test_a_benign_disease_filed_among_tumour_terms_is_no_cancer_and_its_drugs_are_not_cancer_therapy(nlp, text):
    case = case_of(nlp, text)
    assert case.diagnoses == [] and case.treatments == []


def test_a_lymphoma_beside_the_benign_disease_keeps_its_drugs(nlp):
    case = case_of(nlp, "A 66-year-old man with IgG4-related disease developed diffuse large B-cell lymphoma of the "
                        "parotid gland and received rituximab with cyclophosphamide, doxorubicin and vincristine.")
    assert [d.concept.label for d in case.diagnoses] == ["Diffuse Large B-Cell Lymphoma"]
    assert "rituximab" in [d.label.lower() for t in case.treatments for d in t.drugs]
