"""A bare "remission" once surgery or radiotherapy has treated the tumour during or after the line is
a remission that continues, no response of the drugs (kg/rules/responses.jsonl named-remission,
``bare_state``); before any local treatment, or named with its class, it stays the line's CR.
Sentences written for this test."""
from narrative import drug_response_pairs as responses



def test_remission_after_resection_is_no_response(nlp):
    got = responses(nlp, "A boy with hepatoblastoma was treated. Preoperative cisplatin for 4 courses reduced the "
                         "tumour (partial response). Right hepatectomy achieved complete resection, followed by 2 "
                         "further courses of cisplatin. The child is in remission 2 years after diagnosis.")
    assert ("cisplatin", "partial response") in got
    assert ("cisplatin", "complete response") not in got


def test_remission_after_radiotherapy_is_no_response(nlp):
    got = responses(nlp, "A woman with Hodgkin lymphoma received ABVD from March 2018. Involved-field radiotherapy "
                         "was given in August 2018. She remains in remission in 2021.")
    assert not any(cls == "complete response" for _, cls in got)


def test_remission_without_local_treatment_is_the_lines_response(nlp):
    got = responses(nlp, "A man with hairy cell leukemia received cladribine in June 2015. "
                         "By October 2015 he was in remission.")
    assert ("cladribine", "complete response") in got


def test_named_complete_remission_after_surgery_stays(nlp):
    got = responses(nlp, "A girl with Wilms tumor was treated. Vincristine and dactinomycin were started in 2019. "
                         "Nephrectomy was performed in May 2019, and the chemotherapy was continued. "
                         "CT in December 2019 showed complete remission.")
    assert ("vincristine", "complete response") in got


def test_remission_of_a_counted_course_goes_on_under_a_drug_started_later(nlp):
    # a drug started after a counted course reached its remission has no response of its own when a
    # later sentence says the remission goes on and names no drug
    got = responses(nlp, "A woman with endometrial carcinoma was treated. She received six cycles of carboplatin "
                         "and docetaxel. CT after the last cycle showed a complete response. Niraparib was then "
                         "started and was stopped after 18 months. Four years on she is still in complete remission.")
    assert ("carboplatin", "complete response") in got
    assert ("niraparib", "complete response") not in got


def test_remission_goes_on_under_a_drug_switched_to_without_a_counted_course(nlp):
    # a continuous first drug (no counted course): the drug taking over keeps the remission told later
    got = responses(nlp, "A man with mantle cell lymphoma was treated. Ibrutinib was started in 2019 and gave a "
                         "complete remission. Because of atrial fibrillation it was replaced by zanubrutinib in "
                         "2021. He remains in complete remission in 2023.")
    assert ("ibrutinib", "complete response") in got
    assert ("zanubrutinib", "complete response") in got
