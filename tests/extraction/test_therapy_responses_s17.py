"""Session 17 (resp17): responses told beside another response or in the lesson of an abstract.
A relapse named as the time an outcome is dated from is no new progression; the CONCLUSIONS of an abstract tell the
lesson of the case, not its story. Sentences written for this test."""
from kg.extraction.extract import extract_report
from kg.readers.text import read_text

from narrative import drug_response_pairs as pairs


def test_alive_after_the_last_relapse_is_no_progression_of_the_running_line(nlp):
    got = pairs(nlp, "A girl with neuroblastoma received topotecan and cyclophosphamide from 2020. The disease "
                     "progressed in 2021 and dinutuximab was started. She is alive 18-24 months after the last "
                     "relapse.")
    assert ("topotecan", "progressive disease") in got
    assert not any(d == "dinutuximab" and r == "progressive disease" for d, r in got)


def _pairs_of_abstract(nlp, text):
    doc = read_text(text, "abstract.txt")
    cases = extract_report(doc, nlp).cases
    return {(d.label.lower(), r.concept.label.lower()) for c in cases for t in c.treatments for d in t.drugs
            for r in t.responses}


def test_the_conclusions_of_an_abstract_give_no_response_of_the_story(nlp):
    text = ("Abstract P-12\n\nTitle: Pazopanib in a clear cell sarcoma\n\nCase: A 52-year-old man with a clear cell "
            "sarcoma received doxorubicin in 2022 and pazopanib in 2023, and CT after three months of pazopanib showed a "
            "partial response.\n\nConclusions: This case adds to the evidence that clear cell sarcoma is resistant to "
            "cytotoxic treatment but sensitive to kinase inhibition.\n")
    got = _pairs_of_abstract(nlp, text)
    assert ("pazopanib", "partial response") in got
    assert not any(r == "progressive disease" for _, r in got)


def test_relapse_after_counted_consolidation_is_no_progression_of_the_line(nlp):
    got = pairs(nlp, "A woman with acute myeloid leukaemia received daunorubicin and cytarabine in March 2021, and "
                     "the day-28 marrow showed complete remission. She then had three cycles of high-dose cytarabine "
                     "consolidation. In January 2022 the marrow showed relapse, and gilteritinib was started.")
    assert ("daunorubicin", "complete response") in got
    assert ("daunorubicin", "progressive disease") not in got
    assert ("cytarabine", "progressive disease") not in got


def test_a_course_counted_after_its_dose_ends_before_a_later_progression(nlp):
    got = pairs(nlp, "A man with castration-resistant prostate cancer received cabazitaxel 20 mg/m2 x 8 from May "
                     "2021. CT in October 2021 showed a partial response. Olaparib was discussed at progression in "
                     "2022 but not given.")
    assert ("cabazitaxel", "partial response") in got
    assert ("cabazitaxel", "progressive disease") not in got


def test_progression_on_the_drug_that_went_on_after_a_counted_course_is_that_drugs(nlp):
    got = pairs(nlp, "A man with metastatic prostate cancer started goserelin and six cycles of docetaxel in 2019. "
                     "CT in 2020 showed a partial response. In 2021, on continuing goserelin, new bone metastases "
                     "appeared: progressive disease. Abiraterone was added.")
    assert ("docetaxel", "partial response") in got and ("goserelin", "partial response") in got
    assert ("goserelin", "progressive disease") in got
    assert ("docetaxel", "progressive disease") not in got
