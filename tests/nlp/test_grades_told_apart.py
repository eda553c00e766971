"""Session 28 (ae28): graded adverse events told in wordings the single-sentence rules missed — a change noun
that restates the lab value of the sentence before ("That fall was grade 2"), a value measured "before cycle
four", a rise of a qualified analyte ("indirect bilirubin"), a site with a segment code between an event and its
grade ("of the L4 dermatome"), "both were grade 2" after a list whose next item opens with an article, and
event names the term lists lacked ("knee pain", "prolongation of the corrected QT interval", "malleolar ulcer",
"peeling of the palms"). Made-up narratives read whole (``graded_events``); the negatives keep what is no event."""
import pytest

from rule_examples import graded_events

INTRO = ("Case presentation\nA 58-year-old woman with metastatic lung adenocarcinoma started crizotinib 250 mg twice "
         "daily in March 2021. ")


@pytest.mark.parametrize("narrative,expected", [
    ("After six weeks the creatine kinase reached 7 x ULN. That rise was grade 3, and crizotinib was paused.",
     ("CPK increased", 3)),
    ("In month five the ejection fraction fell from 60% to 45%. That fall was grade 2 and the dose was reduced.",
     ("Ejection fraction decreased", 2)),
    ("By day 15 the neutrophil count was 0.7 x 10^9/L; this drop was graded 3.", ("Neutrophil count decreased", 3)),
    ("Platelets fell to 60 x 10^9/L before cycle three (grade 2), and the next dose was delayed.",
     ("Platelet count decreased", 2)),
    ("A rise in direct bilirubin, expected with the drug, was grade 1.", ("Blood bilirubin increased", 1)),
    ("Herpes zoster of the L2 dermatome (grade 2) was treated with valaciclovir.", ("Shingles", 2)),
    ("In week 3 she reported knee pain and a rash on the arms, both put down to crizotinib; both were grade 2.",
     ("Arthralgia", 2)),
    ("At month four a grade 2 prolongation of the corrected QT interval (484 ms) was found.",
     ("Electrocardiogram QT corrected interval prolonged", 2)),
    ("After a year she had a painful malleolar ulcer, grade 2, that healed with dressings.", ("Skin ulceration", 2)),
    ("Peeling of the palms appeared in the second month and was graded 1.",
     ("Palmar-plantar erythrodysesthesia syndrome", 1)),
])
def test_an_event_told_apart_takes_its_grade(nlp, narrative, expected):
    assert expected in graded_events(nlp, INTRO + narrative)


@pytest.mark.parametrize("narrative,absent", [
    # a rise of platelets is no adverse event, so the rise noun grades nothing
    ("In week 6 the platelets rose to 450 x 10^9/L. That rise was grade 1 on our scale.", "Platelet count decreased"),
    # the change noun restates the analyte: it is no injury of its own
    ("In month five the ejection fraction fell from 60% to 45%. That fall was grade 2.", "Fall"),
])
def test_a_restated_change_is_no_event_of_its_own(nlp, narrative, absent):
    assert absent not in {label for label, _ in graded_events(nlp, INTRO + narrative)}


def test_an_event_that_improves_to_a_stated_lower_grade_is_a_second_entry(nlp):
    narrative = ("In month two she developed ankle oedema that limited walking (grade 3); crizotinib was paused, and at the "
                 "lower dose the oedema settled to grade 1.")
    assert {("Edema limbs", 3), ("Edema limbs", 1)} <= graded_events(nlp, INTRO + narrative)


def test_an_event_never_graded_before_does_not_take_the_grade_it_settled_to(nlp):
    assert not graded_events(nlp, INTRO + "Under crizotinib the oedema settled to grade 1 within a week.")
