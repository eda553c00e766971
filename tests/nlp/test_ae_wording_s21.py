"""Session 21 (ae21): adverse events named by report words for CTCAE terms, and grades placed where the
grammar of kg_context / kg_adverse_events did not reach them (a grade that opens its aside, an onset verb
or "nadir" before the grade, "and had reached grade 2", an "and" inside the event's own qualifier, a lab
value's grade led by "a", "corresponding to", "i.e."). Sentences are our own made-up wordings."""
import pytest

from rule_examples import case_of


def events(nlp, text):
    return [(e.text, e._.pref_label, e._.grade) for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT"]


@pytest.mark.parametrize("words,label", [
    ("cardiac failure", "Heart failure"),
    ("haemoptysis", "Bronchopulmonary hemorrhage"),
    ("hemoptysis", "Bronchopulmonary hemorrhage"),
    ("rectal bleeding", "Rectal hemorrhage"),
    ("upper gastrointestinal bleeding", "Upper gastrointestinal hemorrhage"),
    ("lower GI bleeding", "Lower gastrointestinal hemorrhage"),
    ("small bowel perforation", "Small intestinal perforation"),
    ("small bowel obstruction", "Small intestinal obstruction"),
    ("colon perforation", "Colonic perforation"),
    ("bullous pemphigoid", "Bullous dermatitis"),
    ("prolonged INR", "INR increased"),
    ("left ventricular dysfunction", "Left ventricular systolic dysfunction"),
    ("facial nerve palsy", "Facial nerve disorder"),
    ("flu-like syndrome", "Flu like symptoms"),
    ("agranulocytosis", "Neutrophil count decreased"),
    ("loose stools", "Diarrhea"),
    ("poor appetite", "Anorexia"),
    ("muscle spasms", "Muscle cramp"),
    ("eyelid oedema", "Periorbital edema"),
])
@pytest.mark.parametrize("frame", ["On sunitinib she developed grade 2 {}.", "On sunitinib she developed {} (grade 2)."])
def test_report_words_for_ctcae_terms(nlp, words, label, frame):
    assert [(p, g) for _, p, g in events(nlp, frame.format(words))] == [(label, 2)]


@pytest.mark.parametrize("text,target,grade", [
    # the grade opens the aside, a measure of the event follows it
    ("She developed anaemia requiring transfusion (grade 3, haemoglobin 7.1 g/dL).", "anaemia", 3),
    ("She developed anaemia (grade 3; haemoglobin 7.1 g/dL) and received two units.", "anaemia", 3),
    ("He had thrombocytopenia needing platelet support (grade 4, platelets 9 x 10^9/L) in May.", "thrombocytopenia", 4),
    # the onset verb, or the word for its low point, between the event and its grade
    ("Pneumonitis developed, grade 3.", "Pneumonitis", 3),
    ("A rash appeared (grade 2) on the trunk.", "rash", 2),
    ("Thrombocytopenia nadir was grade 4 at day 14.", "Thrombocytopenia", 4),
    ("The neutropenia peaked at grade 3 in week 6.", "neutropenia", 3),
    # a later clause with "had reached"
    ("Peripheral sensory neuropathy developed after cycle 4 and had reached grade 2 by cycle 6.",
     "Peripheral sensory neuropathy", 2),
    # "and" that joins two participles of the event's own qualifier
    ("She had an acneiform rash covering the back and sparing the face (grade 2).", "acneiform rash", 2),
    ("From month 3 he developed bilateral leg oedema reaching the knees and limiting walking (grade 3).", "leg oedema", 3),
])
def test_grades_placed_after_the_event(nlp, text, target, grade):
    found = {t: g for t, _, g in events(nlp, text)}
    assert found.get(target) == grade, events(nlp, text)


@pytest.mark.parametrize("text,target,grade", [
    ("Creatinine rose to 176 umol/L, a grade 1 increase.", "Creatinine", 1),
    ("ALT peaked at 312 U/L, corresponding to grade 3.", "ALT", 3),
    ("The platelet count fell to 40 x 10^9/L, i.e. grade 3, and carboplatin was delayed.", "platelet count", 3),
    ("After two doses his AST reached 6 times ULN, consistent with grade 3.", "AST", 3),
    # the value it started from, then the one it reached
    ("Creatinine rose from 128 to 176 umol/L, a grade 1 increase.", "Creatinine", 1),
    ("Her platelets dropped from 210 to 45 x 10^9/L (grade 3).", "platelets", 3),
])
def test_a_lab_value_grade_led_by_words(nlp, text, target, grade):
    found = {t: g for t, _, g in events(nlp, text)}
    assert found.get(target) == grade, events(nlp, text)


@pytest.mark.parametrize("text,expected", [
    # a grade after a comma right before the next event is that event's
    ("A rash developed, grade 3 neutropenia followed.", [("rash", None), ("neutropenia", 3)]),
    # two events joined by "and" before the bracket share it; an "and" of two events is no qualifier
    ("She had nausea and vomiting (grade 2).", [("nausea", 2), ("vomiting", 2)]),
    # "and" that opens a clause of its own, or joins two sites, ends the qualifier: the grade is not the rash's
    ("A rash appeared on the arms and she was admitted for two days (grade 2 fatigue).",
     [("rash", None), ("fatigue", 2)]),
    ("A rash appeared on the arms and was treated with creams (grade 2 nausea).", [("rash", None), ("nausea", 2)]),
])
def test_grades_stay_with_their_own_event(nlp, text, expected):
    assert [(t, g) for t, _, g in events(nlp, text)] == expected


def test_a_led_grade_before_another_event_is_that_events(nlp):
    found = events(nlp, "ALT increased to 312 U/L, consistent with grade 3 hepatotoxicity.")
    assert ("hepatotoxicity", "Hepatotoxicity", 3) in found
    assert all(g is None for t, _, g in found if t.startswith("ALT"))


def test_a_case_records_the_graded_events_of_these_wordings(nlp):
    case = case_of(nlp, "A 58-year-old woman with metastatic ovarian carcinoma received olaparib 300 mg twice daily. "
                        "After two months she developed anaemia requiring transfusion (grade 3, haemoglobin 7.0 g/dL). "
                        "Thrombocytopenia nadir was grade 2 at week 10, and creatinine rose to 150 umol/L, "
                        "a grade 1 increase. Loose stools (grade 1) settled with loperamide.")
    assert sorted((a.concept.label, a.grade) for a in case.adverse_events) == [
        ("Anemia", 3), ("Creatinine increased", 1), ("Diarrhea", 1), ("Platelet count decreased", 2)]
