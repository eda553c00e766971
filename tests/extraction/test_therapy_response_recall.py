"""Response wordings that name no drug are the running line's (session 33, rmiss33): the disease as the subject of
relapsing, disease that stays under control, refractory disease, no response, a new node. Refractory disease is the
course's own failure, never a relapse after a counted course that had an interim response (``on_course`` rows).
Sentences written for this test."""
from narrative import drug_response_pairs as responses


def test_primary_refractory_disease_after_a_counted_course_is_its_progression(nlp):
    got = responses(nlp, "A woman with large B-cell lymphoma was treated. She received six cycles of R-CHOP. "
                         "Interim PET-CT after cycle 3 showed a partial metabolic response. At the end of treatment "
                         "PET-CT showed a new cervical node. Biopsy of the node confirmed primary refractory disease. "
                         "She then received pembrolizumab, and PET-CT after four doses showed a complete metabolic response.")
    assert ("rituximab", "progressive disease") in got
    assert ("pembrolizumab", "progressive disease") not in got
    assert ("pembrolizumab", "complete response") in got


def test_disease_that_came_back_and_no_response_are_the_running_lines(nlp):
    got = responses(nlp, "A man with lung adenocarcinoma was treated. He was started on osimertinib in March 2020. "
                         "In June 2021 the disease came back in the liver. He then received docetaxel. "
                         "The liver lesions showed no response.")
    assert ("osimertinib", "progressive disease") in got
    assert ("docetaxel", "progressive disease") in got


def test_disease_remaining_under_control_is_stable_disease(nlp):
    got = responses(nlp, "A woman with a gastrointestinal stromal tumour was treated. Imatinib was started in 2019. "
                         "The disease remained under control for three years.")
    assert ("imatinib", "stable disease") in got


def test_disease_remaining_under_control_restates_a_partial_response(nlp):
    got = responses(nlp, "A woman with a gastrointestinal stromal tumour was treated. Imatinib was started in 2019. "
                         "CT after six months showed a partial response. The disease remained under control for three years.")
    assert ("imatinib", "partial response") in got
    assert ("imatinib", "stable disease") not in got
