"""Response wordings that name no drug are the running line's (session 33, rmiss33): no response told without the
drug after it, recurrent disease found at a restaging, a new node in the singular. Sentences written for this test."""
from narrative import drug_response_pairs as responses


def test_no_response_without_the_drug_after_it_is_the_running_lines_progression(nlp):
    got = responses(nlp, "A man with lung adenocarcinoma was treated. He received osimertinib from March 2020 and "
                         "CT after three months showed a partial response. In June 2021 he was switched to docetaxel. "
                         "After three cycles the liver lesions showed no response.")
    assert ("docetaxel", "progressive disease") in got
    assert ("osimertinib", "partial response") in got


def test_a_new_node_in_the_singular_is_progression(nlp):
    got = responses(nlp, "A woman with melanoma was treated. Nivolumab was started in May 2021. "
                         "CT in November 2021 showed a new left axillary node.")
    assert ("nivolumab", "progressive disease") in got


def test_no_response_assessment_yet_is_no_response(nlp):
    got = responses(nlp, "A man with a soft-tissue sarcoma was treated. He then received vinorelbine and "
                         "cyclophosphamide, with no response assessment yet.")
    assert not any(cls == "progressive disease" for _, cls in got)


def test_imaging_that_has_shown_no_growth_is_stable_disease(nlp):
    got = responses(nlp, "A man with an IDH-mutant astrocytoma was treated. Vorasidenib was started in March 2023. "
                         "MRI every three months has shown no growth; the tumour volume at 12 months was 10% smaller "
                         "than at the start of treatment.")
    assert ("vorasidenib", "stable disease") in got
    assert not any(cls in ("partial response", "progressive disease") for _, cls in got)


def test_shown_no_growth_after_a_partial_response_restates_it(nlp):
    got = responses(nlp, "A woman with a gastrointestinal stromal tumour was treated. Imatinib was started in 2019. "
                         "CT after six months showed a partial response. Later scans have shown no growth.")
    assert ("imatinib", "partial response") in got
    assert ("imatinib", "stable disease") not in got
