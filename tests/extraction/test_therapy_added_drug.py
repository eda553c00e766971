"""Session 21 (lines21): a drug added to a running line goes on with the line's drugs, so the responses told
after the addition are all of theirs and those told before it stay with the earlier drugs; a new drug planned as
the maintenance of an induction leaves the induction's first assessment to it; "progressing on X" is progression
on X's line. Sentences written for this test (several wordings of each)."""
import pytest

from narrative import drug_response_pairs as pairs
from narrative import therapy_of


@pytest.mark.parametrize("text, running, added, response", [
    ("A woman with metastatic colorectal cancer was treated. She started FOLFOX in March 2020. Bevacizumab was "
     "added from cycle 5. Restaging in September showed a partial response.", "oxaliplatin", "bevacizumab",
     "partial response"),
    ("A woman with breast cancer received tamoxifen from 2019. Goserelin was added in 2020. MRI in 2021 showed a "
     "partial response.", "tamoxifen", "goserelin", "partial response"),
    ("A man with myeloma received lenalidomide and dexamethasone from 2018. With the addition of daratumumab in "
     "2019, he achieved a complete response.", "lenalidomide", "daratumumab", "complete response"),
    ("A man with CLL received ibrutinib. Venetoclax was subsequently added. Minimal residual disease became "
     "undetectable and he reached a complete response.", "ibrutinib", "venetoclax", "complete response"),
    ("A woman with HER2-positive breast cancer received trastuzumab and pertuzumab. Docetaxel was added to the "
     "antibodies in cycle 2. A partial response was seen after six cycles.", "pertuzumab", "docetaxel",
     "partial response"),
    ("A man with prostate cancer started leuprolide in 2018. Enzalutamide 160 mg daily was added in 2019. The PSA "
     "fell and a partial response was documented.", "leuprolide", "enzalutamide", "partial response"),
    ("A woman with ovarian cancer was treated with weekly paclitaxel. In May the team added bevacizumab, and CT in "
     "August showed a complete response.", "paclitaxel", "bevacizumab", "complete response"),
])
def test_a_response_after_an_addition_is_the_running_drugs_and_the_added_ones(nlp, text, running, added, response):
    got = pairs(nlp, text)
    assert (running, response) in got and (added, response) in got, got


def test_a_response_before_the_addition_stays_with_the_earlier_drugs(nlp):
    got = pairs(nlp, "A man with melanoma received nivolumab. CT at 12 weeks showed stable disease. Ipilimumab was "
                     "added after 12 weeks. The next scan showed a partial response.")
    assert ("nivolumab", "stable disease") in got and ("ipilimumab", "stable disease") not in got
    assert ("nivolumab", "partial response") in got and ("ipilimumab", "partial response") in got


def test_a_progression_after_an_addition_is_all_the_drugs(nlp):
    got = pairs(nlp, "A man with colorectal cancer was treated with FOLFIRI from 2019. Despite the addition of "
                     "cetuximab in 2020, CT in 2021 showed progressive disease.")
    assert ("irinotecan", "progressive disease") in got and ("cetuximab", "progressive disease") in got


@pytest.mark.parametrize("text", [
    # the whole running line stopped in the sentence: nothing goes on with the added drug
    "A woman with colon cancer received FOLFOX. FOLFOX was stopped and bevacizumab was added.",
    # added to a plan or list: a line of its own
    "A man with a GIST received sunitinib. Later, imatinib was added to the treatment plan and given from 2019.",
    # the running line had ended
    "A man with lung cancer received erlotinib from 2017 until 2019. In 2020 bevacizumab was added.",
])
def test_no_addition_to_the_running_line(nlp, text):
    lines = [[d.label.lower() for d in t.drugs] for t in therapy_of(nlp, text).treatments()]
    assert len(lines[-1]) == 1, lines


def test_a_drug_added_in_the_sentence_of_a_resumed_line_goes_on_with_it(nlp):
    lines = [sorted(d.label.lower() for d in t.drugs) for t in therapy_of(nlp, (
        "A man with melanoma was treated. Dabrafenib and trametinib were started in 2021. After radiotherapy, "
        "dabrafenib and trametinib were resumed, and pembrolizumab was added in 2023.")).treatments()]
    assert lines[-1] == ["dabrafenib", "pembrolizumab", "trametinib"], lines


@pytest.mark.parametrize("text, induction, maintenance, response", [
    ("A woman with ovarian cancer received six cycles of carboplatin and paclitaxel, followed by olaparib "
     "maintenance. CT after the sixth cycle showed a complete response.", "carboplatin", "olaparib",
     "complete response"),
    ("A woman with ovarian cancer received six cycles of carboplatin and paclitaxel, followed by maintenance "
     "niraparib. A partial response was achieved.", "paclitaxel", "niraparib", "partial response"),
    ("A man with small-cell lung cancer was given cisplatin and etoposide for four cycles, then maintenance with "
     "durvalumab. The scan after cycle 4 showed a partial response.", "etoposide", "durvalumab", "partial response"),
])
def test_the_first_assessment_after_an_induction_with_a_planned_new_maintenance_drug_is_the_inductions(
        nlp, text, induction, maintenance, response):
    got = pairs(nlp, text)
    assert (induction, response) in got and (maintenance, response) not in got, got


@pytest.mark.parametrize("text, drug", [
    ("A man with ALK-positive lung cancer received crizotinib and then alectinib. After progressing on alectinib, "
     "he had a partial response to lorlatinib.", "alectinib"),
    ("A woman with melanoma received nivolumab from 2019. In 2021, failing on nivolumab, she was switched to "
     "dabrafenib and trametinib.", "nivolumab"),
])
def test_progressing_on_a_drug_is_its_lines_progression(nlp, text, drug):
    got = pairs(nlp, text)
    assert (drug, "progressive disease") in got, got


@pytest.mark.parametrize("text, maintenance, induction", [
    ("A woman with ovarian cancer received six cycles of carboplatin and paclitaxel, followed by olaparib "
     "maintenance. Two years later, progression was found in the peritoneum.", "olaparib", "carboplatin"),
    # a drug given alone after a switch is no planned maintenance: the progression is its own
    ("A girl with a pilocytic astrocytoma received carboplatin and vincristine induction and maintenance, with a "
     "carboplatin allergy at week 24, after which vinblastine alone was given weekly. MRI at 12 months showed "
     "progressive disease.", "vinblastine", "vincristine"),
])
def test_a_progression_after_an_induction_and_its_maintenance_is_the_maintenances(nlp, text, maintenance, induction):
    got = pairs(nlp, text)
    assert (maintenance, "progressive disease") in got and (induction, "progressive disease") not in got, got


@pytest.mark.parametrize("text, drug", [
    ("A woman with breast cancer had received adjuvant doxorubicin and cyclophosphamide in 2010. In 2018, metastatic "
     "relapse was diagnosed. She received letrozole and palbociclib.", "doxorubicin"),
    ("A woman with melanoma received adjuvant nivolumab after resection in 2019. In 2021 she developed a recurrence "
     "in the lung.", "nivolumab"),
    ("A man with gastric cancer received S-1 in the adjuvant setting. Two years later, peritoneal recurrence was "
     "diagnosed and he was treated with paclitaxel and ramucirumab.", "s-1"),
])
def test_a_relapse_after_adjuvant_therapy_is_no_progression_of_its_drugs(nlp, text, drug):
    got = pairs(nlp, text)
    assert (drug, "progressive disease") not in got, got


def test_progression_on_a_line_for_metastatic_disease_stays_its_own(nlp):
    got = pairs(nlp, "A woman with breast cancer received doxorubicin and cyclophosphamide for metastatic disease "
                     "in 2010. In 2011, a relapse in the liver was diagnosed.")
    assert ("doxorubicin", "progressive disease") in got, got


@pytest.mark.parametrize("text, earlier, later, response", [
    ("A woman with CML started imatinib in 2015. She switched to nilotinib in 2017 because of intolerance. She had "
     "achieved a complete cytogenetic response at 12 months.", "imatinib", "nilotinib", "complete response"),
    ("A man with a GIST was given imatinib for two years. Sunitinib was then started because of oedema. A partial "
     "response had been documented on the first CT.", "imatinib", "sunitinib", "partial response"),
])
def test_a_pluperfect_response_right_after_a_switch_is_the_earlier_lines(nlp, text, earlier, later, response):
    got = pairs(nlp, text)
    assert (earlier, response) in got and (later, response) not in got, got


def test_a_pluperfect_response_after_an_addition_is_the_line_of_them_all(nlp):
    got = pairs(nlp, "A man with lung cancer received carboplatin and pemetrexed. Pembrolizumab was added in cycle 2. "
                     "By cycle 4 he had achieved a partial response.")
    assert ("pembrolizumab", "partial response") in got and ("carboplatin", "partial response") in got, got


@pytest.mark.parametrize("text, going_on, stopped, added, response", [
    ("A woman with myeloma received daratumumab, carfilzomib and dexamethasone from 2019, with a partial response. In "
     "2020 carfilzomib was stopped for heart failure and pomalidomide was added. A complete response followed.",
     "daratumumab", "carfilzomib", "pomalidomide", "complete response"),
    ("A woman with colon cancer received FOLFOX. Oxaliplatin was stopped for neuropathy and bevacizumab was added. CT "
     "showed a partial response.", "fluorouracil", "oxaliplatin", "bevacizumab", "partial response"),
])
def test_a_drug_stopped_and_another_added_leaves_the_response_to_the_drugs_given_then(
        nlp, text, going_on, stopped, added, response):
    got = pairs(nlp, text)
    assert (going_on, response) in got and (added, response) in got and (stopped, response) not in got, got


@pytest.mark.parametrize("text, earlier, later", [
    ("A woman with cervical cancer was treated. Paclitaxel, carboplatin and pembrolizumab were given for six cycles. "
     "At progression, tisotumab vedotin was started. Chemo-immunotherapy produced a partial response, with grade 2 "
     "neuropathy.", "pembrolizumab", "tisotumab vedotin"),
    ("A man with lung cancer received carboplatin, pemetrexed and pembrolizumab, then docetaxel at progression. "
     "Chemotherapy plus immunotherapy had given a partial response lasting a year.", "carboplatin", "docetaxel"),
])
def test_a_combination_of_kinds_named_as_the_subject_of_a_response_is_the_line_of_those_kinds(nlp, text, earlier, later):
    got = pairs(nlp, text)
    assert (earlier, "partial response") in got and (later, "partial response") not in got, got


def test_a_combination_of_kinds_the_running_line_is_keeps_the_response(nlp):
    got = pairs(nlp, "A man with lung cancer received carboplatin, pemetrexed and pembrolizumab. Chemoimmunotherapy "
                     "produced a partial response.")
    assert ("pembrolizumab", "partial response") in got, got


@pytest.mark.parametrize("text, expected, unexpected", [
    ("A man with colorectal cancer was treated. FOLFOX plus bevacizumab was given first, then FOLFIRI plus cetuximab "
     "at progression, then regorafenib. First-line therapy gave a partial response lasting 10 months. Second-line "
     "therapy gave stable disease.",
     [("oxaliplatin", "partial response"), ("irinotecan", "stable disease")],
     [("regorafenib", "partial response"), ("regorafenib", "stable disease")]),
    # a maintenance of the first line is part of it: the second-line is the next regimen
    ("A woman with lung cancer was treated. Carboplatin, pemetrexed and pembrolizumab were given for four cycles, "
     "followed by pemetrexed and pembrolizumab. At progression, docetaxel and ramucirumab were started, and later "
     "gemcitabine. The second-line combination achieved stable disease for five months.",
     [("ramucirumab", "stable disease")], [("gemcitabine", "stable disease"), ("carboplatin", "stable disease")]),
])
def test_a_line_named_by_its_ordinal_gets_the_response(nlp, text, expected, unexpected):
    got = pairs(nlp, text)
    assert all(p in got for p in expected) and not any(p in got for p in unexpected), got


def test_an_ordinal_beyond_the_lines_told_changes_nothing(nlp):
    got = pairs(nlp, "A man with melanoma received pembrolizumab. Third-line therapy is not yet decided; the scan "
                     "showed a partial response.")
    assert ("pembrolizumab", "partial response") in got, got
