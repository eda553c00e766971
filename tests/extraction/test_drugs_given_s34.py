"""Session 34 (drug34): drugs given told by short forms that name a drug only inside a combination, by development
codes, by agents kg did not know, and by a name that ends in a lone capital before the sentence's full stop; a plus
sign after a kinase gene as its fusion.

Given: Japanese/Korean-style combinations of short forms glued by "+" or "/" ("CBDCA+PEM+Pembro", "CDDP/VNR",
"wPTX+RAM", "CapeOX+Bev", "FOLFIRI+Pmab"), spaced too ("CBDCA + PEM"); development codes ("CC-220", "bb2121",
"TAK-788"); recent agents (tabelecleucel, tirabrutinib, equecabtagene autoleucel). Not given: the same short forms alone,
where they name something else ("a PTX after the biopsy" is a pneumothorax, "PEM imaging"). Texts written for this test
(no benchmark page)."""
import pytest

from rule_examples import case_of, check_drugs


def _case(tumour: str, body: str) -> str:
    return f"Case report\nA 63-year-old man had {tumour}. {body}"


REPORTS = [
    # short forms glued by "+" or "/" to a drug, a regimen or one another
    (["carboplatin", "pemetrexed", "pembrolizumab"], [],
     _case("stage IV lung adenocarcinoma", "He received CBDCA+PEM+Pembro for four cycles, then PEM+Pembro maintenance.")),
    (["cisplatin", "vinorelbine", "docetaxel", "ramucirumab"], [],
     _case("non-small cell lung cancer", "Adjuvant CDDP/VNR was given; at recurrence DTX+RAM was started.")),
    (["paclitaxel", "ramucirumab", "nivolumab"], [],
     _case("advanced gastric cancer", "Second-line wPTX+RAM was followed by nivolumab.")),
    (["capecitabine", "oxaliplatin", "bevacizumab", "irinotecan", "panitumumab"], [],
     _case("metastatic sigmoid colon cancer", "He received CapeOX+Bev and, at progression, FOLFIRI+Pmab.")),
    (["carboplatin", "pemetrexed"], [],
     _case("lung adenocarcinoma", "CBDCA + PEM was given every three weeks.")),
    (["gemcitabine", "oxaliplatin"], [],
     _case("pancreatic cancer", "Gem/Ox was given for four cycles.")),
    (["nedaplatin", "docetaxel"], [],
     _case("esophageal squamous cell carcinoma", "He received NDP+DTX before surgery.")),
    # alone, the same letters are no drug
    (["osimertinib"], ["paclitaxel"],
     _case("lung adenocarcinoma", "A PTX followed the transbronchial biopsy and resolved; osimertinib was started.")),
    (["tamoxifen"], ["pemetrexed"],
     "Case report\nA 49-year-old woman had breast cancer. PEM imaging showed a second focus; she received tamoxifen."),
    # development codes and recent agents
    (["iberdomide", "idecabtagene vicleucel"], [],
     _case("relapsed multiple myeloma", "He was enrolled in a trial of CC-220 and later received bb2121.")),
    (["mobocertinib", "amivantamab"], [],
     _case("lung adenocarcinoma with an EGFR exon 20 insertion", "He received TAK-788 and then amivantamab.")),
    (["tabelecleucel"], [],
     _case("EBV-positive post-transplant lymphoproliferative disorder", "Tabelecleucel was infused and the nodes shrank.")),
    (["tirabrutinib"], [],
     _case("relapsed primary central nervous system lymphoma", "Tirabrutinib was started and the lesion regressed.")),
    (["equecabtagene autoleucel"], [],
     _case("relapsed multiple myeloma", "Equecabtagene autoleucel was infused after lymphodepletion.")),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_drugs_given_s34(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)


FUSIONS = [
    ("A 52-year-old woman had ALK+ lung adenocarcinoma. She received alectinib.", "ALK"),
    ("A 41-year-old man had ROS1+ non-small cell lung cancer and was treated with crizotinib.", "ROS1"),
    ("A 36-year-old woman had lung adenocarcinoma, ALK(+) by immunohistochemistry, and received lorlatinib.", "ALK"),
]


@pytest.mark.parametrize("text,kinase", FUSIONS)
def test_plus_sign_after_a_kinase_is_its_fusion(nlp, text, kinase):
    case = case_of(nlp, "Case report\n" + text)
    assert [(f.five_prime, f.three_prime.label) for f in case.fusions] == [(None, kinase)]


def test_plus_sign_after_egfr_is_no_fusion(nlp):
    case = case_of(nlp, "Case report\nA 60-year-old woman had EGFR+ lung adenocarcinoma and received osimertinib.")
    assert case.fusions == []
