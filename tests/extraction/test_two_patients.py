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


# session 18: a page of meeting abstracts, each with its own "Background / Case / Conclusion": one patient per
# "Case" section that opens by introducing a patient (text written for this test)
MEETING_PAGE = """Abstracts of the Spring Meeting of the Lakeside Oncology Group, 2024

P-031
Lenvatinib in a radioiodine-refractory thyroid cancer
A. Moreau, T. Bell. Department of Endocrinology, Eastfield Hospital.

Background: Papillary thyroid carcinoma rarely becomes refractory to radioiodine.
Case: A 66-year-old woman had papillary thyroid carcinoma with lung metastases. Lenvatinib 24 mg daily gave a
partial response; grade 3 hypertension required a dose reduction.
Conclusion: Lenvatinib is active in this setting.

P-032
Imatinib for a gastric mass in an older man
R. Osei. Department of Surgery, Westbrook Infirmary.

Background: Gastrointestinal stromal tumours are the commonest mesenchymal tumours of the stomach.
Case: A 74-year-old man had a 7-cm gastrointestinal stromal tumour of the stomach with a KIT exon 11 deletion.
Imatinib 400 mg daily gave a partial response before resection.
Conclusion: Neoadjuvant imatinib allowed a smaller operation.
"""

ONE_STORY = """Lenvatinib in a radioiodine-refractory thyroid cancer: a case report

Case
A 66-year-old woman had papillary thyroid carcinoma with lung metastases. Lenvatinib 24 mg daily gave a
partial response.

Case
After two years the lung nodules grew and she received sorafenib, with stable disease.
"""


def test_extraction_repeated_case_sections_that_each_introduce_a_patient_are_two_cases(tmp_path):
    path = tmp_path / "meeting.txt"
    path.write_text(MEETING_PAGE)
    record = extract_report(next(read_path(path)), build_pipeline())
    got = [([d.concept.label.lower() for d in c.diagnoses], c.sex) for c in record.cases]
    assert got == [(["papillary thyroid cancer"], "female"), (["gastrointestinal stromal tumor"], "male")]


def test_extraction_a_repeated_case_heading_that_introduces_no_one_goes_on_with_the_story(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text(ONE_STORY)
    record = extract_report(next(read_path(path)), build_pipeline())
    assert len(record.cases) == 1
