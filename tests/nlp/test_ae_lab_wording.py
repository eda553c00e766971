"""kg_adverse_events (kg/nlp/adverse_events.py): laboratory events named by a word of change around the analyte
(LAB_CHANGE_BEFORE / LAB_CHANGE_AFTER), values told against the normal or baseline, two analytes rising together
that no term names together, and the analytes' other names (session 20, ae20). Sentences are our own."""
import pytest

from rule_examples import case_of


def events(nlp, text):
    return sorted({(a.concept.label, a.grade) for a in case_of(nlp, text).adverse_events})


STORY = "A 63-year-old man with metastatic colorectal cancer began regorafenib in June 2022. "


@pytest.mark.parametrize("sentence,expected", [
    ("Five weeks later he had grade 3 raised alanine aminotransferase.", ("Alanine aminotransferase increased", 3)),
    ("In August he was found to have a grade 2 decrease in the neutrophil count.", ("Neutrophil count decreased", 2)),
    ("A creatine kinase elevation (grade 3) was noted in July.", ("CPK increased", 3)),
    ("Low platelets (grade 2) were recorded on day 40.", ("Platelet count decreased", 2)),
    ("In July his amylase increase reached grade 2.", ("Serum amylase increased", 2)),
])
def test_a_word_of_change_around_an_analyte_names_its_event(nlp, sentence, expected):
    assert expected in events(nlp, STORY + sentence)


def test_the_second_analyte_of_a_changed_pair_is_an_event_too(nlp):
    found = events(nlp, STORY + "After six weeks he had grade 3 raised ALT and AST.")
    assert ("Alanine aminotransferase increased", 3) in found
    assert ("Aspartate aminotransferase increased", 3) in found


def test_a_change_that_is_not_the_event_s_way_names_no_event(nlp):
    # neutrophils that rose are no neutropenia; an ungraded change is left to the term lists
    found = events(nlp, STORY + "In July he had grade 2 fatigue and increased neutrophils after a chest infection.")
    assert not any(label == "Neutrophil count decreased" for label, _ in found)
    assert ("Fatigue", 2) in found


@pytest.mark.parametrize("sentence,expected", [
    ("In July his ALT was 6 times the upper normal limit (grade 3).", ("Alanine aminotransferase increased", 3)),
    ("In July his ALT was 280 U/L, i.e. 7 x ULN, grade 3.", ("Alanine aminotransferase increased", 3)),
    ("In July his creatine kinase rose to 2600 U (grade 3).", ("CPK increased", 3)),
    ("In July his creatinine was 2 times baseline (grade 2).", ("Creatinine increased", 2)),
    ("In July his neutrophil count was 700 cells (grade 3).", ("Neutrophil count decreased", 3)),
    ("In July his AST was >5 × ULN (grade 3).", ("Aspartate aminotransferase increased", 3)),
])
def test_a_value_told_against_the_normal_or_in_bare_units_is_graded(nlp, sentence, expected):
    assert expected in events(nlp, STORY + sentence)


def test_two_analytes_rising_together_without_a_shared_term_are_two_events(nlp):
    found = events(nlp, STORY + "In July his amylase and lipase rose (grade 3).")
    assert ("Lipase increased", 3) in found and ("Serum amylase increased", 3) in found


@pytest.mark.parametrize("sentence,expected", [
    ("In July his neutrophil counts fell to 0.6 × 10^9/L (grade 3).", ("Neutrophil count decreased", 3)),
    ("In July his platelet level was 38 × 10^9/L (grade 3).", ("Platelet count decreased", 3)),
    ("In July his leucocytes fell to 1.6 G/L (grade 3).", ("White blood cell decreased", 3)),
    ("In July his LVEF fell to 41% (grade 2).", ("Ejection fraction decreased", 2)),
    ("In July he had grade 3 hyperlipasemia.", ("Lipase increased", 3)),
])
def test_other_names_of_analytes_and_lab_events(nlp, sentence, expected):
    assert expected in events(nlp, STORY + sentence)
