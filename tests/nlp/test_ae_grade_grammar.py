"""kg/nlp/adverse_events.py and the grade grammar it feeds kg_context (kg/nlp/grades.py): where a grade sits
relative to its event, lab analytes named with or without a value, and the event names read off a body site.
Every text is made up for these tests."""
import importlib.util
from pathlib import Path

import pytest

import kg
from rule_examples import case_of

INTRO = "A 61-year-old woman with ALK-positive lung adenocarcinoma began alectinib 600 mg twice daily in March 2021. "


def events(nlp, text):
    return sorted((a.concept.label, a.grade) for a in case_of(nlp, INTRO + text).adverse_events)


# -- an analyte named right before its grade, with no value -------------------------------------------------------
def test_analyte_with_a_grade_and_no_value(nlp):
    assert events(nlp, "By week 10 the ALT was 4 x ULN (grade 2) and the AST grade 1.") == [
        ("Alanine aminotransferase increased", 2), ("Aspartate aminotransferase increased", 1)]
    assert events(nlp, "In month 2 her neutrophils fell to grade 3 and recovered in ten days.") == [
        ("Neutrophil count decreased", 3)]


def test_a_grade_that_opens_the_next_analyte_is_not_the_one_before(nlp):
    got = events(nlp, "Labs in week 6 showed a normal creatinine: grade 2 bilirubin increase was the only change.")
    assert ("Creatinine increased", 2) not in got


# -- the way a value went names the event ----------------------------------------------------------------------------
def test_an_electrolyte_takes_the_event_of_the_way_its_value_went(nlp):
    assert events(nlp, "In week 3 the serum potassium rose to 6.2 mmol/L (grade 3).") == [("Hyperkalemia", 3)]
    assert events(nlp, "In week 3 the serum potassium dropped to 2.7 mmol/L (grade 3).") == [("Hypokalemia", 3)]


def test_calcium_without_a_way_names_no_event(nlp):
    assert events(nlp, "In week 5 the corrected calcium was 3.1 mmol/L (grade 3).") == []


def test_qtc_in_milliseconds(nlp):
    assert events(nlp, "An ECG in week 4 showed a QTcF of 512 ms (grade 3), and alectinib was held.") == [
        ("Electrocardiogram QT corrected interval prolonged", 3)]


# -- "respectively" ----------------------------------------------------------------------------------------------------
def test_grades_given_respectively_to_events_before_them(nlp):
    assert events(nlp, "After two months she had myalgia and constipation of grade 2 and 1, respectively.") == [
        ("Constipation", 1), ("Myalgia", 2)]


def test_grades_given_respectively_to_analytes_with_values(nlp):
    assert events(nlp, "In week 8 the ALT was 300 U/L and the AST 140 U/L (grades 3 and 2, respectively).") == [
        ("Alanine aminotransferase increased", 3), ("Aspartate aminotransferase increased", 2)]


def test_grades_given_respectively_to_events_after_them(nlp):
    assert events(nlp, "Alectinib caused grade 2 and grade 1 anaemia and constipation, respectively.") == [
        ("Anemia", 2), ("Constipation", 1)]


def test_a_respectively_of_counts_grades_nothing(nlp):
    assert events(nlp, "Grade 3 and 4 events were seen in 12% and 20% of trial patients, respectively.") == []


# -- the event of a body site ----------------------------------------------------------------------------------------
def test_event_of_a_site_names_the_term_written_site_first(nlp):
    assert events(nlp, "In month 4 grade 1 swelling of both ankles appeared.") == [("Edema limbs", 1)]
    assert events(nlp, "In month 4 she had grade 2 pain in the joints of the hands.") == [("Arthralgia", 2)]


# -- a grade in the next sentence, a generic noun before the event ------------------------------------------------------
def test_a_pronoun_stated_of_a_grade_grades_the_event_before(nlp):
    assert events(nlp, "In week 7 a pruritic rash spread over the chest. It was grade 2 and faded with emollients.") == [
        ("Rash maculo-papular", 2)]


def test_a_generic_noun_between_grade_and_event(nlp):
    assert events(nlp, "In month 3 she had a grade 2 adverse event of constipation.") == [("Constipation", 2)]


# -- names read off the CTCAE definitions (tools/build_terms.py) --------------------------------------------------------
def _builder():
    spec = importlib.util.spec_from_file_location("build_terms", kg.ROOT / "tools" / "build_terms.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod.Builder


def test_lay_names_of_a_laboratory_event_come_from_its_definition():
    names = _builder().lay_lab_names(
        "Hypernatremia", "A disorder characterized by laboratory test results that indicate an elevation in the "
                         "concentration of sodium in the blood.")
    assert {"high sodium", "elevated serum sodium", "raised sodium levels"} <= set(names)
    assert _builder().lay_lab_names("Hypothermia", "A disorder characterized by an abnormally low body temperature.") == []


def test_a_lay_name_is_an_event(nlp):
    assert events(nlp, "In week 9 she had grade 2 low blood pressure and grade 3 low sodium.") == [
        ("Hyponatremia", 3), ("Hypotension", 2)]
