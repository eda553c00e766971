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
