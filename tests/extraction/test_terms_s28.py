"""Session 28 (terms28): names kg's term lists lacked, closed by class. Regimen acronyms of lymphoma, CLL, myeloma, GI
and head-and-neck oncology give their component drugs (a two-letter acronym only with a regimen word next to it:
"cycles of BR", "FP chemotherapy"); the plain words of CTCAE events ("numbness", "ringing in the ears") are the CTCAE
term. Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import check_drugs, graded_events

REGIMENS = [
    (['bendamustine', 'rituximab'],
     'Case report\nA 71-year-old man had follicular lymphoma with bulky nodes. He received six cycles of BR and '
     'reached a complete remission.'),
    (['lenalidomide', 'rituximab'],
     'Case presentation\nA 64-year-old woman had relapsed marginal zone lymphoma. R2 therapy was started and the '
     'spleen shrank.'),
    (['cisplatin', 'fluorouracil'],
     'Case report\nA 58-year-old man had a squamous cell carcinoma of the hypopharynx. He was given FP chemotherapy '
     'before surgery.'),
    (['daratumumab', 'pomalidomide'],
     'Case presentation\nA 69-year-old woman had multiple myeloma refractory to lenalidomide. DPd was begun and the '
     'paraprotein fell by half.'),
    (['fludarabine', 'cyclophosphamide', 'rituximab'],
     'Case report\nA 55-year-old man had chronic lymphocytic leukemia. He was treated with FCR and his lymphocyte '
     'count normalised.'),
    (['venetoclax', 'obinutuzumab'],
     'Case report\nA 77-year-old woman had chronic lymphocytic leukemia with del(17p). VenO was given for twelve '
     'cycles.'),
    (['docetaxel', 'cisplatin', 'cetuximab'],
     'Case presentation\nA 61-year-old man had recurrent oral cavity squamous cell carcinoma. He received TPEx and '
     'the neck mass regressed.'),
]


@pytest.mark.parametrize("given,text", REGIMENS)
def test_terms_regimen_acronym_gives_its_drugs(nlp, given, text):
    check_drugs(nlp, text, given, [])


def test_terms_two_letter_acronym_alone_is_no_regimen(nlp):
    # "BR" and "FP" without a regimen word are other things (a bundle-branch block, a family physician)
    check_drugs(nlp, 'Case report\nA 66-year-old man had diffuse large B-cell lymphoma. The ECG showed a BR pattern '
                     'and his FP was informed. He received R-CHOP.', ['rituximab'], ['bendamustine', 'cisplatin'])


@pytest.mark.parametrize("words,label", [
    ("grade 2 numbness in both feet", "Peripheral sensory neuropathy"),
    ("grade 1 ringing in the ears", "Tinnitus"),
    ("grade 2 difficulty swallowing", "Dysphagia"),
    ("grade 1 light-headedness", "Dizziness"),
])
def test_terms_plain_words_of_a_ctcae_event(nlp, words, label):
    text = ('Case report\nA 59-year-old woman had metastatic colon cancer. She received oxaliplatin and capecitabine. '
            f'After four cycles she developed {words} attributed to the chemotherapy.')
    assert any(lab == label for lab, _ in graded_events(nlp, text)), graded_events(nlp, text)
