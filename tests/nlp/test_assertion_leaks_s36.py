"""Session 36 (leak36): made-up probes for classes of not-given wording, each with a given counterpart in the same
shape.

Wordings: a named regimen given without one of its drugs ("R-CHOP without rituximab", "R-CHOP, except for
rituximab", "R-CHOP minus rituximab", "FOLFOXIRI was started, omitting irinotecan", "BEP with bleomycin omitted
because ...", "She received R-CHOP; rituximab was omitted because ..."): the regimen's name stands for all its drugs,
the drug named after it as not given is no part of the line; a choice told as a preference ("A was preferred to B",
"we preferred A to B"); a drug left out for a reason ("X was dropped because of ...", "with X held back because
...") unless after some cycles (given before); a negation whose coordinated clause opens with a dosing word (", and
weekly paclitaxel was started"); and an indication after an agent kg does not know as a drug, joined to one ("docetaxel,
with filgrastim for neutropenia": the indication is the agent's, docetaxel was given)."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs


def _case(story: str) -> str:
    return "Case presentation\nA 58-year-old woman was treated for metastatic cancer. " + story + "\n"


# (wording, story, drugs given, drugs not given)
REGIMEN_PART = {
    "without-part": ("She received R-CHOP without rituximab, which was withheld because of active hepatitis B.",
                     {"cyclophosphamide", "doxorubicin", "vincristine"}, {"rituximab"}),
    "part-omitted-next-clause": ("He was given R-CHOP; rituximab was omitted because of his hepatitis B.",
                                 {"cyclophosphamide", "doxorubicin"}, {"rituximab"}),
    "except-for-part": ("He received R-CHOP, except for rituximab, which his insurer would not cover.",
                        {"cyclophosphamide", "doxorubicin"}, {"rituximab"}),
    "minus-part": ("The boy had R-CHOP minus rituximab because the family could not pay for it.",
                   {"cyclophosphamide", "doxorubicin"}, {"rituximab"}),
    "omitting-part": ("FOLFOXIRI was started, omitting irinotecan because of hyperbilirubinaemia.",
                      {"fluorouracil", "oxaliplatin"}, {"irinotecan"}),
    "with-part-omitted": ("BEP was given with bleomycin omitted because of poor lung function.",
                          {"etoposide", "cisplatin"}, {"bleomycin"}),
    "gloss-then-without": ("FOLFOXIRI (fluorouracil, leucovorin, oxaliplatin and irinotecan) was started without "
                           "irinotecan because of her bilirubin.", {"fluorouracil", "oxaliplatin"}, {"irinotecan"}),
    # given: the part left out of a later cycle only, and a regimen restated drug by drug
    "part-omitted-from-a-later-cycle": ("R-CHOP was given for six cycles; rituximab was omitted from the last cycle "
                                        "because of neutropenia.", {"rituximab", "cyclophosphamide"}, set()),
    "regimen-given-whole": ("She received R-CHOP for six cycles without any delay.",
                            {"rituximab", "cyclophosphamide", "doxorubicin", "vincristine"}, set()),
}


@pytest.mark.parametrize("name", sorted(REGIMEN_PART))
def test_regimen_part_left_out(nlp, name):
    story, given, not_given = REGIMEN_PART[name]
    check_drugs(nlp, _case(story), given, not_given)


# (wording, not-given story, drugs given, drugs not given) and a given story in the same shape
PAIRS = {
    "preferred-to-passive": (
        "Imatinib was preferred to dasatinib because of her pleural effusion.", {"imatinib"}, {"dasatinib"},
        "Imatinib was preferred because of her pleural effusion, and dasatinib followed at progression.",
        {"imatinib", "dasatinib"}),
    "preferred-to-active": (
        "We preferred letrozole to tamoxifen after her pulmonary embolism.", {"letrozole"}, {"tamoxifen"},
        "She preferred to take tamoxifen at home after her pulmonary embolism.", {"tamoxifen"}),
    "dropped-because": (
        "Carboplatin was given. Pembrolizumab was dropped because of her lupus.", {"carboplatin"}, {"pembrolizumab"},
        "Carboplatin and pembrolizumab were given; pembrolizumab was dropped after four cycles because of colitis.",
        {"carboplatin", "pembrolizumab"}),
    "held-back-because": (
        "Carboplatin and paclitaxel were given, with bevacizumab held back because of haemoptysis.",
        {"carboplatin", "paclitaxel"}, {"bevacizumab"},
        "Carboplatin, paclitaxel and bevacizumab were given; haemoptysis was held back by tranexamic acid.",
        {"carboplatin", "paclitaxel", "bevacizumab"}),
    "leaving-out": (
        "Carboplatin and paclitaxel were given, leaving out bevacizumab because of haemoptysis.",
        {"carboplatin", "paclitaxel"}, {"bevacizumab"},
        "Carboplatin, paclitaxel and bevacizumab were given, leaving out nothing of the protocol.",
        {"carboplatin", "paclitaxel", "bevacizumab"}),
    "exception-after-negation-given": (
        "All chemotherapy was stopped except for capecitabine, which she took until May.", {"capecitabine"}, set(),
        "No chemotherapy was given except for low-dose capecitabine.", {"capecitabine"}),
    "negation-then-dosed-clause": (
        "Nivolumab could not be obtained because of costs, and weekly paclitaxel was started in March.",
        {"paclitaxel"}, {"nivolumab"},
        "Nivolumab could not be obtained because of costs, and two cycles of docetaxel were given.", {"docetaxel"}),
    "refused-then-dosed-clause": (
        "Ipilimumab was refused by the insurer, and low-dose capecitabine was given instead.", {"capecitabine"},
        {"ipilimumab"},
        "Ipilimumab was refused by the insurer, and oral etoposide was given instead.", {"etoposide"}),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_not_given_out_given_in(nlp, name):
    story, given, not_given, given_story, given_too = PAIRS[name]
    check_drugs(nlp, _case(story), given, not_given)
    check_drugs(nlp, _case(given_story), given_too, set())


@pytest.mark.parametrize("story", [
    "She received docetaxel, with filgrastim for neutropenia.",
    "She received docetaxel and filgrastim for febrile neutropenia.",
    "Docetaxel was given with G-CSF support for neutropenia.",
])
def test_indication_of_an_agent_joined_to_the_drug(nlp, story):
    check_drugs(nlp, _case(story), {"docetaxel"}, set())


def test_supportive_drug_for_event_still_not_given(nlp):
    check_drugs(nlp, _case("Nivolumab was given; prednisolone for the pneumonitis was started."), {"nivolumab"},
                {"prednisolone"})


# passes since session 37 (dd37's NOT_DONE row dd37-not-done-stopped-before-first-dose)
def test_stopped_before_the_first_dose(nlp):
    check_drugs(nlp, _case("Cisplatin was given. Pembrolizumab was stopped before the first dose because of "
                           "hepatitis."), {"cisplatin"}, {"pembrolizumab"})


@pytest.mark.xfail(reason="a sentence that says a drug was approved ('on appeal it was approved, and X was given') "
                          "is read as general knowledge of an approval, and its drug is dropped", strict=True)
def test_approved_on_appeal_then_given(nlp):
    check_drugs(nlp, _case("Her insurer first denied pembrolizumab. On appeal it was approved, and pembrolizumab "
                           "was given from May."), {"pembrolizumab"}, set())
