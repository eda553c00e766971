"""Session 34 (ae34): made-up wordings of one adverse event told at two grades in one sentence, which the gold counts
as two entries (benchmarks/gold/README.md, convention 4: "one AE at two stated grades (grade 2, later grade 3) is two
entries"), and of a grade's generic noun with its event in apposition. Every text is our own."""
from __future__ import annotations

import pytest

from rule_examples import graded_events


def _case(body: str) -> str:
    return f"Case report\n\nCase presentation\n{body}\n"


TWO_GRADES = [
    # the event's course up to a higher grade after it (GRADE_WORSENED): the first grade and the worst
    ("worsened-to", "A 63-year-old man with colon cancer received FOLFOX from 2021. He developed grade 1 peripheral "
     "sensory neuropathy in cycle 3, which later worsened to grade 3 and oxaliplatin was stopped.",
     {("Peripheral sensory neuropathy", 1), ("Peripheral sensory neuropathy", 3)}),
    # a course verb after the event's own grade told right after it (GRADE_SECOND_GAP)
    ("own-grade-then-course", "A 55-year-old woman with breast cancer received capecitabine from 2022. She had "
     "diarrhoea grade 2 in cycle 1, worsening to grade 3 in cycle 2, and the dose was reduced.",
     {("Diarrhea", 2), ("Diarrhea", 3)}),
    # two grades before one event, the second told as later (GRADE_EARLIER_GAP)
    ("earlier-grade-before", "A 49-year-old woman with lung adenocarcinoma received osimertinib from 2020. She had "
     "grade 1 and later grade 2 paronychia of both thumbs.", {("Paronychia", 1), ("Paronychia", 2)}),
    # ... but a bare "or" between two grades is one range of one entry
    ("range-stays-one", "A 58-year-old man with gastric cancer received docetaxel from 2019. He had grade 3 or 4 "
     "neutropenia after every cycle.", {("Neutrophil count decreased", 4)}),
    # a course told from one grade to another in one phrase (GRADE_COURSE, session 35)
    ("from-to", "A 60-year-old man with melanoma received nivolumab from 2021. His colitis worsened from "
     "grade 1 to grade 3 within a week.", {("Colitis", 1), ("Colitis", 3)}),
    # a second grade after a comma and a time word, the first told before the event (GRADE_LATER_GAP, session 35)
    ("later-after-comma", "A 52-year-old woman with ovarian cancer received olaparib from 2021. She had "
     "grade 2 fatigue, later grade 3.", {("Fatigue", 2), ("Fatigue", 3)}),
]


@pytest.mark.parametrize("name, body, expected", TWO_GRADES, ids=[getattr(w, "values", w)[0] for w in TWO_GRADES])
def test_one_event_at_two_grades(nlp, name, body, expected):
    assert graded_events(nlp, _case(body)) == expected


def test_grade_of_a_generic_noun_reaches_its_event_in_apposition(nlp):
    body = ("A 57-year-old woman with colon cancer received capecitabine from 2020. In week 4 she developed a grade 2 "
            "toxicity, hand-foot syndrome, and the dose was reduced; grade 1 nausea followed.")
    assert graded_events(nlp, _case(body)) == {("Palmar-plantar erythrodysesthesia syndrome", 2), ("Nausea", 1)}
