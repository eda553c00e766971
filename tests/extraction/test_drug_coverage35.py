"""Drug coverage (issue #11, session 35 drug35): regimen names that made-up "received <name>" lines showed kg did not
link: a known regimen with its cycle length, a "mini-"/"esc" form or its antibody written after it, a schedule named by
its author, regimen codes of NK/T-cell lymphoma, HER2 breast cancer, Wilms tumour and paediatric germ cell tumours, slash
forms of known doublets and a common misspelling. Every text here was written for this test."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def given(nlp, sentence: str) -> set[str]:
    text = ("Case presentation\n\nA 58-year-old patient was diagnosed with a metastatic tumour in 2019 and was "
            "referred to our centre. " + sentence + "\n\nDiscussion\n\nSuch tumours are rare.\n")
    out = set()
    for doc in read_bytes(text.encode(), "case.txt"):
        if hasattr(doc, "ids"):
            for case in extract_report(doc, nlp).cases:
                out |= {d.label.lower() for t in case.treatments for d in t.drugs}
    return out


@pytest.mark.parametrize("sentence, drugs", [
    ("She received six cycles of CHOP-14 for the lymphoma from May 2021.", {"cyclophosphamide", "doxorubicin", "vincristine"}),
    ("Being frail, she was given mini-CHOP in 2022.", {"cyclophosphamide", "doxorubicin"}),
    ("He received BEACOPPesc for six cycles.", {"bleomycin", "etoposide", "procarbazine"}),
    ("He received four courses of CHOP-R in 2020.", {"rituximab", "cyclophosphamide"}),
    ("She was treated with rituximab-CHOP in 2020.", {"rituximab", "doxorubicin"}),
    ("Dara-VTd induction was followed by autologous transplant.", {"daratumumab", "bortezomib", "thalidomide"}),
    ("After resection the glioblastoma was treated according to the Stupp protocol in 2021.", {"temozolomide"}),
    ("He then completed the Stupp regimen without delay.", {"temozolomide"}),
    ("The nasal lymphoma was treated with DeVIC and concurrent radiotherapy.", {"etoposide", "ifosfamide", "carboplatin"}),
    ("Neoadjuvant TCbHP was given for six cycles.", {"docetaxel", "carboplatin", "trastuzumab", "pertuzumab"}),
    ("The child received regimen EE-4A for 18 weeks after nephrectomy.", {"vincristine", "dactinomycin"}),
    ("Stage III disease was treated with DD-4A.", {"vincristine", "dactinomycin", "doxorubicin"}),
    ("The boy received four cycles of JEB for the yolk sac tumour.", {"carboplatin", "etoposide", "bleomycin"}),
    ("He received three cycles of PEB chemotherapy.", {"cisplatin", "etoposide", "bleomycin"}),
    ("Second-line Gem/Cap was started in 2019.", {"gemcitabine", "capecitabine"}),
    ("Being unfit for induction, he was started on Ven-Dec.", {"venetoclax", "decitabine"}),
    ("He received ifosphamide and etoposide as salvage.", {"ifosfamide", "etoposide"}),
])
def test_regimen_names_give_their_drugs(nlp, sentence, drugs):
    assert drugs <= given(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "The PEB levels were normal on admission.",
    "Stupp R, Mason WP, et al. Radiotherapy plus adjuvant chemotherapy for glioblastoma.",
])
def test_letters_and_author_names_alone_are_no_regimen(nlp, sentence):
    assert not given(nlp, sentence) & {"cisplatin", "etoposide", "bleomycin", "temozolomide"}


def test_a_regimens_steroid_is_no_drug_given(nlp):
    assert "dexamethasone" not in given(nlp, "The nasal lymphoma was treated with DeVIC and concurrent radiotherapy.")


@pytest.mark.parametrize("sentence, drug", [
    ("Adjuvant Pharmorubicin was given for four cycles.", "epirubicin"),
    ("Second-line Campto was started in May 2021.", "irinotecan"),
    ("He received Velbe weekly for the histiocytosis-like tumour.", "vinblastine"),
    ("Etopophos was given intravenously on days 1-3.", "etoposide"),
    ("Deticene 1000 mg/m2 was given every three weeks.", "dacarbazine"),
    ("Soltamox oral solution was started after surgery.", "tamoxifen"),
    ("She was enrolled in a trial of ABI-007 in 2008.", "nab-paclitaxel"),
    ("KW-0761 was given weekly for the cutaneous lymphoma.", "mogamulizumab"),
])
def test_brand_and_code_names_give_their_drug(nlp, sentence, drug):
    assert drug in given(nlp, sentence)
