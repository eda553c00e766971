"""Grades told around a short form, a severity word or a second grade (session 13, phr12ae; made-up sentences)."""
import pytest

from kg.nlp.ents import ents_of


def _grades(nlp, text):
    return {e.text.lower(): e._.grade for e in ents_of(nlp(text)) if e.label_ == "ADVERSE_EVENT"}


@pytest.mark.parametrize("text, event, grade", [
    ("Four days after the infusion he had cytokine release syndrome (CRS) (grade 2) and fever.", "crs", 2),
    ("She then had immune effector cell-associated neurotoxicity syndrome (ICANS), grade 3, on day 6.", "icans", 3),
    ("On sunitinib he developed hand-foot syndrome (HFS) (grade 2) and fatigue.", "hfs", 2),
])
def test_a_short_form_in_brackets_stands_between_event_and_grade(nlp, text, event, grade):
    assert _grades(nlp, text)[event] == grade


@pytest.mark.parametrize("text, sized, graded", [
    ("Capecitabine was paused for mild dysgeusia and diarrhoea (grade 2).", "dysgeusia", "diarrhoea"),
    ("The second course was complicated by severe mucositis and vomiting (grade 1).", "mucositis", "vomiting"),
])
def test_a_severity_worded_event_keeps_no_grade_from_its_partner(nlp, text, sized, graded):
    grades = _grades(nlp, text)
    assert grades[sized] is None and grades[graded] is not None


def test_both_still_grades_a_severity_worded_event(nlp):
    assert _grades(nlp, "She had severe nausea and vomiting, both grade 3, on cisplatin.")["nausea"] == 3


def test_two_grades_after_a_comma_are_two_events_grades(nlp):
    grades = _grades(nlp, "The course on alectinib was complicated by anaemia, grade 3 and grade 1 myalgia.")
    assert grades["anaemia"] == 3 and grades["myalgia"] == 1
