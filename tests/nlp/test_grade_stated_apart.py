"""A grade stated apart from its event: in a later clause that grades it ("which we graded as grade 2", "was severe,
grade 3,"), by its pronoun or possessive ("It was grade 2", "its severity was grade 2") or as "this grade 2 event"
in the next sentence, also when the event's sentence names the drug after the event. Made-up narratives (the lead's
probes of session 23, each wording a shape the single-sentence rules missed); the negatives keep a grade that belongs
to another event or to the tumour."""
import pytest

from narrative import report_cases

INTRO = "A 61-year-old man with metastatic lung adenocarcinoma began crizotinib 250 mg twice daily in June 2020. "


def graded(nlp, narrative):
    (case,) = report_cases(nlp, INTRO + narrative, title="Crizotinib in ROS1-Rearranged Lung Adenocarcinoma")
    return {(a.concept.label, a.grade) for a in case.adverse_events}


@pytest.mark.parametrize("narrative,expected", [
    ("Paronychia appeared after two months of crizotinib. It was grade 2 and settled with soaks.", ("Paronychia", 2)),
    ("Paronychia appeared on both thumbs after two months of crizotinib. This grade 2 event resolved with topical "
     "steroids.", ("Paronychia", 2)),
    ("In week 5 he developed stomatitis, which we graded as grade 2, and it settled with mouthwashes.",
     ("Mucositis oral", 2)),
    ("A rash appeared on day 12; its severity was grade 2.", ("Rash maculo-papular", 2)),
    ("During the second month diarrhoea was severe, grade 3, and he was admitted for fluids.", ("Diarrhea", 3)),
    ("Diarrhoea began in the third week of crizotinib. Its maximum severity reached grade 3.", ("Diarrhea", 3)),
])
def test_a_grade_stated_apart_grades_its_event(nlp, narrative, expected):
    assert expected in graded(nlp, narrative)


@pytest.mark.parametrize("narrative,event", [
    # the grade opens the next event's name: it is that event's
    ("In week 5 he developed a rash on the back. This grade 2 nausea settled too.", "Rash maculo-papular"),
    # a grade of the tumour, not of the event
    ("A rash appeared on the chest after twelve days. The tumour's grade was 2 at biopsy.", "Rash maculo-papular"),
    # a clause of what was done, then another event's grade
    ("In week 5 he developed a rash, which we treated with emollients, and grade 2 nausea.", "Rash maculo-papular"),
])
def test_a_grade_that_is_not_the_events_leaves_it_ungraded(nlp, narrative, event):
    # (session 42: told beside another graded event, the unsized event is no entry at all, the gold's convention 5;
    # whether listed or not, it never carries the other event's grade)
    assert all(grade is None for name, grade in graded(nlp, narrative) if name == event)
