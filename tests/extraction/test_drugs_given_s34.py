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


LETTER_STOP = [
    (["mechlorethamine", "doxorubicin", "vinblastine", "vincristine", "bleomycin", "etoposide"],
     "Case report\nA 28-year-old man had bulky Hodgkin lymphoma. He was treated with Stanford V. Radiotherapy followed."),
    (["mitomycin"],
     "Case report\nA 66-year-old man had non-muscle-invasive bladder cancer. He was given intravesical mitomycin C. "
     "The tumour did not recur."),
    (["dactinomycin", "vincristine"],
     "Case report\nA 2-year-old girl had a Wilms tumour. After nephrectomy she received vincristine and actinomycin D. "
     "She remains well."),
]


@pytest.mark.parametrize("given,text", LETTER_STOP)
def test_a_name_ending_in_a_lone_capital_before_the_stop_is_given(nlp, given, text):
    check_drugs(nlp, text, given, [])


def test_an_initial_is_no_drug_letter(nlp):
    check_drugs(nlp, "Case report\nA 60-year-old man had gastric cancer, seen by Dr. John C. Smith. He received "
                     "S-1.", ["s-1"], ["mitomycin"])


TITLED = [
    (["pembrolizumab"], "Pembrolizumab-induced myocarditis in a patient with melanoma\n\nCase report\nA 70-year-old man "
                        "with metastatic melanoma received his first infusion in May 2021. Two weeks later he developed "
                        "chest pain; myocarditis was diagnosed."),
    (["osimertinib"], "Interstitial lung disease during osimertinib therapy: a case report\n\nCase presentation\nA 67-year-old "
                      "woman with EGFR-mutant lung adenocarcinoma started the targeted agent in 2020. After 8 weeks she "
                      "developed dyspnoea and ground-glass opacities."),
]


@pytest.mark.parametrize("given,text", TITLED)
def test_the_title_drug_of_a_story_that_names_none_is_given(nlp, given, text):
    check_drugs(nlp, text, given, [])


def test_the_title_drug_stays_out_when_the_story_names_its_own(nlp):
    text = ("Crizotinib resistance in ROS1-rearranged lung cancer: a case report\n\nCase report\nA 45-year-old woman with "
            "ROS1-rearranged lung adenocarcinoma received entrectinib with a partial response.")
    check_drugs(nlp, text, ["entrectinib"], ["crizotinib"])


def test_every_compound_short_form_names_a_drug_of_the_shipped_terms():
    from kg.nlp.term_ruler import compound_short_forms
    from kg.nlp.terms_index import get_index
    from kg.rules import rules

    forms = compound_short_forms(get_index("default"))
    assert set(forms) == set(rules("therapy").words("COMPOUND_SHORT_FORM"))
