"""Session 34 (leak34): made-up probes for the wordings of the literature leaks of webtext30 (a drug told as not
given, read as given), each a pair: the drug not given stays out, and a drug given in the same shape stays in.

Wordings: the drug's predicate after an appositive or a relative clause between commas ("X, the approved option after
Y, was postponed in favour of Z"; "X, which showed activity after covalent inhibitors in a trial, is reserved for a
further relapse"); the patient only informed or told about a drug; a drug told as used before in general ("X has
also been used for rechallenge, although evidence is limited"); a test meant "to guide the use of X"; a deferral
with another treatment given in the same sentence ("the combination (A and B) was deferred, and she received C",
"X was put off in favour of Y"); a start that was due and did not happen ("was due to start X in June but
died in May"); a prescription never taken up ("X was prescribed but she never took it")."""
from __future__ import annotations

import pytest

from rule_examples import check_drugs, drugs_given


def _case(story: str) -> str:
    return "Case presentation\nA 57-year-old woman was treated for metastatic cancer. " + story + "\n"


# (wording, not-given story, drugs not given, given story, drugs given)
PAIRS = {
    "appositive-postponed-in-favour": (
        "Sorafenib was given first. Regorafenib, the approved choice after sorafenib, was postponed in favour of "
        "cabozantinib, started in May 2022.", {"regorafenib"},
        "Sorafenib was given first. Regorafenib, the approved choice after sorafenib, was started in May 2022.",
        {"sorafenib", "regorafenib"}),
    "relative-clause-reserved": (
        "Zanubrutinib produced a partial response after 6 months. Acalabrutinib, which showed activity after "
        "covalent BTK inhibitors in the ELEVATE study, is reserved for a further relapse.", {"acalabrutinib"},
        "Zanubrutinib produced a partial response after 6 months. Acalabrutinib, which showed activity after "
        "covalent BTK inhibitors in the ELEVATE study, was started at relapse.", {"zanubrutinib", "acalabrutinib"}),
    "appositive-kept-for-later": (
        "Paclitaxel was given weekly. Eribulin, another option after taxanes, was kept for later progression.",
        {"eribulin"},
        "Paclitaxel was given weekly. Eribulin, another option after taxanes, was begun at progression.",
        {"paclitaxel", "eribulin"}),
    "informed-about-but-preferred": (
        "She received dabrafenib with trametinib. The patient was informed also about lenvatinib, registered after "
        "progression on MKI, but she preferred the BRAF-directed treatment.", {"lenvatinib"},
        "She was informed about lenvatinib and its side effects. Lenvatinib was started in March 2020.",
        {"lenvatinib"}),
    "told-about": (
        "She received dabrafenib with trametinib. She was also told about lenvatinib, but chose to continue the "
        "BRAF-directed treatment.", {"lenvatinib"},
        "She was told about sorafenib and started it in March 2020.", {"sorafenib"}),
    "also-been-used-in-general": (
        "Carboplatin with paclitaxel gave a partial response. Gemcitabine has also been used in this setting, "
        "although evidence is limited to small series.", {"gemcitabine"},
        "Carboplatin with paclitaxel gave a partial response. Gemcitabine was then used in this setting for four "
        "cycles.", {"carboplatin", "paclitaxel", "gemcitabine"}),
    "to-guide-the-use-of": (
        "Carboplatin was given. HER2 testing should be repeated at relapse to guide the use of trastuzumab "
        "deruxtecan.", {"trastuzumab deruxtecan"},
        "Carboplatin was given. HER2 testing was repeated at relapse, and trastuzumab deruxtecan was started.",
        {"carboplatin", "trastuzumab deruxtecan"}),
    "combination-deferred-other-given": (
        "The anthracycline combination (doxorubicin and ifosfamide) was deferred, and she received gemcitabine.",
        {"doxorubicin", "ifosfamide"},
        "The anthracycline combination (doxorubicin and ifosfamide) was deferred until the wound healed, then given "
        "for six cycles.", {"doxorubicin", "ifosfamide"}),
    "due-to-start-but-died": (
        "Olaparib was stopped at progression. She was due to start talazoparib in June but died in May.",
        {"talazoparib"},
        "Olaparib was stopped at progression. She was due to start talazoparib in June and began it on 3 June.",
        {"olaparib", "talazoparib"}),
    "prescribed-never-taken": (
        "Letrozole was continued. Abemaciclib was prescribed but she never took it because of diarrhoea fears.",
        {"abemaciclib"},
        "Letrozole was continued. Abemaciclib was prescribed, but she took it only for two weeks because of diarrhoea.",
        {"letrozole", "abemaciclib"}),
    "put-off-in-favour": (
        "Everolimus was put off in favour of alpelisib with fulvestrant, begun in 2021.", {"everolimus"},
        "Everolimus was put off in favour of alpelisib with fulvestrant, begun in 2021.", {"alpelisib", "fulvestrant"}),
}


@pytest.mark.parametrize("name", sorted(PAIRS))
def test_not_given_out_given_in(nlp, name):
    not_given_story, not_given, given_story, given = PAIRS[name]
    assert not not_given & drugs_given(nlp, _case(not_given_story)), name
    check_drugs(nlp, _case(given_story), given, set())


def test_swapped_out_in_relative_clause_is_given(nlp):
    """A drug swapped out in a relative clause before its own predicate ("X, which was later swapped for Y because
    of renal toxicity, was given with Z"): the event after "for Y" is why X was swapped, not what X was given for
    (session 35: kg.extraction.therapy's supportive check skips an event with another drug between)."""
    check_drugs(nlp, _case("Cisplatin, which was later swapped for carboplatin because of renal toxicity, was given "
                           "with etoposide."), {"cisplatin", "carboplatin", "etoposide"}, set())


def test_each_context_window_has_one_set_of_allowed_types():
    """kg.nlp.assertion reads one ``allowed_types`` per (category, window): a row with another set makes the window
    govern every label (a NOT_DONE row without PROCEDURE once made adverse events 'not done')."""
    from kg.rules import rules

    kinds: dict = {}
    for r in rules("context").rules:
        types = r.fields.get("allowed_types")
        kinds.setdefault((r.category, r.fields.get("window")), set()).add(tuple(sorted(types)) if types else None)
    assert {k: v for k, v in kinds.items() if len(v) > 1} == {}
