"""kg_context (kg/nlp/grades.py): the rows of an adverse-event table flowed into the text, below a header line
whose grade column follows the event column or ends the line (AE_TABLE_GRADE_HEADER / AE_TABLE_GRADE_LAST of
kg/rules/adverse_events.jsonl, built on the column words every AE-table test reads). Table texts are our own."""
import pytest

from kg.nlp.assertion import AE_TABLE_KEY


def graded(nlp, text):
    return [(e.text, e._.grade) for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT"]


@pytest.mark.parametrize("text,expected", [
    # a pipe table, the grade column right after the event column
    ("Toxicity | CTCAE v5 grade | Drug held?\nStomatitis | 2 | yes\nFatigue | 1 | no\n",
     [("Stomatitis", 2), ("Fatigue", 1)]),
    # cells set apart by runs of spaces
    ("Event  Grade  Day of onset\nConstipation  1  5\nMyalgia  3  12\n", [("Constipation", 1), ("Myalgia", 3)]),
    # a tab grid whose grade column is the last one: the row's last number, not its first
    ("Side effects\tStart (day)\tHighest grade\nAnorexia\t4\t2\nMucositis\t10\t3\n", [("Anorexia", 2), ("Mucositis", 3)]),
    # the grade in the event column's brackets
    ("Side effect (grade) | Onset | Outcome\nDiarrhoea (2) | week 2 | resolved\nRash (grade 1) | week 3 | ongoing\n",
     [("Diarrhoea", 2), ("Rash", 1)]),
])
def test_rows_of_an_adverse_event_table_take_their_grade(nlp, text, expected):
    assert graded(nlp, text) == expected
    assert nlp(text).spans.get(AE_TABLE_KEY)


@pytest.mark.parametrize("text", [
    # a cohort's rates per grade: no header of the patient's own events, no row graded by its counts
    "Adverse event | Grade 1-2 (%) | Grade 3-4 (%)\nNausea | 3 (12) | 1 (4)\nFatigue | 4 (16) | 2 (8)\n",
    # a lab table: the numbers are values
    "Day | Creatinine (mg/dL) | Grade\n5 | 1.4 | 1\n",
    # a number in brackets that is no grade ("(2 cycles)")
    "Event | Grade | Onset\nNausea (2 cycles) | no grade given | day 3\n",
])
def test_no_table_grades_where_no_row_of_the_patients_event_table(nlp, text):
    doc = nlp(text)
    assert all(e._.grade is None for e in doc.ents if e.label_ == "ADVERSE_EVENT")
    assert not doc.spans.get(AE_TABLE_KEY)


@pytest.mark.parametrize("text,expected", [
    # "of" between the first event and its grade: each grade is its own event's, not one range
    ("On olaparib she developed ascites of grade 2 and grade 3 anaemia.", [("ascites", 2), ("anaemia", 3)]),
    ("He had peripheral neuropathy of grade 1 and grade 2/3 fatigue on docetaxel.",
     [("peripheral neuropathy", 1), ("fatigue", 3)]),
])
def test_two_grades_after_of_between_two_events(nlp, text, expected):
    assert graded(nlp, text) == expected


# session 18: an event's course up to a grade, in words the response recogniser also reads ("progressed") or
# words of a rise ("increased", "rose"); and the British name of a CTCAE term (texts written for this test)
@pytest.mark.parametrize("text,expected", [
    ("On paclitaxel the sensory neuropathy progressed to grade 2 by the fifth week.", [("sensory neuropathy", 2)]),
    ("Her neuropathy progressed to grade 3, and oxaliplatin was omitted.", [("neuropathy", 3)]),
    ("On irinotecan the diarrhoea increased to grade 3 within a week.", [("diarrhoea", 3)]),
    ("Under sunitinib his fatigue rose to grade 2 in the second cycle.", [("fatigue", 2)]),
    ("On tamoxifen she had grade 2 hot flushes at night.", [("hot flushes", 2)]),
])
def test_an_events_course_up_to_a_grade_gives_its_grade(nlp, text, expected):
    assert graded(nlp, text) == expected


def test_an_event_that_improved_to_a_lower_grade_is_not_graded_by_it(nlp):
    assert graded(nlp, "On paclitaxel the neuropathy improved to grade 1 after a dose reduction.") != [("neuropathy", 1)]


@pytest.mark.parametrize("text,expected", [
    # the grade column in the middle, after other columns (session 19, ae19)
    ("Event | Onset | Maximum grade | Action\nHypertension | week 3 | 2 | amlodipine\nNausea | day 2 | 1 | none\n",
     [("Hypertension", 2), ("Nausea", 1)]),
    # cells labelled by their header, as the HTML reader writes a table's rows
    ("Toxicity | Start | CTCAE grade | Outcome\nToxicity: Dysgeusia | Start: week 5 | CTCAE grade: G2 | Outcome: ongoing\n",
     [("Dysgeusia", 2)]),
    # the event column after the grade column, tab-separated
    ("Worst grade\tAdverse event\tDrug\n3\tNeutropenia\tcarboplatin\n", [("Neutropenia", 3)]),
])
def test_columns_of_an_adverse_event_table_in_any_order(nlp, text, expected):
    assert graded(nlp, text) == expected
    assert AE_TABLE_KEY in nlp(text).spans


@pytest.mark.parametrize("text,expected", [
    # a course table's rows as kg.readers.headings.course_lines writes them: no header line, each cell labelled
    ("Line: 1 | Regimen: sunitinib | Months: 9 | Toxicity: Hand-foot syndrome | Grade: 2 | Best response: SD\n"
     "Line: 2 | Regimen: cabozantinib | Months: 4 | Toxicity: Diarrhoea | Grade: 3 | Best response: PD\n",
     [("Hand-foot syndrome", 2), ("Diarrhoea", 3)]),
    # the grade column before the event column, another name for each
    ("Cycle: 3 | Worst grade: G3 | Adverse event: Mucositis | Action: dose reduced\n", [("Mucositis", 3)]),
    # one grade per event of the event cell, in turn
    ("Patient: 2 | Drug: imatinib | Side effects: Rash, nausea | Grade: 2, 1\n", [("Rash", 2), ("nausea", 1)]),
])
def test_a_row_of_labelled_cells_grades_its_event_without_a_header_line(nlp, text, expected):
    assert graded(nlp, text) == expected


def test_a_labelled_row_without_a_grade_column_grades_nothing(nlp):
    # "Dose level: 2" is no grade of the row's event
    assert graded(nlp, "Toxicity: Fatigue | Dose level: 2 | Cycle: 4\n") == [("Fatigue", None)]


# --- session 20 (ae20): the grade grammar of running text -------------------------------------------------------
AE20_STORY = "A 57-year-old woman with renal cell carcinoma began cabozantinib in April 2023. "


@pytest.mark.parametrize("sentence,event,grade", [
    # a relative clause of the event's course, no comma
    ("In May she had diarrhoea that progressed to grade 3.", "diarrhoea", 3),
    ("In May she had mucositis that quickly worsened to grade 3.", "mucositis", 3),
    # a passive report verb, then the grade set off by a comma
    ("In May hypothyroidism was noted, grade 2, and levothyroxine began.", "hypothyroidism", 2),
    # a word that says which grade the bracket gives
    ("In May she had stomatitis (maximum grade 2) on the tongue.", "stomatitis", 2),
    ("In May she had a rash on both legs (worst grade 1).", "rash", 1),
])
def test_words_between_an_event_and_its_grade(nlp, sentence, event, grade):
    assert (event, grade) in graded(nlp, AE20_STORY + sentence)


def test_a_generic_noun_of_the_grade_lists_its_events(nlp):
    found = graded(nlp, AE20_STORY + "In May grade 2 adverse events included hypertension and fatigue.")
    assert ("hypertension", 2) in found


def test_an_event_filling_its_bracket_takes_the_grade_after_it(nlp):
    assert ("diarrhoea", 3) in graded(nlp, AE20_STORY + "In May she had gastrointestinal toxicity (diarrhoea) grade 3.")
    # a grade after a bracket that holds more than the event is not the bracketed event's
    assert ("diarrhoea", 3) not in graded(nlp, AE20_STORY + "In May she had gastrointestinal toxicity (diarrhoea since May) grade 3.")
