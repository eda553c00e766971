"""Reports of other shapes than the seeds each give their patient's case (issue #11): a plain-text
abstract, a structured abstract with glued labels, a narrative paragraph and a web-page copy; a
trial abstract gives none. Texts written for this project (tests/fixtures/reports)."""
from pathlib import Path

from kg.extraction.extract import extract_report
from kg.readers import read_path

REPORTS = Path(__file__).resolve().parents[1] / "fixtures" / "reports"


def cases_of(nlp, name):
    docs = [d for d in read_path(REPORTS / name) if hasattr(d, "ids")]
    assert len(docs) == 1, name
    return extract_report(docs[0], nlp).cases


def drugs(case):
    return [d.label.lower() for t in case.treatments for d in t.drugs]


def responses(case):
    return [(d.label.lower(), r.concept.label.lower()) for t in case.treatments for d in t.drugs for r in t.responses]


def test_narrative_paragraph_is_a_case(nlp):
    [case] = cases_of(nlp, "narrative_paragraph.txt")
    assert (case.age, case.sex) == (62, "male")
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C4035"]
    assert [f.three_prime.label for f in case.fusions] == ["RET"]
    assert drugs(case) == ["selpercatinib"]
    # "shrunk by 45 percent, a partial response" and "the disease progressed": both on the line
    assert responses(case) == [("selpercatinib", "partial response"), ("selpercatinib", "progressive disease")]
    assert [(a.concept.label.lower(), a.grade) for a in case.adverse_events] == [("hypertension", 2)]


def test_plain_abstract_is_a_case(nlp):
    [case] = cases_of(nlp, "plain_abstract.txt")
    assert case.age == 9 and case.sex == "female"
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C6481"]
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("TPM3", "ALK")]
    assert ("crizotinib", "complete response") in responses(case)


def test_structured_abstract_with_glued_labels_is_a_case(nlp):
    [case] = cases_of(nlp, "structured_abstract_glued.txt")
    assert case.age == 35
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("ETV6", "NTRK3")]
    assert drugs(case) == ["entrectinib"]


def test_web_page_copy_is_a_case(nlp):
    [case] = cases_of(nlp, "web_case_report.txt")
    assert (case.age, case.sex) == (47, "female")
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("EML4", "ALK")]
    assert drugs(case) == ["alectinib", "lorlatinib"]
    assert ("alectinib", "progressive disease") in responses(case)


def test_trial_abstract_is_not_a_case(nlp):
    assert cases_of(nlp, "trial_abstract_glued.txt") == []


def test_small_series_abstract_is_a_case_without_the_literature_drug(nlp):
    [case] = cases_of(nlp, "small_series_abstract.txt")
    assert sorted(set(drugs(case))) == ["ceritinib", "crizotinib"]  # not imatinib (other kinases)
    assert ("ceritinib", "progressive disease") in responses(case)
    assert [d.concept.label.lower() for d in case.diagnoses] == ["lung adenocarcinoma"]


def test_a_tumor_the_patient_later_developed_is_a_second_diagnosis(nlp):
    [case] = cases_of(nlp, "second_primary.txt")
    assert [d.concept.id for d in case.diagnoses] == ["NCIT:C3525", "NCIT:C3171"]  # parotid gland cancer, AML


def test_small_series_announced_at_the_end_of_a_trial_abstract(nlp):
    """The patients' trial drug and their response come before the sentence that says the report
    describes them; the drug's definition, a mouse experiment and the closing "potential
    treatment option" are not facts of theirs."""
    [case] = cases_of(nlp, "trial_series_announced_late.txt")
    assert [d.concept.label.lower() for d in case.diagnoses] == ["infantile fibrosarcoma"]
    assert [(f.five_prime.label, f.three_prime.label) for f in case.fusions] == [("ETV6", "NTRK3")]
    assert responses(case) == [("entrectinib", "partial response")]
    assert [t.responses[0].explicit for t in case.treatments] == [False]
    assert case.adverse_events == []

