"""Session 37 (ae37): adverse events told in a clinic note's shorthand, read from whole made-up reports (every text is
our own).

1. An arrow leads the conclusion drawn from the findings before it: a negation before the arrow ('no functional
   limitation -> sensory neuropathy G1') does not reach the event after it, and the symptoms before it are that event
   ('tingling fingertips -> neuropathy G1': one entry).
2. An arrow between a lab value and a grade leads the value's grade ('ALT 2.6x ULN -> G1').
3. An adverb of the time of the reading between an event and its grade ('neuropathy now G2', 'still grade 1').
4. CTCAE's own measure of the event's extent before its grade ('rash covering 40% of the body surface area, grade 3').
5. A grade set off by a comma after two events joined by 'and' grades both, as the bracket does ('nausea and vomiting,
   grade 2, ...'), unless the pair is the signs in the aside of a reaction named before it.
6. A CTCAE version number between an event and its short grade ('pneumonitis (CTCAE v5.0, G2)').
"""
import pytest

from rule_examples import graded_events

INTRO = ("Case presentation\nA 47-year-old woman with ALK-positive lung adenocarcinoma started crizotinib 250 mg twice "
         "daily in May 2021. ")
PSN, ALT = "Peripheral sensory neuropathy", "Alanine aminotransferase increased"

REPORTS = [
    # 1. the arrow ends a negation and restates the symptoms before it
    ("Neuropathy note\n\n" + INTRO + "Week 4: c/o tingling fingertips, no functional limitation -> periph sensory "
     "neuropathy G1. Dose continued.\n", {(PSN, 1)}),
    ("Neuropathy in words\n\n" + INTRO + "At the week 6 visit she described numb toes, no weakness → sensory neuropathy "
     "grade 1, and crizotinib went on.\n", {(PSN, 1)}),
    ("Pneumonitis note\n\n" + INTRO + "Month 3: dry cough, no fever => grade 2 pneumonitis, crizotinib held, prednisone "
     "started.\n", {("Pneumonitis", 2)}),
    # 2. the arrow leads a lab value's grade
    ("Liver note\n\n" + INTRO + "Week 8: ALT 2.6x ULN -> G1; monitor.\n", {(ALT, 1)}),
    ("Creatinine note\n\n" + INTRO + "Week 12: creatinine 2.0 mg/dL → grade 2, dose held for a week.\n",
     {("Creatinine increased", 2)}),
    # 3. 'now', 'still', 'again' between the event and its grade
    ("Fatigue note\n\n" + INTRO + "Week 10: her fatigue was now G2; dose held for a week.\n", {("Fatigue", 2)}),
    ("Oedema note\n\n" + INTRO + "Month 4: ankle oedema still grade 1, no change of dose.\n", {("Edema limbs", 1)}),
]


@pytest.mark.parametrize("text,expected", REPORTS, ids=[r[0].split("\n")[0] for r in REPORTS])
def test_adverse_events_of_the_note(nlp, text, expected):
    assert graded_events(nlp, text) == expected


def test_a_negation_after_the_arrow_still_negates(nlp):
    got = graded_events(nlp, "Clinic note\n\n" + INTRO + "Week 2: grade 1 nausea -> no rash, no diarrhoea. Continue.\n")
    assert ("Nausea", 1) in got and not any(label == "Diarrhea" for label, _ in got)


def test_an_arrow_between_two_values_is_no_grade_lead(nlp):
    got = graded_events(nlp, "Clinic note\n\n" + INTRO + "Week 6: ALT 40 -> 38 U/L; grade 1 nausea that week.\n")
    assert got == {("Nausea", 1)}


EXTENT = [
    # 4. CTCAE's own measure of the event's extent between the event and its grade
    ("Rash note\n\n" + INTRO + "In week 3 she had a rash covering 40% of the body surface area, grade 3, and crizotinib "
     "was held.\n", {("Rash maculo-papular", 3)}),
    ("Rash in BSA\n\n" + INTRO + "In week 3 she had a maculopapular rash involving >30% of BSA, grade 3, and crizotinib "
     "was held.\n", {("Rash maculo-papular", 3)}),
    ("Diarrhoea note\n\n" + INTRO + "In week 5 she had diarrhoea with 8 stools per day above baseline, grade 3, and was "
     "admitted.\n", {("Diarrhea", 3)}),
]


@pytest.mark.parametrize("text,expected", EXTENT, ids=[r[0].split("\n")[0] for r in EXTENT])
def test_the_extent_of_the_event_stands_before_its_grade(nlp, text, expected):
    assert graded_events(nlp, text) == expected


PAIRS = [
    # 5. a grade set off by a comma after two events joined by 'and' closes the pair: both take it, as
    #    the bracket '(grade 2)' after them gives it to both
    ("Nausea note\n\n" + INTRO + "In week 3 she had nausea and vomiting, grade 2, and crizotinib was held.\n",
     {("Nausea", 2), ("Vomiting", 2)}),
    ("Counts note\n\n" + INTRO + "In week 3 she had anaemia and thrombocytopenia, grade 3, and was transfused.\n",
     {("Anemia", 3), ("Platelet count decreased", 3)}),
    ("Next event\n\n" + INTRO + "In week 3 she had nausea and vomiting, grade 2 fatigue and a rash.\n",
     {("Fatigue", 2)}),
    # ... but a pair in an open aside is the signs of the reaction named before it, graded by the grade closing it
    ("Infusion reaction\n\n" + INTRO + "In cycle 2 a docetaxel infusion reaction (flushing and chest tightness, grade 2) "
     "led to a slower infusion.\n", {("Infusion related reaction", 2)}),
    # 6. the version of the grading system between an event and its short grade
    ("Pneumonitis\n\n" + INTRO + "In month 4 she developed pneumonitis (CTCAE v5.0, G2) and prednisone was given.\n",
     {("Pneumonitis", 2)}),
    ("Colitis\n\n" + INTRO + "In month 4 she developed colitis (CTCAE v4.03: G3) and crizotinib was stopped.\n",
     {("Colitis", 3)}),
]


@pytest.mark.parametrize("text,expected", PAIRS, ids=[r[0].split("\n")[0] for r in PAIRS])
def test_a_grade_closing_a_pair_and_a_versioned_short_grade(nlp, text, expected):
    got = graded_events(nlp, text)
    assert expected <= got and all(grade is None for label, grade in got - expected)
