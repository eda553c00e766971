"""Drug coverage (issue #11, session 19 drugcov19): agents and regimen acronyms that made-up "received <name>" lines
showed kg did not know give their drugs given. Every text here was written for this test."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes


def given(nlp, sentence: str) -> set[str]:
    text = ("Case presentation\n\nA 58-year-old patient was diagnosed with a metastatic carcinoma in 2019 and was "
            "referred to our centre. " + sentence + "\n\nDiscussion\n\nSuch tumours are rare.\n")
    out = set()
    for doc in read_bytes(text.encode(), "case.txt"):
        if hasattr(doc, "ids"):
            for case in extract_report(doc, nlp).cases:
                out |= {d.label.lower() for t in case.treatments for d in t.drugs}
    return out


@pytest.mark.parametrize("sentence, drugs", [
    ("The pancreatic islet-cell tumour was treated with streptozotocin and 5-FU for six months.",
     {"streptozocin", "fluorouracil"}),
    ("Salvage therapy with amsacrine was tried in 2020.", {"amsacrine"}),
    ("She received lobaplatin with radiotherapy in 2021.", {"lobaplatin"}),
    ("Endometrial disease was managed with medroxyprogesterone acetate 200 mg daily.", {"medroxyprogesterone"}),
    ("He then received serplulimab every three weeks.", {"serplulimab"}),
    ("FOLFIRI plus ziv-aflibercept was given as second-line therapy.", {"aflibercept", "irinotecan"}),
    ("Six weekly intravesical BCG instillations were given after resection.", {"bacillus calmette-guerin"}),
])
def test_agents_no_term_named_before_are_drugs_given(nlp, sentence, drugs):
    assert drugs <= given(nlp, sentence)


@pytest.mark.parametrize("sentence, drugs", [
    ("She completed four cycles of dose-dense AC in 2020.", {"doxorubicin", "cyclophosphamide"}),
    ("Adjuvant EC chemotherapy was given for four cycles.", {"epirubicin", "cyclophosphamide"}),
    ("He received three courses of VIP chemotherapy as salvage treatment.", {"etoposide", "ifosfamide", "cisplatin"}),
    ("The gastric primary was treated with S-1 plus oxaliplatin before gastrectomy.", {"s-1", "oxaliplatin"}),
    ("Induction with VTd was followed by autologous transplant.", {"bortezomib", "thalidomide"}),
    ("D-VRd induction led to a very good partial response.", {"daratumumab", "bortezomib", "lenalidomide"}),
    ("Being unfit for intensive therapy, she was started on Ven-Aza in 2022.", {"venetoclax", "azacitidine"}),
    ("The pancreatic neuroendocrine tumour shrank on CAPTEM given for nine months.", {"capecitabine", "temozolomide"}),
    ("He was maintained on 5-FU/LV with bevacizumab.", {"fluorouracil", "bevacizumab"}),
    ("Nivo/ipi was started in March 2021.", {"nivolumab", "ipilimumab"}),
    ("First-line atezo/bev led to stable disease.", {"atezolizumab", "bevacizumab"}),
])
def test_regimen_acronyms_give_their_drugs(nlp, sentence, drugs):
    assert drugs <= given(nlp, sentence)


@pytest.mark.parametrize("sentence", [
    "Her mean arterial pressure (MAP) was 70 mmHg and the VIP level was normal.",
    "She had been vaccinated with BCG as a child.",
])
def test_ambiguous_letters_alone_are_no_regimen(nlp, sentence):
    assert not given(nlp, sentence) & {"etoposide", "ifosfamide", "cisplatin", "methotrexate", "bacillus calmette-guerin"}
