"""Session 42 (stat42): drugs the patient got whose status was read wrongly, each told in made-up short reports in
several wordings, with counterparts where the drug stays not given.

* a list of options an earlier visit reviewed ends at the next note's or visit's own heading ("NOTE 4 - f/u
  09/2024", "Visit 3 (14/05/2023)"): kg/rules/context.jsonl s42-options-list-closed-by-note-heading;
* a drug started on a calendar date and only then given its reason ("..., and X was started in May 2019 because of
  its higher response rate") is this patient's treatment though the reason reads as literature:
  kg/rules/sentences.jsonl s42-anchor-dated-start-then-reason;
* a drug that opens a clause of its own telling it given ("X and Y were discussed, and Y was started") is out of the
  weighing's reach (kg/nlp/assertion.py ``_hypothetical``, PSEUDO own_predicate).
"""
from __future__ import annotations

import pytest

from rule_examples import check_drugs


def _notes(*visits: str, intro: str = "") -> str:
    return ("Bedside notes: a woman with metastatic lung cancer\n\n" + intro + "Case presentation\n"
            + "\n\n".join(visits)
            + "\n\nDiscussion\nTargeted agents are the standard in this setting, with high response rates.\n")


# (voice, visits, drugs given, drugs not given)
NOTES = {
    "note-numbered": (
        ("NOTE 1 - clinic, 01/2024\n61F, never smoker. CT: lung mass, liver mets. ALK FISH positive.",
         "NOTE 2 - f/u 03/2024\nOptions reviewed: alectinib, brigatinib, lorlatinib. Pt prefers fewer pills.\n"
         "Plan: alectinib 600 mg BID, restage if tolerated.",
         "NOTE 3 - f/u 06/2024\nOn alectinib x 12 wk. CT: PR, liver lesions 55% smaller. Myalgia G1."),
        {"alectinib"}, {"lorlatinib"}),
    "visit-dated": (
        ("Visit 1 (02/03/2023)\n58F with ROS1-positive adenocarcinoma, bone mets.",
         "Visit 2 (20/03/2023)\nOptions discussed: crizotinib, entrectinib, chemo. She prefers an oral drug.\n"
         "Plan: entrectinib 600 mg daily, then CT if response.",
         "Visit 3 (14/06/2023)\nTaking entrectinib for 10 wk, dizziness G1. CT: partial response."),
        {"entrectinib"}, {"crizotinib"}),
    "progress-note": (
        ("Progress note 12/01/2022\n64F, MET exon 14 NSCLC, pleural effusion.",
         "Progress note 02/02/2022\nAlternatives offered: capmatinib, tepotinib, immunotherapy.\n"
         "Plan: tepotinib 450 mg daily if LFTs allow.",
         "Progress note 30/04/2022\nTepotinib continued since Feb, edema G2. CT: stable disease."),
        {"tepotinib"}, {"capmatinib"}),
}


@pytest.mark.parametrize("voice", sorted(NOTES))
def test_options_of_a_visit_end_at_the_next_note(nlp, voice):
    visits, given, not_given = NOTES[voice]
    check_drugs(nlp, _notes(*visits), given, not_given)


def test_options_without_a_later_note_stay_options(nlp):
    text = _notes("NOTE 1 - clinic, 01/2024\n61F, never smoker. CT: lung mass, liver mets. ALK FISH positive.",
                  "NOTE 2 - f/u 03/2024\nOptions reviewed: alectinib, brigatinib, lorlatinib.\nPt to decide.")
    check_drugs(nlp, text, set(), {"alectinib", "brigatinib", "lorlatinib"})


def _case(story: str) -> str:
    return ("Case presentation\nA 52-year-old woman had papillary thyroid carcinoma treated by thyroidectomy and "
            "radioiodine. Lung metastases grew in 2018. " + story + " The lung nodules then shrank by 35%.\n")


# (voice, story, drugs given, drugs not given)
DATED = {
    "discussed-started-because": (
        "Sorafenib and lenvatinib were discussed, and lenvatinib 24 mg daily was started in June 2018 because of "
        "its higher response rate.", {"lenvatinib"}, {"sorafenib"}),
    "proposed-commenced-given": (
        "Cabozantinib and lenvatinib were proposed, and cabozantinib was commenced on 4 March 2019 given its "
        "longer progression-free survival in the pivotal data.", {"cabozantinib"}, {"lenvatinib"}),
    "considered-initiated-owing": (
        "Vandetanib and lenvatinib were considered, and lenvatinib was initiated in Feb 2020, mainly owing to "
        "its higher objective response rate.", {"lenvatinib"}, {"vandetanib"}),
}


@pytest.mark.parametrize("voice", sorted(DATED))
def test_a_dated_start_with_a_reason_from_the_literature_is_given(nlp, voice):
    story, given, not_given = DATED[voice]
    check_drugs(nlp, _case(story), given, not_given)


@pytest.mark.parametrize("story", [
    "Sorafenib and lenvatinib were discussed because of their response rates in radioiodine-refractory disease.",
    "In the pivotal trial, lenvatinib was started in May 2011 because of its higher response rate in phase 2.",
    "Lenvatinib and sorafenib were discussed, and lenvatinib has the higher response rate in the literature.",
])
def test_a_discussion_that_only_names_a_drug_stays_literature(nlp, story):
    check_drugs(nlp, _case(story), set(), {"lenvatinib", "sorafenib"})


@pytest.mark.xfail(strict=True, reason="a note's inline 'Plan:' label after a 'Dx:' line is read as a discussion "
                   "section (kg/readers/text.py), so its regimen is literature even when the next note "
                   "tells it started ('Tx started')")
def test_a_plan_the_next_note_starts_is_given(nlp):
    text = _notes("NOTE 1 - clinic, 01/2024\n61M. CT: nodes above and below the diaphragm. Bx: DLBCL.\n"
                  "Dx: DLBCL, stage IV.\n"
                  "Plan: R-CHOP (rituximab, cyclophosphamide, doxorubicin, vincristine, prednisone) q3w x 6.",
                  "NOTE 2 - C1D1 02/2024\nTx started. Tol well.",
                  intro="Intro: In a phase 3 trial, pola-R-CHP improved PFS over R-CHOP in DLBCL.\n\n")
    check_drugs(nlp, text, {"rituximab", "doxorubicin"}, set())
