"""Drug probes of session 30 (drug30): made-up reports in several authors' styles, each with the drugs it gives
and the drugs it names without giving them. They measure how kg reads drugs on pages nobody tuned on: names
(generic, brand, development code), regimen acronyms, the wordings that hide a given drug, and the contexts
whose drugs stay out (plans given up, literature statements, a treatment precluded)."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs, drugs_given

LUNG = "A 63-year-old man presented with stage IV lung adenocarcinoma. "
COLON = "A 58-year-old woman was diagnosed with metastatic colorectal adenocarcinoma. "
MELANOMA = "A 55-year-old man had metastatic melanoma. "

# (report, drugs given): names kg did not link before session 30 (DrugBank names them all) and code names
NAMES = [
    ("A 9-year-old boy had relapsed acute lymphoblastic leukaemia. He received teniposide (VM-26) and cytarabine.",
     {"teniposide", "cytarabine"}),
    ("A 60-year-old man had HER2-positive gastric cancer. Third-line disitamab vedotin (RC48) was given.", {"disitamab vedotin"}),
    ("A 48-year-old woman had HER2-positive biliary tract carcinoma. She was treated with zanidatamab.", {"zanidatamab"}),
    ("A 52-year-old man had chronic myeloid leukaemia with T315I. Olverembatinib 40 mg every other day was started.",
     {"olverembatinib"}),
    ("A 59-year-old man had hepatocellular carcinoma. Donafenib was begun at 200 mg twice daily.", {"donafenib"}),
    ("A 44-year-old man had glioblastoma. He was treated with semustine (methyl-CCNU).", {"semustine"}),
    ("A 66-year-old woman had multiple myeloma. She received PS-341 on a compassionate basis.", {"bortezomib"}),
    ("A 71-year-old man had chronic lymphocytic leukaemia. GA101 plus chlorambucil was given.", {"obinutuzumab", "chlorambucil"}),
    ("A 58-year-old woman had advanced basal cell carcinoma. She was given GDC-0449 for a year.", {"vismodegib"}),
    ("A 63-year-old man had diffuse large B-cell lymphoma. Odronextamab was administered weekly.", {"odronextamab"}),
]

# (report, drugs given): wordings around a given drug that read like a refusal, a negation or a plan
GIVEN = [
    (LUNG + "He did not tolerate osimertinib because of diarrhoea, so it was stopped.", {"osimertinib"}),
    (LUNG + "He could not complete the six planned cycles of docetaxel.", {"docetaxel"}),
    (LUNG + "He refused further chemotherapy after three cycles of carboplatin and pemetrexed.", {"carboplatin", "pemetrexed"}),
    (LUNG + "No other treatment was given after durvalumab was stopped for pneumonitis.", {"durvalumab"}),
    (COLON + "She declined a fourth line following progression on regorafenib.", {"regorafenib"}),
    (MELANOMA + "The family turned down more treatment following four doses of ipilimumab and nivolumab.",
     {"ipilimumab", "nivolumab"}),
    (LUNG + "Carboplatin was substituted for cisplatin after the second course, and gemcitabine was continued.",
     {"carboplatin", "gemcitabine"}),
    (MELANOMA + "He stayed on nivolumab until the liver metastases grew, when relatlimab was discussed but not added.",
     {"nivolumab"}),
]

# (report, drugs given, drugs named but not given)
NOT_GIVEN = [
    ("A 70-year-old woman had a presumed follicular lymphoma. Restaging CT was performed, and bendamustine was scheduled. "
     "The excision biopsy then showed Castleman disease. Bendamustine was called off and she received no cytotoxic drug.",
     set(), {"bendamustine"}),
    (COLON + "She received FOLFOX. The addition of panitumumab was precluded by an NRAS mutation.",
     {"oxaliplatin", "fluorouracil"}, {"panitumumab"}),
    (LUNG + "He received crizotinib. Lorlatinib, brigatinib and ensartinib are later-generation inhibitors approved after "
     "crizotinib failure.", {"crizotinib"}, {"lorlatinib", "brigatinib", "ensartinib"}),
    (LUNG + "He received carboplatin and pemetrexed. Gefitinib is not effective against EGFR exon 20 insertions.",
     {"carboplatin", "pemetrexed"}, {"gefitinib"}),
    (MELANOMA + "He received nivolumab. Dabrafenib and trametinib are both options at progression for BRAF-mutant disease.",
     {"nivolumab"}, {"dabrafenib", "trametinib"}),
    (MELANOMA + "He received pembrolizumab. Another patient with a similar tumour had a lasting response to tebentafusp [9].",
     {"pembrolizumab"}, {"tebentafusp"}),
    (MELANOMA + "He stayed on nivolumab until the liver metastases grew, when relatlimab was discussed but not added.",
     {"nivolumab"}, {"relatlimab"}),
]


@pytest.mark.parametrize("text, given", NAMES, ids=[sorted(g)[0] for _, g in NAMES])
def test_drug_names_are_linked(nlp, text, given):
    assert set(given) <= drugs_given(nlp, text)


@pytest.mark.parametrize("text, given", GIVEN, ids=[f"given-{i}" for i in range(len(GIVEN))])
def test_given_drugs_in_wordings_that_look_like_refusal_or_negation(nlp, text, given):
    check_drugs(nlp, text, given, ())


@pytest.mark.parametrize("text, given, not_given", NOT_GIVEN, ids=[f"not-given-{i}" for i in range(len(NOT_GIVEN))])
def test_drugs_named_but_not_given(nlp, text, given, not_given):
    check_drugs(nlp, text, given, not_given)


# (report, drugs given): a regimen kg knows under an antibody prefix, and a newer regimen acronym
REGIMENS = [
    ("A 34-year-old man had peripheral T-cell lymphoma. He received six cycles of CHOEP; at relapse he was given R-ESHAP "
     "for a CD20-positive transformation.", {"cytarabine", "cisplatin", "etoposide", "rituximab"}),
    ("A 58-year-old woman had multiple myeloma. Induction with Dara-KRd was followed by autologous transplantation.",
     {"daratumumab", "carfilzomib", "lenalidomide"}),
    ("A 19-year-old man had stage IV classic Hodgkin lymphoma. He was treated with nivolumab-AVD.",
     {"nivolumab", "doxorubicin", "vinblastine", "dacarbazine"}),
    ("A 49-year-old woman had metastatic pancreatic adenocarcinoma. First-line NALIRIFOX was given for 8 cycles.",
     {"irinotecan", "oxaliplatin", "fluorouracil"}),
]


@pytest.mark.parametrize("text, given", REGIMENS, ids=[f"regimen-{i}" for i in range(len(REGIMENS))])
def test_regimen_acronyms_give_their_drugs(nlp, text, given):
    assert set(given) <= drugs_given(nlp, text)
