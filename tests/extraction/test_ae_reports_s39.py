"""Session 39 (ae39): adverse events read from whole made-up reports (every text is our own).

1. Named events with no CTCAE v5.0 term of their own (haemophagocytic lymphohistiocytosis, DRESS, immune-related type 1
   diabetes, immune-related encephalitis) are local terms; a history of the disease before treatment is no event.
2. A severity word opening an item of a grade-led list keeps the list's grade ('grade 1 adverse events: mild fatigue').
3. A pronoun's grade told after a fronted time or grading phrase ('By week 5, it was grade 2').
4. An improvement to a lower grade after a dose change, told without naming the event again ('After a dose reduction it
   improved to grade 1'): a second entry at the lower grade; without a dose change the worst grade stays the one entry.
"""
import pytest

from rule_examples import graded_events

INTRO = ("Case presentation\nA 61-year-old man with metastatic melanoma started nivolumab 240 mg every two weeks in "
         "June 2022. ")
CAPE = ("Case presentation\nA 55-year-old woman with metastatic breast carcinoma started capecitabine 1250 mg/m2 twice "
        "daily in January 2021. ")
HFS = "Palmar-plantar erythrodysesthesia syndrome"

REPORTS = [
    # 1. local terms
    ("HLH\n\n" + INTRO + "After the fourth dose he developed fever, cytopenias and ferritin 24000 ng/mL; grade 4 "
     "haemophagocytic lymphohistiocytosis was diagnosed and nivolumab was stopped.\n",
     {("Hemophagocytic lymphohistiocytosis", 4)}),
    ("HLH short\n\n" + INTRO + "In week 10 a grade 3 HLH followed, treated with etoposide and dexamethasone.\n",
     {("Hemophagocytic lymphohistiocytosis", 3)}),
    ("DRESS\n\n" + INTRO + "Three weeks later she had a widespread rash with eosinophilia and hepatitis, consistent with "
     "DRESS syndrome (grade 3).\n", {("Drug reaction with eosinophilia and systemic symptoms", 3)}),
    ("Diabetes\n\n" + INTRO + "At week 12 he presented with ketoacidosis and was diagnosed with grade 4 immune-related "
     "type 1 diabetes mellitus; insulin was started.\n", {("Type 1 diabetes mellitus", 4)}),
    ("Encephalitis\n\n" + INTRO + "After the sixth infusion he became confused; MRI and CSF findings were consistent "
     "with grade 3 immune-related encephalitis, and methylprednisolone was given.\n", {("Encephalitis", 3)}),
    # 2. a severity word in a grade-led list
    ("Severity in list\n\n" + CAPE + "She experienced only grade 1 adverse events: mild fatigue and dysgeusia.\n",
     {("Fatigue", 1), ("Dysgeusia", 1)}),
    ("Severity after namely\n\n" + CAPE + "Toxicity was limited to grade 1 toxicities, namely mild nausea and "
     "anorexia.\n", {("Nausea", 1), ("Anorexia", 1)}),
    # 3. a fronted phrase before the pronoun's grade
    ("Fronted time\n\n" + CAPE + "Fatigue developed in week 3. By week 5, it was grade 2.\n", {("Fatigue", 2)}),
    ("Fronted CTCAE\n\n" + CAPE + "Mild diarrhoea began in cycle 2. According to CTCAE v5.0 this corresponded to grade "
     "1.\n", {("Diarrhea", 1)}),
    # 4. improvement after a dose change, the event not named again
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


def test_history_of_diabetes_is_no_event(nlp):
    text = ("Diabetes history\n\nCase presentation\nA 64-year-old man with type 1 diabetes mellitus since childhood was "
            "diagnosed with metastatic melanoma and started nivolumab 240 mg every two weeks in June 2022. After the "
            "fourth dose he had grade 2 fatigue.\n")
    assert graded_events(nlp, text) == {("Fatigue", 2)}


def test_improvement_without_a_dose_change_keeps_the_worst_grade(nlp):
    text = CAPE + "Grade 3 hand-foot syndrome developed in cycle 3. With emollients it improved to grade 1.\n"
    assert graded_events(nlp, "Emollients\n\n" + text) == {(HFS, 3)}
