"""Which line a response belongs to (session 36, attr36): a response dated by the induction once a later phase with
other drugs (or a chemoradiation) followed; drugs kept on alone after another drug of the combination was dropped for
a harm; a plural 'interruptions' as a dose hold; and the first response after a line told as the plain next step of
an unassessed line that gave one of its drugs again. All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, responses_of as _responses_of


@pytest.mark.parametrize("text, induction, later, response", [
    ("A 50-year-old woman had acute lymphoblastic leukemia. Induction with vincristine, daunorubicin and prednisone "
     "was followed by consolidation with cyclophosphamide and cytarabine. Bone marrow after induction showed "
     "complete remission.", "vincristine", "cyclophosphamide", "complete response"),
    ("A 50-year-old woman had acute lymphoblastic leukemia. Induction with vincristine, daunorubicin and prednisone "
     "was followed by consolidation with cyclophosphamide and cytarabine; she was in complete remission after "
     "induction.", "vincristine", "cyclophosphamide", "complete response"),
    ("A 61-year-old woman had rectal cancer. She received total neoadjuvant therapy: induction FOLFOX for four "
     "months, then chemoradiation with capecitabine. MRI after the induction phase showed a partial response.",
     "oxaliplatin", "capecitabine", "partial response"),
    ("Case report\nA 33-year-old man had acute lymphoblastic leukaemia. Induction chemotherapy (vincristine, "
     "daunorubicin, prednisone, asparaginase) was started in May 2020. Consolidation with cytarabine and methotrexate "
     "followed in July 2020. A bone marrow aspirate at the end of induction showed complete remission.",
     "vincristine", "methotrexate", "complete response"),
])
def test_a_response_dated_by_the_induction_is_the_inductions(nlp, text, induction, later, response):
    lines = _lines(nlp, text)
    assert response in _responses_of(lines, induction), lines
    assert response not in _responses_of(lines, later), lines


@pytest.mark.parametrize("text, dropped, response", [
    ("A 66-year-old man with metastatic colorectal cancer started FOLFOX plus bevacizumab. Oxaliplatin was stopped "
     "after cycle 6 because of neuropathy, and he continued on fluorouracil and bevacizumab. CT after three months "
     "of treatment showed a partial response.", "oxaliplatin", "partial response"),
    ("A 59-year-old woman had ovarian cancer and received carboplatin and paclitaxel. Because of grade 3 neuropathy, "
     "paclitaxel was discontinued after the fourth cycle and carboplatin was continued alone for two more cycles. CT "
     "at the end of treatment showed a complete response.", "paclitaxel", "complete response"),
])
def test_drugs_kept_on_after_one_was_dropped_for_a_harm_share_the_combinations_response(nlp, text, dropped, response):
    lines = _lines(nlp, text)
    assert response in _responses_of(lines, dropped), lines


def test_drugs_kept_on_as_planned_maintenance_keep_their_own_response(nlp):
    text = ("A woman with lung adenocarcinoma was treated. In March 2018 she started carboplatin, pemetrexed and "
            "pembrolizumab. After four cycles the carboplatin was stopped and she was maintained on single-agent "
            "pembrolizumab, with stable disease for a year.")
    lines = _lines(nlp, text)
    assert "stable disease" not in _responses_of(lines, "carboplatin"), lines


def test_repeated_interruptions_are_a_hold_not_a_stop(nlp):
    text = ("A 48-year-old man with melanoma started dabrafenib and trametinib. The first CT at eight weeks showed a "
            "partial response. Recurrent pyrexia attributed to dabrafenib required two interruptions and a dose "
            "reduction of dabrafenib. In April he developed brain metastases: progressive disease. He received "
            "ipilimumab and nivolumab.")
    lines = _lines(nlp, text)
    assert (["dabrafenib", "trametinib"], ["partial response", "progressive disease"]) in lines, lines
    assert not any(d == ["trametinib"] for d, _ in lines), lines


def test_a_next_step_giving_a_drug_again_is_assessed_with_the_unassessed_line_before(nlp):
    text = ("A 28-year-old man had a germ cell tumour. He was treated with BEP for three cycles. TIP was then given "
            "for four cycles. Markers normalised and PET showed no uptake, a complete response.")
    lines = _lines(nlp, text)
    assert "complete response" in _responses_of(lines, "bleomycin"), lines
    assert "complete response" in _responses_of(lines, "ifosfamide"), lines


@pytest.mark.parametrize("text, earlier, later", [
    # a switch for a harm: the new drug's response alone
    ("A 50-year-old man had renal cell carcinoma. He started sunitinib. Sunitinib was stopped for hand-foot syndrome "
     "and he was switched to pazopanib. CT three months later showed a partial response.", "sunitinib", "pazopanib"),
    # a step that prepares the next treatment (PREPARATORY_STEP)
    ("A 60-year-old woman had refractory lymphoma. She received polatuzumab vedotin with rituximab as bridging "
     "therapy, followed by axicabtagene ciloleucel. PET-CT on day 30 showed a partial response.",
     "polatuzumab vedotin", "axicabtagene ciloleucel"),
    ("A 70-year-old man had relapsed lymphoma. Glofitamab after obinutuzumab pretreatment was started in June. PET-CT "
     "after cycle 3 showed a partial response.", "obinutuzumab", "glofitamab"),
    # a next step told on its own with new drugs only
    ("A 45-year-old woman had breast cancer. Neoadjuvant doxorubicin and cyclophosphamide were given for four "
     "cycles. This was followed by docetaxel with trastuzumab for four cycles. MRI before surgery showed a partial "
     "response.", "doxorubicin", "docetaxel"),
])
def test_no_shared_response_with_the_line_before(nlp, text, earlier, later):
    lines = _lines(nlp, text)
    assert "partial response" in _responses_of(lines, later), lines
    assert "partial response" not in _responses_of(lines, earlier), lines
