"""Session 34: response wordings kg had no cue for, or read as the wrong class (kg/rules/responses.jsonl, rows
rmiss34-*). Every report was made up for this test: a leukaemic infiltrate reduced but still present (5-25% blasts or
hairy cells: PR), blasts counted in the blood while a line runs (PD), a tumour nearly but not fully gone (PR, where
"near-complete resolution" was read CR), a myeloma's monoclonal protein halved or more (IMWG PR) and a tumour told as
still shrinking (PR). Classes follow the gold conventions (benchmarks/gold/README.md).

Each probe is (story, pairs that must be found, pairs that must not be found)."""
import pytest

from rule_examples import response_pairs as pairs


def report(story: str, discussion: str = "The optimal sequence of treatment remains unclear.") -> str:
    return ("A case report\n\nAbstract\n\nA patient treated for cancer.\n\nCase presentation\n\n" + story
            + "\n\nDiscussion\n\n" + discussion + "\n")


def regimen(cls, *drugs):
    return {(d, cls) for d in drugs}


HAEMATOLOGICAL = [
    ("A 59-year-old man had hairy cell leukaemia. Vemurafenib was started. After ten weeks his platelets had "
     "recovered, though 6% hairy cells remained in the marrow.", {("vemurafenib", "PR")}, {("vemurafenib", "CR")}),
    ("A 70-year-old woman had acute myeloid leukaemia. Venetoclax and azacitidine were given. After two cycles the "
     "marrow blasts fell to 9%.", regimen("PR", "venetoclax", "azacitidine"), regimen("CR", "venetoclax", "azacitidine")),
    ("A 66-year-old man had FLT3-mutated acute myeloid leukaemia. Gilteritinib was started; after two months residual "
     "blasts of 7% persisted in the bone marrow.", {("gilteritinib", "PR")}, set()),
    ("A 71-year-old woman had chronic myelomonocytic leukaemia. Decitabine was given for a year; while still on "
     "decitabine she presented with 28% circulating blasts.", {("decitabine", "PD")}, set()),
    ("A 63-year-old man had acute myeloid leukaemia. Azacitidine and venetoclax were given; at cycle 9, while on both "
     "drugs, he had 18% peripheral blood blasts.", regimen("PD", "azacitidine", "venetoclax"), set()),
    # blasts counted at diagnosis, before any line: no line takes them
    ("A 55-year-old woman had 30% peripheral blood blasts at diagnosis of acute myeloid leukaemia. Daunorubicin and "
     "cytarabine induction gave complete remission.", regimen("CR", "daunorubicin", "cytarabine"),
     regimen("PD", "daunorubicin", "cytarabine")),
    # below 5% is a remission, not a partial one
    ("A 64-year-old man had acute myeloid leukaemia. On day 56 of gilteritinib the marrow blasts fell to 3% with "
     "recovered counts.", {("gilteritinib", "CR")}, {("gilteritinib", "PR")}),
]

NEARLY_GONE = [
    ("A 48-year-old woman had HER2-positive breast cancer with liver metastases. She received trastuzumab deruxtecan; "
     "CT after four doses showed near-complete resolution of the liver metastases.",
     {("trastuzumab deruxtecan", "PR")}, {("trastuzumab deruxtecan", "CR")}),
    ("A 50-year-old man had ALK-positive lung cancer with brain metastases. Alectinib was given; by the third month "
     "the brain lesions almost completely resolved.", {("alectinib", "PR")}, {("alectinib", "CR")}),
    ("A 52-year-old woman had BRAF V600E melanoma. Dabrafenib and trametinib were given; the axillary nodes nearly "
     "completely disappeared.", regimen("PR", "dabrafenib", "trametinib"), regimen("CR", "dabrafenib", "trametinib")),
    # a complete resolution is still a complete response
    ("A 58-year-old man had follicular lymphoma. After six cycles of bendamustine and rituximab PET showed complete "
     "resolution of the lymphadenopathy.", regimen("CR", "bendamustine", "rituximab"), set()),
]

PARAPROTEIN = [
    ("A 59-year-old woman had IgG kappa multiple myeloma. She received bortezomib, lenalidomide and dexamethasone; "
     "after four cycles the paraprotein fell by 60%.", regimen("PR", "bortezomib", "lenalidomide"), set()),
    ("A 67-year-old man had light-chain myeloma. Daratumumab and pomalidomide were given; the serum free light chains "
     "dropped by 85% within two months.", regimen("PR", "daratumumab", "pomalidomide"), set()),
    # a minimal response names none of the four classes
    ("A 72-year-old man had multiple myeloma. Lenalidomide maintenance was given; the paraprotein fell by 30% over a "
     "year.", set(), {("lenalidomide", "PR"), ("lenalidomide", "SD")}),
]

STILL_SHRINKING = [
    ("A 61-year-old man had metastatic melanoma. Nivolumab was given; the lung lesions continued to shrink over "
     "twelve months.", {("nivolumab", "PR")}, set()),
    ("A 62-year-old woman had EGFR-mutant lung adenocarcinoma. Osimertinib was started, and the primary tumour "
     "continued to regress on each follow-up CT.", {("osimertinib", "PR")}, set()),
    # a symptom easing is no response
    ("A 57-year-old man had metastatic prostate cancer treated with enzalutamide. His bone pain continued to decrease "
     "on morphine.", set(), {("enzalutamide", "PR")}),
]


# the gold reads some reports site by site (webtext20 07, webtext22 03: a site gone beside a shrunk one is CR beside
# PR); read so (session 34) it added more false CRs than it found, held-out halves included (webtext3 01 and most
# reports: the overall RECIST class, PR): kg keeps one assessment's class
SITE_BY_SITE_GOLD = pytest.mark.xfail(reason="a site gone beside a shrunk one is read as the overall PR only",
                                      strict=True)

SITE_BY_SITE = [
    pytest.param("A 54-year-old man had clear cell renal cell carcinoma. Nivolumab and ipilimumab were given. At 12 weeks the lung "
     "nodules had shrunk by 55% and the adrenal lesion was no longer visible.",
     regimen("PR", "nivolumab", "ipilimumab") | regimen("CR", "nivolumab", "ipilimumab"), set(),
                 marks=SITE_BY_SITE_GOLD),
    pytest.param("A 50-year-old woman had an invasive thymoma. After four courses of cisplatin, doxorubicin and cyclophosphamide "
     "the mediastinal mass showed a partial remission and the pleural nodules were no longer seen.",
     regimen("PR", "cisplatin", "doxorubicin", "cyclophosphamide") | regimen("CR", "cisplatin", "doxorubicin",
                                                                           "cyclophosphamide"), set(),
                 marks=SITE_BY_SITE_GOLD),
    # a site gone told alone: other sites may remain, at least a partial response
    ("A 60-year-old man had ALK-positive lung cancer. Alectinib was given; on the June scan the liver lesions were no "
     "longer visible.", {("alectinib", "PR")}, {("alectinib", "CR")}),
]


@pytest.mark.parametrize("story,found,not_found",
                         HAEMATOLOGICAL + NEARLY_GONE + PARAPROTEIN + STILL_SHRINKING + SITE_BY_SITE)
def test_response_wording(nlp, story, found, not_found):
    got = pairs(nlp, report(story))
    assert found <= got, f"missed {found - got} in {got}"
    assert not (not_found & got), f"read {not_found & got}"
