"""Drugs and diagnoses of session 37 (dd37), on made-up reports written for these tests: a drug of a named regimen
told as left out in the next sentence; rituximab's one-letter short form glued before a regimen; a drug stopped
before its first dose; a primary CNS lymphoma of stated DLBCL histology; a transplant recipient's PTLD."""
import pytest

from rule_examples import case_of

C = "Case presentation\n"


def _drugs(case) -> set[str]:
    return {d.label.lower() for t in case.treatments for d in t.drugs}


def _diagnosis_ids(case) -> list[str]:
    return [d.concept.id for d in case.diagnoses]


@pytest.mark.parametrize("text, left_out, kept", [
    ("A 60-year-old woman with DLBCL received R-CHOP. Rituximab was omitted because of active hepatitis B.",
     "rituximab", "doxorubicin"),
    ("A 66-year-old woman with colon cancer received FOLFOX. Oxaliplatin was omitted from the start owing to "
     "neuropathy.", "oxaliplatin", "fluorouracil"),
    ("A 49-year-old man with Hodgkin lymphoma was treated with ABVD. Bleomycin was left out because of poor pulmonary "
     "function.", "bleomycin", "vinblastine"),
    ("In March 2020 a 55-year-old man with DLBCL started R-CHOP. Rituximab was not given because of a prior "
     "anaphylaxis.", "rituximab", "cyclophosphamide"),
])
def test_a_regimen_drug_left_out_in_the_next_sentence_is_not_given(nlp, text, left_out, kept):
    drugs = _drugs(case_of(nlp, C + text))
    assert left_out not in drugs and kept in drugs, drugs


@pytest.mark.parametrize("text", [
    "A 60-year-old woman with DLBCL received R-CHOP. Rituximab was omitted from cycle 5 because of neutropenia.",
    "A 60-year-old woman with DLBCL received R-CHOP. Rituximab was withheld for one week because of neutropenia.",
    "A 60-year-old woman with DLBCL received R-CHOP. She had no rituximab-related infusion reaction.",
])
def test_a_later_hold_or_an_event_named_by_the_drug_keeps_it(nlp, text):
    assert "rituximab" in _drugs(case_of(nlp, C + text))


@pytest.mark.parametrize("sentence, drugs", [
    ("A 34-year-old man with Burkitt lymphoma received R-CODOX-M alternating with R-IVAC.",
     {"rituximab", "methotrexate", "ifosfamide", "cytarabine"}),
    ("A 40-year-old woman with Burkitt lymphoma was treated with two cycles of R-CODOX-M/R-IVAC.",
     {"rituximab", "cyclophosphamide", "etoposide"}),
    ("A 58-year-old woman with mantle cell lymphoma underwent R-BEAM conditioning before the autograft.",
     {"rituximab", "carmustine", "melphalan"}),
    ("A 51-year-old man with Burkitt lymphoma received IVAC after CODOX-M.", {"ifosfamide", "etoposide"}),
])
def test_rituximabs_letter_glued_before_a_regimen_adds_rituximab(nlp, sentence, drugs):
    assert drugs <= _drugs(case_of(nlp, C + sentence))


def test_relapsed_refractory_is_no_rituximab(nlp):
    text = C + "A 66-year-old man with R/R DLBCL received polatuzumab vedotin with bendamustine."
    assert "rituximab" not in _drugs(case_of(nlp, text))


@pytest.mark.parametrize("sentence, drug", [
    ("A 57-year-old man with lung cancer was prescribed osimertinib, but it was stopped before the first dose because "
     "of pneumonitis.", "osimertinib"),
    ("A 57-year-old man with lung cancer was prescribed osimertinib but never took it.", "osimertinib"),
    ("A 63-year-old woman with liver cancer: lenvatinib was ordered and then cancelled before any tablet was taken.",
     "lenvatinib"),
])
def test_a_drug_stopped_before_its_first_dose_is_not_given(nlp, sentence, drug):
    assert drug not in _drugs(case_of(nlp, C + sentence))


def test_a_drug_stopped_after_its_first_dose_is_given(nlp):
    text = C + "A 70-year-old man with melanoma started pembrolizumab; it was stopped after the first dose for hepatitis."
    assert "pembrolizumab" in _drugs(case_of(nlp, text))


@pytest.mark.parametrize("sentence", [
    "A 66-year-old man was diagnosed with primary central nervous system diffuse large B-cell lymphoma and received "
    "high-dose methotrexate.",
    "A 70-year-old woman had PCNSL of DLBCL type and received methotrexate.",
    "A 62-year-old man had primary CNS DLBCL and received rituximab and methotrexate.",
    "A 62-year-old woman had confusion; stereotactic biopsy of the periventricular mass showed a diffuse large B-cell "
    "lymphoma, and staging found no disease outside the brain. Primary CNS lymphoma was treated with methotrexate.",
])
def test_a_primary_cns_lymphoma_of_dlbcl_histology_is_the_cns_dlbcl(nlp, sentence):
    assert _diagnosis_ids(case_of(nlp, C + sentence)) == ["NCIT:C212057"]


def test_a_primary_cns_lymphoma_of_no_stated_histology_stays(nlp):
    text = C + "A 64-year-old man with primary CNS lymphoma received high-dose methotrexate; no biopsy was possible."
    assert _diagnosis_ids(case_of(nlp, text)) == ["NCIT:C9301"]


@pytest.mark.parametrize("sentence", [
    "A 55-year-old kidney transplant recipient developed PTLD and received rituximab.",
    "A 55-year-old man, a kidney transplant recipient, developed post-transplant lymphoproliferative disorder and "
    "received rituximab.",
    "A 12-year-old boy developed EBV-positive PTLD one year after liver transplantation; immunosuppression was "
    "reduced and rituximab was given.",
])
def test_a_transplant_recipients_ptld_is_the_diagnosis(nlp, sentence):
    case = case_of(nlp, C + sentence)
    assert _diagnosis_ids(case) == ["KG:tumor-posttransplant-lymphoproliferative-disorders"]
    assert "rituximab" in _drugs(case)


def test_the_lymphoma_a_ptld_is_told_as_is_the_diagnosis(nlp):
    text = C + ("A 58-year-old heart transplant recipient developed monomorphic PTLD, diffuse large B-cell lymphoma "
                "type, and received R-CHOP.")
    assert _diagnosis_ids(case_of(nlp, text)) == ["NCIT:C45231"]


@pytest.mark.parametrize("sentence, drugs", [
    ("A 58-year-old man with lung cancer received carboplatin(AUC 5) and pemetrexed(500 mg/m2) for four cycles.",
     {"carboplatin", "pemetrexed"}),
    ("A 61-year-old woman with lung cancer received cisplatin(75 mg/m2) and docetaxel(60 mg/m2) every three weeks.",
     {"cisplatin", "docetaxel"}),
    ("A 70-year-old man with melanoma was given nivolumab(240 mg) every two weeks.", {"nivolumab"}),
])
def test_a_bracket_glued_to_a_drug_name_leaves_the_drug(nlp, sentence, drugs):
    assert drugs <= _drugs(case_of(nlp, C + sentence))


@pytest.mark.parametrize("sentence, label", [
    ("A 44-year-old man with CML in chronic phase received interferon-alpha for two years.", "interferon alpha"),
    ("A 50-year-old woman with renal cell carcinoma was treated with IFN-alpha and later sunitinib.", "interferon alpha"),
    ("A 39-year-old man with melanoma received adjuvant interferon alfa-2b for one year.", "interferon alfa-2b"),
])
def test_interferon_alpha_without_its_subtype_is_the_generic_drug(nlp, sentence, label):
    assert label in _drugs(case_of(nlp, C + sentence))
