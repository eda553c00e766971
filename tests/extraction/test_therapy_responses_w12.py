"""Session 15 (webtext12 odd pages): responses a line does not get. Wording that names no class of
its own ("disease control") restates the response the line already reached; a relapse told after
the treatment as a whole ended, or right after "stopping X", is no PD of that line. Sentences written
for this test."""
import pytest

from narrative import drug_response_pairs as pairs


def test_disease_control_after_a_partial_response_adds_no_stable_disease(nlp):
    got = pairs(nlp, "A man with melanoma started nivolumab in March 2021. CT in June 2021 showed a partial "
                     "response. He continues nivolumab with disease control for two years.")
    assert ("nivolumab", "partial response") in got
    assert ("nivolumab", "stable disease") not in got


def test_disease_control_without_an_earlier_response_stays_stable_disease(nlp):
    got = pairs(nlp, "A woman with thyroid cancer started lenvatinib in May 2020. She achieved disease control "
                     "for 14 months on lenvatinib.")
    assert ("lenvatinib", "stable disease") in got


@pytest.mark.parametrize("text, drug", [
    ("A girl with leukaemia received vincristine, dexamethasone and mercaptopurine from 2015, reaching complete "
     "remission. Maintenance therapy ended in 2018. In 2021 a marrow aspirate showed a late relapse.", "mercaptopurine"),
    ("A woman with ovarian carcinoma started niraparib as maintenance in 2019. Niraparib was stopped as planned "
     "in March 2021. In June 2022, fifteen months after stopping niraparib, CT showed a peritoneal recurrence.",
     "niraparib"),
])
def test_relapse_after_the_treatment_ended_is_no_progression_of_it(nlp, text, drug):
    assert (drug, "progressive disease") not in pairs(nlp, text)


def test_a_class_named_in_the_aside_of_absence_wording_is_the_lines_response(nlp):
    # the "no" belongs to the absence wording; the class in its aside glosses it (after surgery too)
    got = pairs(nlp, "A woman with endometrial carcinoma received carboplatin and paclitaxel from May 2020. "
                     "Interval surgery left no residual tumour. Three more cycles of carboplatin and paclitaxel "
                     "followed. The final PET showed no evidence of disease (complete remission).")
    assert ("carboplatin", "complete response") in got
