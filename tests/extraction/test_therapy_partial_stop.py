"""One drug of a running combination stopped (the others go on): a progression told later is the
drugs' that were still given, a later response still the whole combination's; a cancer drug given
as prophylaxis never has a response (kg/extraction/therapy.py). Sentences written for this test."""
from narrative import drug_response_pairs as responses, therapy_of


def test_progression_after_one_drug_stopped_is_the_other_drugs_only(nlp):
    got = responses(nlp, "A man with colorectal cancer was treated. Capecitabine, oxaliplatin and bevacizumab "
                         "were started in 2021. CT after four cycles showed a partial response. Oxaliplatin was "
                         "withdrawn when numbness of the feet appeared in the autumn. Ten months later CT showed "
                         "progressive disease in the liver.")
    assert ("oxaliplatin", "partial response") in got
    assert ("capecitabine", "progressive disease") in got
    assert ("bevacizumab", "progressive disease") in got
    assert ("oxaliplatin", "progressive disease") not in got


def test_stop_of_every_drug_is_no_partial_stop(nlp):
    got = responses(nlp, "A woman with ovarian cancer was treated. Carboplatin and paclitaxel were started in "
                         "2020. CT after three cycles showed a partial response. Carboplatin and paclitaxel were "
                         "stopped after six cycles. CT in 2021 showed stable disease.")
    assert ("carboplatin", "partial response") in got
    assert {c for d, c in got if d == "carboplatin"} == {c for d, c in got if d == "paclitaxel"}


def test_prophylaxis_drug_is_given_without_the_lines_response(nlp):
    text = ("A man with primary breast lymphoma was treated. R-CHOP was given every three weeks, and "
            "prophylactic intrathecal methotrexate was added on day 1 of each cycle. The final PET-CT was a "
            "complete metabolic response.")
    got = responses(nlp, text)
    given = {d.label.lower() for t in therapy_of(nlp, text).treatments() for d in t.drugs}
    assert ("rituximab", "complete response") in got
    assert "methotrexate" in given
    assert not any(drug == "methotrexate" for drug, _ in got)


def test_drug_dropped_from_a_counted_course_keeps_the_courses_response(nlp):
    got = responses(nlp, "A man with a germ cell tumour was treated. He received four cycles of bleomycin, "
                         "etoposide and cisplatin. Bleomycin was stopped after cycle 2 because of cough. After the "
                         "fourth cycle CT showed a partial response.")
    assert {("bleomycin", "partial response"), ("etoposide", "partial response")} <= got


def test_response_after_one_drug_stopped_is_still_the_combinations(nlp):
    got = responses(nlp, "A woman with breast cancer was treated. Paclitaxel, trastuzumab and pertuzumab were "
                         "started in 2022. Paclitaxel was stopped after twelve weeks because of neuropathy. CT in "
                         "2023 showed a complete response.")
    assert {("paclitaxel", "complete response"), ("trastuzumab", "complete response")} <= got
