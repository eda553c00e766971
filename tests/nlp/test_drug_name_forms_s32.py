"""Session 32 (drug32): drug names as clinicians and PDF extractions write them, each in a short made-up report:
clipped names of a doublet or a conditioning ("cis/gem", "Flu/Cy", "BuCy"), drug short forms glued by a slash
("ATRA/ATO"), a name broken by a line-end hyphen whose break became a space ("cispla- tin"), a regimen told by its
likeness ("R-CHOP-like"), and a regimen acronym glossed by its course ("FLOT (four cycles ...)")."""
from __future__ import annotations

import pytest

from rule_examples import drugs_given

LUNG = "A 64-year-old man had extensive-stage small cell lung cancer. "
AML = "A 38-year-old woman had acute promyelocytic leukaemia. "
MYELOMA = "A 59-year-old man had multiple myeloma. "
DLBCL = "A 70-year-old woman had diffuse large B-cell lymphoma. "

CASES = [
    (LUNG + "He received four cycles of carbo/etop with atezolizumab.", {"carboplatin", "etoposide", "atezolizumab"}),
    (LUNG + "Cis/etop was given with thoracic radiotherapy.", {"cisplatin", "etoposide"}),
    ("A 61-year-old man had biliary tract cancer. He was treated with cis/gem and durvalumab.",
     {"cisplatin", "gemcitabine", "durvalumab"}),
    ("A 55-year-old woman had ovarian cancer. She received CarboTaxol every three weeks.", {"carboplatin", "paclitaxel"}),
    ("A 40-year-old man had a leiomyosarcoma. Second-line Gem/Doc gave stable disease.", {"gemcitabine", "docetaxel"}),
    ("A 22-year-old man had a synovial sarcoma. He received doxo/ifo for five cycles.", {"doxorubicin", "ifosfamide"}),
    (DLBCL + "Axi-cel was infused after lymphodepletion with Flu/Cy.", {"axicabtagene ciloleucel", "fludarabine",
                                                                       "cyclophosphamide"}),
    ("A 33-year-old man had acute myeloid leukaemia. He underwent an allograft after BuCy conditioning.",
     {"busulfan", "cyclophosphamide"}),
    (MYELOMA + "He received FluMel before a reduced-intensity allograft.", {"fludarabine", "melphalan"}),
    (AML + "Induction with ATRA/ATO led to a complete remission.", {"tretinoin", "arsenic trioxide"}),
    ("A 50-year-old woman had ovarian cancer. She received weekly pacli- taxel with beva- cizumab.",
     {"paclitaxel", "bevacizumab"}),
    (LUNG + "He received gemcitabine and cispla- tin for four cycles.", {"gemcitabine", "cisplatin"}),
    (DLBCL + "She received six cycles of R-CHOP-like chemotherapy.", {"rituximab", "cyclophosphamide", "doxorubicin",
                                                                     "vincristine"}),
    ("A 62-year-old man had gastric adenocarcinoma. He received FLOT (four cycles before and four after gastrectomy).",
     {"fluorouracil", "leucovorin", "oxaliplatin", "docetaxel"}),
]


@pytest.mark.parametrize("text,given", CASES)
def test_name_form_gives_the_drugs(nlp, text, given):
    got = drugs_given(nlp, text)
    assert set(given) <= got, f"missed {set(given) - got}"


def test_a_word_broken_by_a_hyphen_names_no_drug_unless_joined_it_is_one(nlp):
    assert drugs_given(nlp, "A 48-year-old woman had breast cancer. A well- known regimen was discussed.") == set()


def test_response_short_forms_glued_by_a_slash_stay_no_drug(nlp):
    got = drugs_given(nlp, DLBCL + "She received R-CHOP. The responses were PD/PR across sites.")
    assert got == {"rituximab", "cyclophosphamide", "doxorubicin", "vincristine"}


# subcutaneous co-formulations and newer agents by their code or short names (antineoplastics.tsv rows of session 32)
NAMES = [
    (MYELOMA + "He received daratumumab-hyaluronidase with lenalidomide.", {"daratumumab", "lenalidomide"}),
    ("A 49-year-old woman had HER2-positive breast cancer. She received Phesgo with docetaxel.",
     {"pertuzumab", "trastuzumab", "docetaxel"}),
    (MYELOMA + "He received melflufen and dexamethasone at the fourth relapse.", {"melphalan flufenamide"}),
    ("A 57-year-old woman had EGFR-mutant lung adenocarcinoma. After osimertinib she received HER3-DXd.",
     {"osimertinib", "patritumab deruxtecan"}),
    ("A 70-year-old man had chronic lymphocytic leukaemia. He received sonrotoclax with zanubrutinib.",
     {"sonrotoclax", "zanubrutinib"}),
]


@pytest.mark.parametrize("text,given", NAMES)
def test_newer_name_gives_the_drug(nlp, text, given):
    got = drugs_given(nlp, text)
    assert set(given) <= got, f"missed {set(given) - got}"
    assert "hyaluronidase" not in " ".join(got)
