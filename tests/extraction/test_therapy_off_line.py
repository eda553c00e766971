"""Progression after a line stopped is a relapse off treatment, not that line's PD
(kg/extraction/therapy.py ``_off_line``): told in a later sentence than an undated stop, or six months
or more after the end of a course of fixed length told with its start ("for 5 days"). Sentences
written for this test."""
import pytest

from narrative import drug_response_pairs as pairs



@pytest.mark.parametrize("text, drug", [
    ("A man with hairy cell leukemia received cladribine by continuous infusion for 5 days in June 2015. "
     "By October 2015 he was in complete remission. In August 2021 a marrow biopsy confirmed relapse.", "cladribine"),
    ("A boy with Wilms tumor received vincristine for 18 weeks from May 2016. "
     "In March 2019 CT showed a pulmonary relapse.", "vincristine"),
    ("A man with tonsil cancer received radiotherapy with weekly cisplatin from April 2019. Cisplatin was stopped "
     "after five doses because of tinnitus. In August 2020 CT showed progression.", "cisplatin"),
])
def test_relapse_after_the_course_is_not_its_progression(nlp, text, drug):
    assert (drug, "progressive disease") not in pairs(nlp, text)


@pytest.mark.parametrize("text, drug", [
    ("A woman with lung adenocarcinoma received crizotinib from May 2018. In July 2019 CT showed progression.",
     "crizotinib"),
    ("A man with leukemia received imatinib for 2 years from 2010, and in 2011 the disease progressed.", "imatinib"),
    ("A woman with lung adenocarcinoma received alectinib for 14 months from March 2019. "
     "In May 2020 CT showed progression.", "alectinib"),
])
def test_progression_during_the_line_stays_its_progression(nlp, text, drug):
    assert (drug, "progressive disease") in pairs(nlp, text)


def test_the_courses_own_response_stays(nlp):
    got = pairs(nlp, "A man with hairy cell leukemia received cladribine by continuous infusion for 5 days in June "
                     "2015. By October 2015 he was in complete remission.")
    assert ("cladribine", "complete response") in got


@pytest.mark.parametrize("text, drug", [
    ("A girl with osteosarcoma received cisplatin and doxorubicin from March 2022. Eight months after completing "
     "chemotherapy, CT showed two new lung nodules, which were resected. A third nodule grew two months later and "
     "cabozantinib was started.", "cisplatin"),
    ("A man with Ewing sarcoma received vincristine and ifosfamide. During follow-up, MRI showed a local relapse. "
     "The relapse progressed further and irinotecan was given.", "ifosfamide"),
])
def test_progression_after_an_off_treatment_relapse_is_no_progression_of_the_finished_line(nlp, text, drug):
    # the relapse told off treatment ends the line: the next progression, told before the next line, is not its PD
    assert (drug, "progressive disease") not in pairs(nlp, text)


def test_the_first_assessment_after_a_finished_course_is_its_response(nlp):
    # "radiation proctitis" is an event of the radiotherapy, no local treatment told after the drug
    text = ("A woman with cervical cancer received radiotherapy with weekly cisplatin. She had grade 2 radiation "
            "proctitis. MRI three months after completion showed a complete response. Ten months after completion, "
            "CT showed lung nodules and a biopsy confirmed recurrence.")
    got = pairs(nlp, text)
    assert ("cisplatin", "complete response") in got
    assert ("cisplatin", "progressive disease") not in got


@pytest.mark.parametrize("text, drug", [
    # COUNTED_COURSE: a counted course that had its response is over; later progression is a relapse
    ("A woman with thymic carcinoma received six cycles of carboplatin and paclitaxel. CT showed a partial "
     "response that lasted 20 months. At progression, sunitinib was started.", "carboplatin"),
    ("A man with a parotid carcinoma was given 4 courses of cisplatin and doxorubicin. The lung nodules shrank "
     "by 45%. Two years later the disease progressed.", "cisplatin"),
    # chemoradiation is a course of fixed length too
    ("A woman with vulvar carcinoma received chemoradiation with weekly cisplatin; a complete response was seen "
     "at 3 months. Fourteen months later, a recurrence was found in the groin.", "cisplatin"),
    ("A man with anal cancer had mitomycin and capecitabine concurrently with radiotherapy. MRI at 26 weeks showed a "
     "complete response. Twenty months later CT showed liver metastases and progression.", "mitomycin"),
])
def test_progression_after_a_fixed_course_with_a_response_is_a_relapse(nlp, text, drug):
    assert (drug, "progressive disease") not in pairs(nlp, text)


@pytest.mark.parametrize("text, drug", [
    # progression at an assessment during the counted course stays its PD
    ("A woman with thymic carcinoma received six cycles of carboplatin and paclitaxel. After two cycles CT showed "
     "stable disease. After four cycles CT showed progression.", "carboplatin"),
    # a continuous line (no counted course) keeps its progression
    ("A woman with lung adenocarcinoma received crizotinib from May 2018. CT showed a partial response. "
     "Two years later the disease progressed.", "crizotinib"),
])
def test_progression_during_the_course_or_on_a_continuous_line_stays(nlp, text, drug):
    assert (drug, "progressive disease") in pairs(nlp, text)


@pytest.mark.parametrize("text, drug", [
    # LINE_OVER: the patient put off treatment
    ("A man with anal cancer received carboplatin and paclitaxel; CT showed a partial response. He then declined "
     "further therapy in favour of treatment-free surveillance. He later progressed in the liver.", "paclitaxel"),
    ("A woman with ovarian cancer received olaparib and had a partial response. After a family meeting she was "
     "followed with watchful waiting. In 2022 CT showed progression.", "olaparib"),
    # spelled-out intervals after the end of a course (MONITORING)
    ("A boy with medulloblastoma received cisplatin, vincristine and cyclophosphamide. Fourteen months after "
     "completing maintenance, MRI showed a leptomeningeal relapse.", "vincristine"),
])
def test_progression_after_a_told_stop_is_no_progression_of_the_line(nlp, text, drug):
    assert (drug, "progressive disease") not in pairs(nlp, text)


@pytest.mark.parametrize("text, drug", [
    ("A boy with medulloblastoma had a leptomeningeal relapse in 2020. He received temozolomide and irinotecan, and "
     "the disease was stable after three cycles. He died 9 months after relapse.", "temozolomide"),
    ("A woman with sarcoma had progression of the lung nodules in March 2021. Gemcitabine and docetaxel were "
     "started in April. She remains alive two years from progression.", "gemcitabine"),
])
def test_a_told_relapse_as_the_time_point_of_a_later_event_is_no_new_progression(nlp, text, drug):
    assert (drug, "progressive disease") not in pairs(nlp, text)


def test_an_assessment_after_counted_cycles_does_not_make_a_continuous_line_a_fixed_course(nlp):
    got = pairs(nlp, "A man with lung cancer was treated. After 4 cycles of pembrolizumab, CT showed a partial response. "
                     "In May 2021 CT showed progression.")
    assert ("pembrolizumab", "progressive disease") in got


def test_radiotherapy_before_a_continuous_line_does_not_make_it_a_fixed_course(nlp):
    got = pairs(nlp, "A woman with GIST had surgery and radiotherapy, and imatinib was then started in 2018. CT in 2019 "
                     "showed a partial response. Two years later CT showed progression.")
    assert ("imatinib", "progressive disease") in got
