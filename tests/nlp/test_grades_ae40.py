"""Adverse-event grade wordings of session 40 (ae40), our own made-up sentences in several voices: a grade's
generic noun whose list follows 'including' / 'such as' / 'namely' grades each listed event
(GRADE_LIST_LEAD); an event graded higher that, after a dose change, 'was grade 1' (a pronoun with a plain
'was': GRADE_IMPROVED_ANAPHOR) or 'settled at grade 1' (the event named again: GRADE_IMPROVED) is also
recorded at the lower grade. Counter-examples: no dose change, a severity word alone, a second event outside
the list."""
import pytest

from kg.extraction.extract import extract_report
from kg.readers import read_bytes

INTRO = "A 61-year-old woman with renal cell carcinoma started sunitinib 50 mg daily in June 2021."


def events(nlp, narrative: str):
    text = f"Renal Cell Carcinoma Treated With Sunitinib: Case Report\n\nCASE PRESENTATION\n\n{INTRO} {narrative}\n"
    (case,) = extract_report(next(read_bytes(text.encode(), "case.txt")), nlp).cases
    return sorted((a.concept.label, a.grade) for a in case.adverse_events)


@pytest.mark.parametrize("narrative,expected", [
    ("Grade 2 adverse events occurred in cycle 2, including fatigue and diarrhoea.",
     [("Diarrhea", 2), ("Fatigue", 2)]),
    ("She had grade 1 side effects only, such as nausea and rash.",
     [("Nausea", 1), ("Rash maculo-papular", 1)]),
    ("Grade 3 toxicities developed after the second cycle, namely mucositis and hypertension.",
     [("Hypertension", 3), ("Mucositis oral", 3)]),
    # counter-example: the list ends at other words; the later event keeps no grade of the lead
    ("Grade 2 adverse events occurred in cycle 2, including fatigue, and in cycle 4 she had severe diarrhoea.",
     [("Diarrhea", None), ("Fatigue", 2)]),
])
def test_a_grades_list_after_including_or_such_as(nlp, narrative, expected):
    assert events(nlp, narrative) == expected


@pytest.mark.parametrize("narrative,expected", [
    ("In cycle 3 she developed grade 3 hand-foot syndrome. After a dose reduction it was grade 1.",
     [("Palmar-plantar erythrodysesthesia syndrome", 1), ("Palmar-plantar erythrodysesthesia syndrome", 3)]),
    ("Grade 2 rash appeared in week 2; once the dose was lowered to 37.5 mg it was only grade 1.",
     [("Rash maculo-papular", 1), ("Rash maculo-papular", 2)]),
    ("Grade 3 mucositis occurred; after a dose reduction the mucositis settled at grade 1.",
     [("Mucositis oral", 1), ("Mucositis oral", 3)]),
    # counter-examples: no dose change, the worst grade only
    ("Grade 3 mucositis occurred in week 3. With mouthwashes it was grade 1 a week later.",
     [("Mucositis oral", 3)]),
    ("Grade 3 mucositis occurred in week 3; with mouthwashes the mucositis settled at grade 1.",
     [("Mucositis oral", 3)]),
    # a severity word alone gives no grade; a graded neighbour does not lend its grade
    ("She had grade 3 neutropenia and mild anaemia.", [("Anemia", None), ("Neutrophil count decreased", 3)]),
])
def test_a_lower_grade_after_a_dose_change(nlp, narrative, expected):
    assert events(nlp, narrative) == expected


@pytest.mark.parametrize("narrative,expected", [
    ("Grade 3 hypertension developed in week 4; after a dose reduction the grade 3 hypertension came down to grade 2.",
     [("Hypertension", 2), ("Hypertension", 3)]),
    ("After a dose reduction in May, her grade 3 diarrhoea fell to grade 1.", [("Diarrhea", 1), ("Diarrhea", 3)]),
    # counter-examples: no dose change, the worst grade only
    ("Grade 3 hypertension developed in week 4; with amlodipine the grade 3 hypertension came down to grade 2.",
     [("Hypertension", 3)]),
    ("Her grade 2 rash improved to grade 1 with topical steroids.", [("Rash maculo-papular", 2)]),
])
def test_an_event_restated_with_its_grade_that_improves_after_a_dose_change(nlp, narrative, expected):
    assert events(nlp, narrative) == expected
