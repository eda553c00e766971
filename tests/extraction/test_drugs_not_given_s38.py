"""Session 38 (leak38): drugs the report says were not given, told in two wordings kg read as given.

1. "X and Y were therefore not considered": a sentence adverb (therefore, thus, consequently, accordingly, also ...)
   between the verb and "not". Alone such a sentence was caught only by the story pass that drops plans never carried
   out; a sentence before it that names the drug in general words ("X and Y are second-generation inhibitors",
   "a mutation that confers resistance to X") made the drug count as told, so it stayed given.
2. "X was not on our provincial formulary / the national reimbursement list / the hospital formulary": a drug not on
   a formulary or reimbursement list, with any owner or region between, was not given (like one not stocked).
3. "<event> with X is less well known / more frequent than with Y", "<event> occurs less often after X than after
   Y": an event compared across drugs in the present tense, a lesson from the literature (often an abstract's last
   sentence), names no drug given to the patient.
4. A plan never carried out ("the tumour board recommended X", then nothing more of X) after a general sentence of
   the literature naming X ("X and Y are second-generation inhibitors"): the general sentence told X of no one, so the
   plan stays a plan (it made X count as told given).
Negatives: the same words where the drug was given ("... until 2021, when it was started", "on the formulary, was
started", "therefore started", a later line told given). Texts written for this test (no benchmark page)."""
import pytest

from rule_examples import check_drugs


def _case(body: str) -> str:
    return f"Case report\n{body}"


REPORTS = [
    # 1. a sentence adverb before "not considered", after a general sentence naming the drug
    (["ponatinib"], ["dasatinib", "nilotinib"],
     _case("The T315I mutation confers resistance to imatinib and to the second-generation inhibitors dasatinib and "
           "nilotinib.\nA 60-year-old man had chronic myeloid leukemia and started imatinib in 2015. Dasatinib and "
           "nilotinib were therefore not considered. Ponatinib was started in May 2019.")),
    (["dacarbazine"], ["nivolumab"],
     _case("Nivolumab is approved in this setting.\nA 70-year-old man had metastatic melanoma after a kidney "
           "transplant. Nivolumab was thus never considered; he received dacarbazine.")),
    (["lenvatinib"], ["sorafenib"],
     _case("Sorafenib and lenvatinib are the usual first-line agents.\nA 66-year-old woman had hepatocellular "
           "carcinoma with variceal bleeding. Sorafenib was consequently not chosen, and lenvatinib was begun in May.")),
    (["fluorouracil", "oxaliplatin"], ["cetuximab"],
     _case("Cetuximab is approved in RAS wild-type disease.\nA 70-year-old man had KRAS-mutant colon cancer. "
           "Cetuximab was therefore never used; he received FOLFOX.")),
    (["capecitabine"], ["trastuzumab"],
     _case("Trastuzumab is approved in HER2-positive disease.\nA 45-year-old woman had HER2-low breast cancer. "
           "Trastuzumab was accordingly not indicated, and she received capecitabine.")),
    # 2. not on a formulary or a reimbursement list
    (["selpercatinib"], ["pralsetinib"],
     _case("A 62-year-old man had KIF5B-RET lung adenocarcinoma. Pralsetinib was not on our provincial formulary at "
           "that time, whereas selpercatinib was available; he started selpercatinib in 2022.")),
    (["crizotinib"], ["entrectinib"],
     _case("A 59-year-old woman had ROS1-positive lung cancer. Entrectinib was not on the national reimbursement "
           "list, so crizotinib was given.")),
    (["nivolumab", "ipilimumab"], ["relatlimab"],
     _case("A 71-year-old man had metastatic melanoma. In 2019 relatlimab was not on the hospital formulary; "
           "nivolumab and ipilimumab were given.")),
    # 3. an event compared across drugs in the present tense
    (["osimertinib"], ["gefitinib", "erlotinib"],
     _case("A 64-year-old woman had EGFR-mutant lung adenocarcinoma and started osimertinib in March 2021. After four "
           "months she developed grade 2 pneumonitis, which resolved with prednisone. Pneumonitis on osimertinib is "
           "less common than with gefitinib and erlotinib, and should be recognised early.")),
    (["lisocabtagene maraleucel"], ["axicabtagene ciloleucel"],
     _case("A 58-year-old man with large B-cell lymphoma received lisocabtagene maraleucel in 2022 and had grade 1 "
           "cytokine release syndrome. Cytokine release syndrome occurs less often after lisocabtagene maraleucel "
           "than after axicabtagene ciloleucel.")),
    (["alpelisib", "fulvestrant"], ["everolimus"],
     _case("A 52-year-old woman with PIK3CA-mutant breast cancer received alpelisib and fulvestrant from May 2020. "
           "Hyperglycaemia is more frequent with alpelisib than with everolimus.")),
    # 4. a plan never carried out after a general sentence naming the drug
    (["imatinib"], ["dasatinib"],
     _case("Dasatinib and nilotinib are second-generation inhibitors with activity after imatinib failure.\nA "
           "60-year-old man had chronic myeloid leukemia and started imatinib in 2015. In 2018 the tumour board "
           "recommended dasatinib. He died of a stroke in January 2019.")),
    (["paclitaxel"], ["ramucirumab"],
     _case("Ramucirumab has been approved for gastric cancer after first-line chemotherapy.\nA 67-year-old man had "
           "metastatic gastric cancer and received paclitaxel from June 2020. Our oncologist advised ramucirumab. He "
           "entered hospice care in August 2020.")),
    # negatives: the drug was given
    (["imatinib", "dasatinib"], [],
     _case("Dasatinib is approved after imatinib failure.\nA 60-year-old man had chronic myeloid leukemia and started "
           "imatinib in 2015. In 2018 the tumour board recommended dasatinib. He received dasatinib for two years with "
           "a major molecular response.")),
    (["oxaliplatin", "fluorouracil"], [],
     _case("A 60-year-old man had colon cancer and received FOLFOX. Oxaliplatin caused anaphylaxis in cycle 2 and was "
           "therefore never given again; he continued fluorouracil.")),
    (["capecitabine", "fluorouracil"], [],
     _case("A 61-year-old man had metastatic colon cancer. He tolerated capecitabine better than infusional "
           "fluorouracil, which he had received in 2019.")),
    (["docetaxel", "epirubicin"], [],
     _case("A 49-year-old woman had breast cancer. Her nausea was less severe with docetaxel than with epirubicin, "
           "both given in 2018.")),
    (["olaparib"], [],
     _case("A 55-year-old woman had BRCA1-mutated ovarian cancer. Olaparib was not on our regional formulary until "
           "2021, when it was started as maintenance.")),
    (["selpercatinib"], [],
     _case("A 61-year-old man had RET-fusion lung cancer. Selpercatinib, which is on the provincial formulary, was "
           "started in 2021.")),
    (["palbociclib", "letrozole"], ["abemaciclib"],
     _case("A 50-year-old woman had metastatic breast cancer. Palbociclib was therefore started with letrozole; a "
           "switch to abemaciclib was not considered.")),
    (["crizotinib"], [],
     _case("A 48-year-old man had ALK-positive lung cancer. Crizotinib was also considered and was started in March "
           "2020.")),
    (["ripretinib"], [],
     _case("A 62-year-old man had GIST. Ripretinib was not on the formulary of his insurer at first; after an appeal "
           "it was approved and he received ripretinib from June 2021.")),
]


@pytest.mark.parametrize("given,not_given,text", REPORTS)
def test_drugs_not_given_s38(nlp, given, not_given, text):
    check_drugs(nlp, text, given, not_given)
