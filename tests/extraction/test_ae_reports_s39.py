"""Session 39 (ae39): adverse events read from whole made-up reports (every text is our own).

(Local terms for HLH, DRESS, immune-related type 1 diabetes and encephalitis were tried and withdrawn: neutral on the
held-out halves.)
1. A severity word opening an item of a grade-led list keeps the list's grade ('grade 1 adverse events: mild fatigue').
2. A pronoun's grade told after a fronted time or grading phrase ('By week 5, it was grade 2').
3. An improvement to a lower grade after a dose change, told without naming the event again ('After a dose reduction it
   improved to grade 1'): a second entry at the lower grade; without a dose change the worst grade stays the one entry.
"""
import pytest

from rule_examples import graded_events

CAPE = ("Case presentation\nA 55-year-old woman with metastatic breast carcinoma started capecitabine 1250 mg/m2 twice "
        "daily in January 2021. ")
HFS = "Palmar-plantar erythrodysesthesia syndrome"

REPORTS = [
    # 1. a severity word in a grade-led list
    ("Severity in list\n\n" + CAPE + "She experienced only grade 1 adverse events: mild fatigue and dysgeusia.\n",
     {("Fatigue", 1), ("Dysgeusia", 1)}),
    ("Severity after namely\n\n" + CAPE + "Toxicity was limited to grade 1 toxicities, namely mild nausea and "
     "anorexia.\n", {("Nausea", 1), ("Anorexia", 1)}),
    # 2. a fronted phrase before the pronoun's grade
    ("Fronted time\n\n" + CAPE + "Fatigue developed in week 3. By week 5, it was grade 2.\n", {("Fatigue", 2)}),
    ("Fronted CTCAE\n\n" + CAPE + "Mild diarrhoea began in cycle 2. According to CTCAE v5.0 this corresponded to grade "
     "1.\n", {("Diarrhea", 1)}),
    # 3. improvement after a dose change, the event not named again
    ("Improved it\n\n" + CAPE + "Grade 3 hand-foot syndrome developed in cycle 3. After a dose reduction it improved to "
     "grade 1.\n", {(HFS, 3), (HFS, 1)}),
    ("Improvement noun\n\n" + CAPE + "Grade 3 hand-foot syndrome developed in cycle 3 and the dose was reduced by 25%, "
     "with improvement to grade 1.\n", {(HFS, 3), (HFS, 1)}),
    ("Downgraded\n\n" + CAPE + "Grade 3 hand-foot syndrome developed in cycle 3 and the dose was reduced by 25%. The "
     "hand-foot syndrome was downgraded to grade 1.\n", {(HFS, 3), (HFS, 1)}),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[r[0].split("\n")[0] for r in REPORTS])
def test_graded_events(nlp, text, expected):
    assert graded_events(nlp, text) == expected


def test_improvement_without_a_dose_change_keeps_the_worst_grade(nlp):
    text = CAPE + "Grade 3 hand-foot syndrome developed in cycle 3. With emollients it improved to grade 1.\n"
    assert graded_events(nlp, "Emollients\n\n" + text) == {(HFS, 3)}
