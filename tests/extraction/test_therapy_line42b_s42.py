"""A drug swapped inside a running combination (session 42, line42b).

- One drug of a running combination replaced by another for toxicity ("carboplatin replaced cisplatin from cycle 3",
  "cisplatin was then replaced by carboplatin", "paclitaxel was given instead of docetaxel") is the same treatment going
  on: a response assessed after the swap is the drugs' given then (the new drug and those that went on), not the drug
  taken out before any restaging.
- A response told before the swap stays the whole combination's, the swapped-out drug's too.
- A drug named further away from the swap ("..., and capecitabine was continued") goes on: the sentence is a swap, not a
  switch of the whole line.
- In a switch of a one-drug line ("alectinib replaced crizotinib", "sunitinib took the place of imatinib"), the drug
  named at the swap is taken out, not given with the new one.

All texts are made up for these tests."""
import pytest

from rule_examples import lines_of as _lines, response_pairs, responses_of as _responses_of

CR, PR, SD, PD = "complete response", "partial response", "stable disease", "progressive disease"
CODE = {CR: "CR", PR: "PR", SD: "SD", PD: "PD"}  # response_pairs gives the class codes


@pytest.mark.parametrize("text, new, out, going_on, cls", [
    ("A 63-year-old man with metastatic gastric adenocarcinoma was treated. He received cisplatin and capecitabine "
     "every three weeks. After cycle 2 his creatinine rose, so oxaliplatin replaced cisplatin from cycle 3 and "
     "capecitabine was continued. CT after cycle 6 showed a partial response.",
     "oxaliplatin", "cisplatin", "capecitabine", PR),
    ("A 54-year-old woman with metastatic oesophageal squamous cell carcinoma was treated. Cisplatin plus fluorouracil "
     "was started in May 2020. Because of ototoxicity, cisplatin was replaced by carboplatin from the third cycle "
     "onward. Restaging after six cycles showed stable disease.",
     "carboplatin", "cisplatin", "fluorouracil", SD),
    ("A 50-year-old woman with metastatic breast cancer was treated with docetaxel, trastuzumab and pertuzumab. After "
     "an allergic reaction, paclitaxel was given instead of docetaxel from cycle 4. A partial response was seen after "
     "cycle 6.",
     "paclitaxel", "docetaxel", "trastuzumab", PR),
    ("A 58-year-old woman with ovarian carcinoma was treated. She received cisplatin and paclitaxel. Cisplatin was "
     "then replaced by carboplatin because of nephrotoxicity. CT after six cycles showed a complete response.",
     "carboplatin", "cisplatin", "paclitaxel", CR),
    ("A 66-year-old man with lung adenocarcinoma was treated. He received carboplatin, pemetrexed and pembrolizumab. "
     "Because of a rising creatinine, pemetrexed was swapped for paclitaxel from cycle 3 while pembrolizumab "
     "continued. CT after cycle 4 showed stable disease.",
     "paclitaxel", "pemetrexed", "pembrolizumab", SD),
])
def test_a_response_after_a_swap_is_not_the_drug_taken_out(nlp, text, new, out, going_on, cls):
    cls = CODE[cls]
    pairs = response_pairs(nlp, text)
    assert (new, cls) in pairs, pairs
    assert (going_on, cls) in pairs, pairs
    assert (out, cls) not in pairs, pairs


def test_a_response_told_before_the_swap_stays_the_swapped_out_drugs(nlp):
    # counter-example: the swap comes after the assessment
    text = ("A 59-year-old woman with ovarian carcinoma was treated. She received cisplatin and paclitaxel. CT after "
            "cycle 3 showed stable disease. Cisplatin was then replaced by carboplatin because of nephrotoxicity. CT "
            "after cycle 6 showed a partial response.")
    lines = _lines(nlp, text)
    assert SD in _responses_of(lines, "cisplatin"), lines
    assert PR not in _responses_of(lines, "cisplatin"), lines
    assert PR in _responses_of(lines, "carboplatin") and PR in _responses_of(lines, "paclitaxel"), lines


def test_a_response_in_the_swap_sentence_before_it_stays_the_combinations(nlp):
    text = ("A 61-year-old woman with ovarian carcinoma was treated. She received cisplatin and paclitaxel. After CT "
            "showed a partial response after cycle 3, cisplatin was replaced by carboplatin because of nephrotoxicity. "
            "She completed six cycles.")
    lines = _lines(nlp, text)
    assert PR in _responses_of(lines, "cisplatin"), lines
    assert PR in _responses_of(lines, "paclitaxel"), lines


def test_a_regimen_replaced_by_another_is_a_switch(nlp):
    # counter-example: a regimen replaced by another names every drug of the line: a switch, whose response is the new
    # regimen's only
    text = ("A 60-year-old man with metastatic colon cancer was treated. FOLFIRI plus bevacizumab was started in 2019. "
            "In 2020, FOLFIRI plus bevacizumab was replaced by FOLFOX. CT showed a partial response.")
    lines = _lines(nlp, text)
    assert PR not in _responses_of(lines, "irinotecan"), lines
    assert PR not in _responses_of(lines, "bevacizumab"), lines
    assert PR in _responses_of(lines, "oxaliplatin"), lines


@pytest.mark.parametrize("text, new, out", [
    ("A 47-year-old woman with lung adenocarcinoma was treated. Crizotinib was started in 2018. In 2019 alectinib "
     "replaced crizotinib because of hepatitis. CT showed a partial response.", "alectinib", "crizotinib"),
    ("A 52-year-old man with a gastrointestinal stromal tumour was treated. Imatinib was given from 2017. Sunitinib "
     "took the place of imatinib in 2019 after oedema. CT showed a partial response.", "sunitinib", "imatinib"),
    ("A 70-year-old man with renal cell carcinoma was treated. Sunitinib was started in 2020. Because of hand-foot "
     "syndrome, pazopanib was given in place of sunitinib from 2021. CT showed a partial response.",
     "pazopanib", "sunitinib"),
])
def test_a_single_drug_replaced_is_not_given_with_its_successor(nlp, text, new, out):
    # the drug named at the swap's cue is the one taken out of a one-drug line: a switch to the new drug alone
    lines = _lines(nlp, text)
    assert PR in _responses_of(lines, new), lines
    assert PR not in _responses_of(lines, out), lines


@pytest.mark.parametrize("text, old, new", [
    ("A 37-year-old woman with metastatic breast cancer was treated. Letrozole and palbociclib were started in 2017. "
     "Letrozole and palbociclib were replaced by fulvestrant in 2018. CT after three months showed stable disease.",
     ["letrozole", "palbociclib"], "fulvestrant"),
    ("A 62-year-old man with metastatic melanoma was treated. Dabrafenib and trametinib were started in May 2018. "
     "Dabrafenib and trametinib were then replaced by pembrolizumab in 2019. MRI showed a partial response.",
     ["dabrafenib", "trametinib"], "pembrolizumab"),
])
def test_a_combination_replaced_as_a_whole_is_a_switch(nlp, text, old, new):
    # counter-example: the drug right before the swap is taken out with the drugs named with it
    lines = _lines(nlp, text)
    assert lines[-1][0] == [new], lines
    for drug in old:
        assert not _responses_of(lines, drug), lines
