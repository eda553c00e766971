"""Session 18 (responses on unseen text, webtext15 odd pages): the line a response belongs to when an
induction and its maintenance are told in one sentence, a maintenance told without the word, a relapse after a
counted course told in the sentence of the course, a drug dropped from a combination in the sentence that
opened it, and absence wording after surgery told in the same sentence. Sentences written for this test."""
from narrative import drug_response_pairs as pairs


def test_a_response_after_an_induction_and_its_maintenance_in_one_sentence_is_the_inductions(nlp):
    got = pairs(nlp, "A man with metastatic melanoma was treated. Relatlimab and nivolumab every four weeks for "
                     "three doses, then nivolumab maintenance, achieved a partial response at 16 weeks.")
    assert ("relatlimab", "partial response") in got
    assert ("nivolumab", "partial response") in got


def test_a_progression_after_an_induction_and_its_maintenance_in_one_sentence_is_the_maintenances(nlp):
    got = pairs(nlp, "A woman with lung adenocarcinoma was treated. Cisplatin and pemetrexed for four cycles, then "
                     "pemetrexed maintenance, was given until progressive disease in the liver.")
    assert ("pemetrexed", "progressive disease") in got
    assert ("cisplatin", "progressive disease") not in got


def test_some_drugs_of_a_course_named_again_after_followed_by_go_on_as_a_line_of_their_own(nlp):
    text = ("A woman with endometrial cancer was treated. Carboplatin, docetaxel and durvalumab were given every three "
            "weeks for six cycles, followed by durvalumab. At progression, lenvatinib was begun.")
    got = pairs(nlp, text)
    assert ("durvalumab", "progressive disease") in got
    assert ("carboplatin", "progressive disease") not in got and ("docetaxel", "progressive disease") not in got


def test_an_assessment_during_the_induction_stays_the_inductions_once_it_has_a_response(nlp):
    got = pairs(nlp, "A woman with ovarian cancer was treated. Carboplatin, gemcitabine and bevacizumab were given "
                     "for six cycles, followed by bevacizumab alone. After two cycles CT showed a partial response; "
                     "after six cycles, a complete response was seen.")
    assert ("gemcitabine", "complete response") in got
    assert ("carboplatin", "partial response") in got


def test_a_progression_told_later_in_the_sentence_of_a_counted_course_is_a_relapse_after_it(nlp):
    got = pairs(nlp, "A man with a thymic carcinoma was treated. He received four cycles of cisplatin and "
                     "etoposide, with a partial response; progression was found seven months later.")
    assert ("cisplatin", "partial response") in got
    assert ("cisplatin", "progressive disease") not in got


def test_a_progression_within_a_counted_course_stays_its_own(nlp):
    got = pairs(nlp, "A woman with a sarcoma was treated. She received six cycles of doxorubicin and ifosfamide "
                     "with progressive disease after cycle 3.")
    assert ("doxorubicin", "progressive disease") in got


def test_a_recurrence_after_chemoradiation_is_no_progression_of_its_drug(nlp):
    got = pairs(nlp, "A woman with anal squamous cell carcinoma was treated. She had chemoradiation with mitomycin "
                     "and capecitabine in 2020. She remained well for two years. CT in 2022 showed a recurrence in "
                     "the inguinal nodes.")
    assert ("mitomycin", "progressive disease") not in got


def test_a_drug_stopped_in_the_sentence_that_opened_its_combination_leaves_the_progression_to_the_others(nlp):
    got = pairs(nlp, "A man with colorectal cancer was treated. Fluorouracil, irinotecan and panitumumab gave a "
                     "partial response, with grade 3 diarrhoea that led to irinotecan being stopped after four "
                     "cycles. The disease progressed after ten months on fluorouracil and panitumumab.")
    assert ("irinotecan", "partial response") in got
    assert ("panitumumab", "progressive disease") in got
    assert ("irinotecan", "progressive disease") not in got


def test_maintenance_continued_until_progression_is_no_partial_stop(nlp):
    got = pairs(nlp, "A woman with lung cancer was treated. Induction was carboplatin, pemetrexed and "
                     "atezolizumab given four times; her scans were read as stable disease, and pemetrexed plus "
                     "atezolizumab maintenance then ran until progressive disease in the bones.")
    assert ("atezolizumab", "progressive disease") in got
    assert ("pemetrexed", "progressive disease") in got


def test_absence_wording_after_surgery_in_the_same_sentence_is_no_response_of_the_drug(nlp):
    got = pairs(nlp, "A young man with a peritoneal sarcoma was treated. Cytoreductive surgery with intraperitoneal "
                     "mitomycin followed, and he has no evidence of disease two years later.")
    assert ("mitomycin", "complete response") not in got


def test_a_drug_keeping_the_disease_stable_is_stable_disease(nlp):
    got = pairs(nlp, "A man with a mesothelioma was treated. Third-line vinorelbine kept the disease stable for "
                     "five months.")
    assert ("vinorelbine", "stable disease") in got


def test_a_response_told_of_a_kind_of_treatment_is_the_earlier_line_of_that_kind(nlp):
    got = pairs(nlp, "A man with lung adenocarcinoma was treated. He received cisplatin and pemetrexed for four "
                     "cycles. At progression, osimertinib was started. The chemotherapy had produced a partial "
                     "response. Osimertinib achieved a complete response.")
    assert ("cisplatin", "partial response") in got
    assert ("osimertinib", "partial response") not in got


def test_a_kind_of_treatment_the_running_line_is_keeps_the_response_there(nlp):
    got = pairs(nlp, "A woman with a sarcoma was treated. She received doxorubicin in 2020. At progression, "
                     "gemcitabine and docetaxel were started. Chemotherapy then produced a partial response.")
    assert ("gemcitabine", "partial response") in got
    assert ("doxorubicin", "partial response") not in got


def test_a_mixed_response_is_no_response_of_the_line_but_a_named_class_after_it_is(nlp):
    """acc18w16: a mixed (dissociated) response has no RECIST class; the sites that shrank or grew beside it are no
    partial response or progression of the line."""
    got = pairs(nlp, "A woman with metastatic leiomyosarcoma was treated. Gemcitabine and docetaxel gave a mixed "
                     "response, with two liver deposits regressing while the lung nodule enlarged. Trabectedin was "
                     "then started and CT after three cycles showed a partial response.")
    assert not {p for p in got if p[0] in ("gemcitabine", "docetaxel")}
    assert ("trabectedin", "partial response") in got
    got = pairs(nlp, "A man with metastatic melanoma was treated. Nivolumab led to a dissociated response: the nodes "
                     "shrank but a new adrenal lesion appeared.")
    assert not {p for p in got if p[0] == "nivolumab"}
