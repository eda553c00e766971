"""Session 22 response shapes (kg/rules/responses.jsonl SITE_QUALIFIED_AFTER, kg/extraction/responses.py
_timed_apart, kg/rules/therapy.jsonl resp22-stop-ended-on-date). Sentences written for this test."""
from narrative import drug_response_pairs as responses


def test_stable_then_progression_at_two_time_points_are_two_responses(nlp):
    got = responses(nlp, "A man with colon cancer was treated. Regorafenib was then started; the disease was stable "
                         "at 3 months but progressed at 6 months.")
    assert ("regorafenib", "stable disease") in got
    assert ("regorafenib", "progressive disease") in got


def test_one_assessment_with_a_progressing_site_is_progression_only(nlp):
    got = responses(nlp, "A man with colon cancer was treated. Regorafenib was then started. After 3 months CT showed "
                         "new liver metastases while the lung lesions remained stable.")
    assert ("regorafenib", "progressive disease") in got
    assert ("regorafenib", "stable disease") not in got


def test_a_time_point_after_both_wordings_is_no_second_assessment(nlp):
    got = responses(nlp, "A man with colon cancer was treated. Regorafenib was then started. After 3 months CT showed "
                         "new liver metastases while the lung lesions remained stable for two weeks.")
    assert ("regorafenib", "stable disease") not in got


def test_a_class_qualified_by_its_site_leaves_the_other_sites_response(nlp):
    got = responses(nlp, "A woman with lung cancer was treated. Afatinib gave a partial response of the primary "
                         "tumour while the brain metastases remained stable.")
    assert got == {("afatinib", "partial response"), ("afatinib", "stable disease")}


def test_a_class_of_the_whole_tumour_absorbs_the_shrinkage_before_it(nlp):
    got = responses(nlp, "A woman with lung cancer was treated. Erlotinib was started; the lesions shrank and CT "
                         "showed a complete response of all lesions.")
    assert got == {("erlotinib", "complete response")}


def test_relapse_after_a_dated_end_of_maintenance_is_no_progression_of_it(nlp):
    got = responses(nlp, "A boy with acute lymphoblastic leukaemia was treated. Induction with vincristine and "
                         "daunorubicin gave complete remission. Maintenance with mercaptopurine and methotrexate ran "
                         "for two years and ended in March 2020. In October 2020 the marrow showed relapse with 40% "
                         "blasts.")
    assert ("vincristine", "complete response") in got
    assert not any(cls == "progressive disease" for _, cls in got)


def test_an_undated_course_completion_keeps_its_progression(nlp):
    got = responses(nlp, "A man with lung cancer was treated. He received carboplatin and pemetrexed for four cycles. "
                         "Restaging CT after the fourth cycle showed progression in the liver.")
    assert ("carboplatin", "progressive disease") in got
