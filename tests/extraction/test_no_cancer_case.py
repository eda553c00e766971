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
