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


def test_a_drug_added_with_its_day_schedule_joins_the_running_drug(nlp):
    got = responses(nlp, "A man with myelodysplastic syndrome was treated. Azacitidine was given in 28-day cycles. "
                         "After 6 cycles the marrow showed stable disease, and venetoclax 400 mg on days 1 to 14 was "
                         "added. After 2 cycles of the combination the marrow showed complete remission.")
    assert ("azacitidine", "complete response") in got
    assert ("venetoclax", "complete response") in got
    assert ("venetoclax", "stable disease") not in got


def test_further_progression_after_a_stopped_line_is_its_progression(nlp):
    got = responses(nlp, "A man with melanoma was treated. Ipilimumab and nivolumab were given every 3 weeks. After "
                         "the second dose he developed grade 3 colitis, treated with infliximab; immunotherapy was not "
                         "resumed. CT after 12 weeks showed further progression of the liver metastases.")
    assert got == {("ipilimumab", "progressive disease"), ("nivolumab", "progressive disease")}


def test_progression_after_a_stopped_line_stays_off_it(nlp):
    got = responses(nlp, "A man with melanoma was treated. Ipilimumab and nivolumab were given every 3 weeks. After "
                         "the second dose he developed grade 3 colitis, treated with infliximab; immunotherapy was not "
                         "resumed. CT after 12 weeks showed progression of the liver metastases.")
    assert got == set()


def test_a_progression_that_may_come_is_no_assessment(nlp):
    got = responses(nlp, "A man with lung cancer was treated. Osimertinib was started. The plan is to continue "
                         "osimertinib and add chemotherapy at progression.")
    assert got == set()
    got = responses(nlp, "A woman with ovarian cancer was treated. Carboplatin and gemcitabine were given for six "
                         "cycles, with a partial response. Niraparib was proposed for the next relapse.")
    assert got == {("carboplatin", "partial response"), ("gemcitabine", "partial response")}
