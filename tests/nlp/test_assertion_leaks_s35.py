"""Session 35 (leak35): made-up probes for the classes of not-given wording left open after session 34, each a pair:
the drug not given stays out, and a drug given in the same shape stays in.

Wordings: a negation or not-done cue ("could not be obtained", "was not reimbursed") ends at a coordinated clause with
its own subject and predicate ("X could not be obtained, and Y was started": Y given); the order, request,
prescription or booking of a planned drug cancelled or withdrawn ("X was ordered; the order was cancelled"); a trial
named by its drug and the patient not eligible ("screened for an X trial but was not eligible"); a drug left out of
the first cycles only and added later in the same sentence ("X was omitted in cycle 1 ... and added from cycle 2");
a waiting list for a drug; a prescribed drug the pharmacy could not supply; a drug deemed too toxic before it was
given. And drugs given that a not-done cue read alone would remove: "omitted from the third course" (given before),
and a drug shared by a given regimen and a later consolidation plan given up ("BEP ... then high-dose carboplatin
and etoposide ... was not given")."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs, drugs_given


def _case(story: str) -> str:
    return "Case presentation\nA 61-year-old man was treated for metastatic cancer. " + story + "\n"


# (wording, not-given story, drugs not given, given story, drugs given)
PAIRS = {
    "could-not-be-obtained-and-other-started": (
        "Pembrolizumab could not be obtained, and docetaxel was started in March.", {"pembrolizumab"},
        "Pembrolizumab could not be obtained, and docetaxel was started in March.", {"docetaxel"}),
    "could-not-be-funded-because-and-other-given": (
        "Ipilimumab could not be funded because of its cost, and nivolumab alone was given.", {"ipilimumab"},
        "Ipilimumab could not be funded because of its cost, and nivolumab alone was given.", {"nivolumab"}),
    "could-not-be-used-and-substituted": (
        "Cisplatin could not be used because of renal failure, and carboplatin with etoposide was given.",
        {"cisplatin"},
        "Cisplatin could not be used because of renal failure, and carboplatin with etoposide was given.",
        {"carboplatin", "etoposide"}),
    "ordered-order-cancelled": (
        "Oxaliplatin was given. Bevacizumab was ordered; the order was cancelled after the rectal bleeding.",
        {"bevacizumab"},
        "Oxaliplatin was given. Bevacizumab was ordered; the order arrived, and it was infused on day 1.",
        {"oxaliplatin", "bevacizumab"}),
    "requested-request-withdrawn": (
        "Carboplatin was given. Pembrolizumab was requested through the access programme. The request was withdrawn "
        "when her performance status fell.", {"pembrolizumab"},
        "Carboplatin was given. Pembrolizumab was requested through the access programme. The request was granted, "
        "and pembrolizumab was started in May.", {"carboplatin", "pembrolizumab"}),
    "prescribed-prescription-cancelled": (
        "Sorafenib was given. Lenvatinib was prescribed in May. The prescription was later cancelled because of "
        "uncontrolled hypertension.", {"lenvatinib"},
        "Sorafenib was given. Lenvatinib was prescribed in May. The prescription was renewed every month.",
        {"sorafenib", "lenvatinib"}),
    "drug-named-trial-not-eligible": (
        "Carboplatin was given. He was screened for an amivantamab trial but was not eligible because of his "
        "performance status.", {"amivantamab"},
        "Carboplatin was given. He enrolled in an amivantamab trial and received amivantamab from May.",
        {"carboplatin", "amivantamab"}),
    "drug-named-study-excluded": (
        "Topotecan was given. He was referred to a tarlatamab study, but a screening MRI found brain metastases and "
        "he was excluded.", {"tarlatamab"},
        "Topotecan was given. He was referred to a tarlatamab study and received tarlatamab for six months.",
        {"topotecan", "tarlatamab"}),
    "omitted-first-cycle-then-added": (
        "Bevacizumab was omitted because of the recent surgery, and capecitabine with oxaliplatin was given.",
        {"bevacizumab"},
        "Bevacizumab was omitted in cycle 1 because of the recent surgery and added from cycle 2; capecitabine and "
        "oxaliplatin were given.", {"bevacizumab", "capecitabine", "oxaliplatin"}),
    "waiting-list-for": (
        "Ipilimumab was given. She was put on the waiting list for tebentafusp.", {"tebentafusp"},
        "Ipilimumab was given. She came off the waiting list in May and received tebentafusp weekly.",
        {"ipilimumab", "tebentafusp"}),
    "pharmacy-could-not-supply": (
        "Carboplatin was given. Olaparib had been prescribed, but the pharmacy could not supply it.", {"olaparib"},
        "Carboplatin was given. Olaparib had been prescribed, and the pharmacy supplied it within a week.",
        {"carboplatin", "olaparib"}),
    "deemed-too-toxic": (
        "Ifosfamide was given. Doxorubicin was deemed too cardiotoxic after the earlier mediastinal radiotherapy.",
        {"doxorubicin"},
        "Ifosfamide and doxorubicin were given. Doxorubicin was deemed too cardiotoxic after four cycles and was "
        "stopped.", {"ifosfamide", "doxorubicin"}),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_not_given_out_given_in(nlp, name):
    not_given_story, not_given, given_story, given = PAIRS[name]
    assert not not_given & drugs_given(nlp, _case(not_given_story)), name
    check_drugs(nlp, _case(given_story), given, set())


def test_swapped_out_before_a_reason_stays_given(nlp):
    """"X, later exchanged for Y because of <event>, was given with Z": the event is why X was swapped, not what X was
    given for (kg.extraction.therapy's supportive check), so X, Y and Z are all given."""
    check_drugs(nlp, _case("Cisplatin, later exchanged for carboplatin because of ototoxicity, was given with "
                           "pemetrexed."), {"cisplatin", "carboplatin", "pemetrexed"}, set())
    check_drugs(nlp, _case("Paclitaxel, swapped for docetaxel after an infusion reaction, was combined with "
                           "carboplatin."), {"paclitaxel", "docetaxel", "carboplatin"}, set())


def test_supportive_drug_for_event_still_not_given(nlp):
    """The supportive check still reads a drug given for an event as supportive when no drug stands between."""
    check_drugs(nlp, _case("Nivolumab was given; prednisolone for the pneumonitis was started."), {"nivolumab"},
                {"prednisolone"})


def test_negation_stops_at_clause_with_modifier(nlp):
    """(session 36: a few words without a verb between the coordinator and the drug still open its clause,
    kg.nlp.assertion ``_CLAUSE_COMMA_WORDS``)"""
    check_drugs(nlp, _case("Nivolumab could not be obtained because of costs, and weekly paclitaxel was started in "
                           "March."), {"paclitaxel"}, {"nivolumab"})


# a drug the patient got that a not-done cue read alone would remove: (wording, story, drugs given, drugs not given)
GIVEN = {
    "omitted-from-a-later-course": (
        "Vincristine, doxorubicin and cyclophosphamide were given every three weeks. After the second course she had "
        "a grade 3 ileus attributed to vincristine, which was omitted from the third course.",
        {"vincristine", "doxorubicin", "cyclophosphamide"}, set()),
    "omitted-from-cycle-n-onwards": (
        "Capecitabine and oxaliplatin were given. Oxaliplatin was omitted from cycle 5 onwards because of grade 2 "
        "neuropathy, and capecitabine was continued alone.", {"capecitabine", "oxaliplatin"}, set()),
    "omitted-from-the-start-stays-out": (
        "Capecitabine and oxaliplatin were given. Bevacizumab was omitted because of the recent bowel perforation.",
        {"capecitabine", "oxaliplatin"}, {"bevacizumab"}),
    "consolidation-plan-in-another-combination": (
        "First-line treatment was BEP (bleomycin, etoposide and cisplatin) planned for three cycles. After the second "
        "cycle he had grade 3 febrile neutropenia. The mass disappeared, and high-dose chemotherapy with carboplatin "
        "and etoposide, which had been planned as consolidation, was therefore not given.",
        {"bleomycin", "etoposide", "cisplatin"}, {"carboplatin"}),
    "same-plan-given-up-by-name": (
        "Doxorubicin and ifosfamide were planned after surgery. The wound broke down, and the doxorubicin and "
        "ifosfamide plan was cancelled; she received radiotherapy alone.", set(), {"doxorubicin", "ifosfamide"}),
}


@pytest.mark.parametrize("name", sorted(GIVEN))
def test_given_drug_kept(nlp, name):
    story, given, not_given = GIVEN[name]
    check_drugs(nlp, _case(story), given, not_given)
