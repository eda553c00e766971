"""Session 35 (ae35): made-up wordings of adverse events the gold records in ways kg missed: one event told at two
grades as a course ("worsened from grade 1 to grade 3", "G1 -> G2", "grade 2 fatigue, later grade 3": two entries,
benchmarks/gold/README.md convention 4) and a table of the worst grade per drug that also has onset and action columns.
Every text is our own."""
from __future__ import annotations

import pytest

from rule_examples import graded_events


def _case(body: str) -> str:
    return f"Case report\n\nCase presentation\n{body}\n"


COURSES = [
    # a range after "from" tells the course up to the higher grade (GRADE_COURSE before-window)
    ("from-to-bare", "A 58-year-old man with rectal cancer received FOLFOX from 2020. Peripheral neuropathy escalated "
     "from grade 1 to 2 over four cycles.", {("Peripheral sensory neuropathy", 1), ("Peripheral sensory neuropathy", 2)}),
    ("went-from", "A 47-year-old woman with breast cancer received palbociclib from 2022. Her fatigue went from grade 1 "
     "to grade 2 over two months.", {("Fatigue", 1), ("Fatigue", 2)}),
    # an arrow between two short grades (GRADE_COURSE link-window), in the event's aside or after a verb of its course
    ("arrow-aside", "A 66-year-old man with lung adenocarcinoma received osimertinib from 2021. He had diarrhoea "
     "(G1 -> G2) during the first two months.", {("Diarrhea", 1), ("Diarrhea", 2)}),
    ("short-from-to", "A 66-year-old man with lung adenocarcinoma received osimertinib from 2021. Paronychia increased "
     "from G1 to G2 during the third month.", {("Paronychia", 1), ("Paronychia", 2)}),
    # ... but one uncertain grade is one entry at its worst grade
    ("uncertain-range", "A 66-year-old man with lung adenocarcinoma received osimertinib from 2021. He had grade 1-2 "
     "diarrhoea throughout.", {("Diarrhea", 2)}),
    ("improving-range", "A 66-year-old man with melanoma received nivolumab from 2021. Grade 3 colitis in week 8 "
     "(G3 -> G1 on budesonide) led to a pause.", {("Colitis", 3)}),
    # a grade written before the event, a higher one after it told as later (GRADE_LATER_GAP)
    ("later-semicolon", "A 59-year-old woman with lung cancer received afatinib from 2019. She developed grade 2 rash; "
     "it became grade 3 a month later.", {("Rash maculo-papular", 2), ("Rash maculo-papular", 3)}),
    ("later-relative", "A 70-year-old man with colon cancer received capecitabine from 2023. Grade 1 hand-foot syndrome "
     "in cycle 2, which progressed to grade 2, led to a dose reduction.",
     {("Palmar-plantar erythrodysesthesia syndrome", 1), ("Palmar-plantar erythrodysesthesia syndrome", 2)}),
    # ... and not when the later grade opens the next event
    ("later-next-event", "A 59-year-old woman with lung cancer received carboplatin from 2019. She had grade 2 fatigue, "
     "later grade 3 neutropenia.", {("Fatigue", 2), ("Neutrophil count decreased", 3)}),
    # the first grade told as the initial one in the event's own aside (GRADE_SECOND_GAP)
    ("initially-aside", "A 62-year-old woman with ovarian cancer received niraparib from 2022. Fatigue (grade 2 "
     "initially, grade 3 later) led to a dose reduction.", {("Fatigue", 2), ("Fatigue", 3)}),
]


@pytest.mark.parametrize("name, body, expected", COURSES, ids=[c[0] for c in COURSES])
def test_an_event_told_at_two_grades_of_its_course(nlp, name, body, expected):
    assert graded_events(nlp, _case(body)) == expected


PER_DRUG_TABLE = (
    '<html><head><title>Case report</title></head><body><article><h1>Erdafitinib and then pemigatinib in urothelial '
    'carcinoma: a case report</h1>\n<h2>Case presentation</h2><p>A 64-year-old man with metastatic urothelial '
    'carcinoma and an FGFR3 fusion received erdafitinib from March 2021 and, at progression in 2022, pemigatinib. '
    'The toxicities of both drugs are shown in Table 1.</p>\n<table><caption>Table 1. Adverse events (CTCAE v5.0), '
    'worst grade per drug</caption>\n<thead><tr><th>Event</th><th>Erdafitinib</th><th>Pemigatinib</th><th>Onset '
    '(week)</th><th>Action</th></tr></thead>\n<tbody><tr><td>Hyperphosphataemia</td><td>Grade 1</td><td>Grade 2</td>'
    '<td>2</td><td>Low-phosphate diet</td></tr>\n<tr><td>Stomatitis</td><td>Grade 3</td><td>-</td><td>4</td>'
    '<td>Erdafitinib interrupted, restarted at 8 mg</td></tr>\n<tr><td>Dry mouth</td><td>-</td><td>Grade 1</td>'
    '<td>6</td><td>None</td></tr></tbody></table>\n<h2>Discussion</h2><p>Hyperphosphataemia is an on-target effect '
    'of FGFR inhibitors.</p></article></body></html>')


def test_a_table_of_worst_grades_per_drug_with_onset_and_action_columns(nlp):
    assert graded_events(nlp, PER_DRUG_TABLE) == {
        ("Hyperphosphatemia", 1), ("Hyperphosphatemia", 2), ("Mucositis oral", 3), ("Dry mouth", 1)}


def test_a_table_grade_beside_the_same_event_graded_in_the_story_is_a_second_entry(nlp):
    # the story grades the stomatitis 3 under erdafitinib; the table adds its grade 1 under pemigatinib
    page = PER_DRUG_TABLE.replace("The toxicities of both drugs", "Grade 3 stomatitis led to an interruption. The "
                                  "toxicities of both drugs").replace(
        "<td>Grade 3</td><td>-</td><td>4</td>", "<td>Grade 3</td><td>Grade 1</td><td>4</td>")
    assert {("Mucositis oral", 3), ("Mucositis oral", 1)} <= graded_events(nlp, page)


@pytest.mark.parametrize("body, expected", [
    # a vague name of an eye event, ungraded, restated after 'with' by a precise event that carries the grade (AE_VAGUE)
    ("A 61-year-old woman with lung cancer started crizotinib in 2021. Visual disturbances with light trails (grade 1) "
     "and peripheral oedema (grade 2) occurred.", {("Flashing lights", 1), ("Edema limbs", 2)}),
    # ... while a precise event told first keeps the grade of its detail (no vague name)
    ("A 61-year-old woman with lung cancer started crizotinib in 2021. Blurred vision with light trails (grade 1) "
     "occurred at night.", {("Blurred vision", 1)}),
])
def test_a_vague_eye_event_restated_by_a_graded_precise_one(nlp, body, expected):
    assert graded_events(nlp, _case(body)) == expected


def test_a_severity_told_in_words_of_its_assessment_after_a_qualifier(nlp):
    # "described as moderate" after the event's own qualifier sizes it (AE_SEVERITY_AFTER): the gold's moderate [null, 2]
    body = ("A 61-year-old man with melanoma received pembrolizumab from 2021. He developed hypothyroidism (grade 2), "
            "treated with levothyroxine, and a pruritic rash over 15% of the body surface, described as moderate, that "
            "responded to topical steroid.")
    assert graded_events(nlp, _case(body)) == {("Hypothyroidism", 2), ("Rash maculo-papular", None)}
