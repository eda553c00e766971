"""kg_context (kg/nlp/grades.py): where a grade goes when the words around it are not the plain
"grade N event" / "event (grade N)": two grades between two events, a grade before words no term
names whose bracket opens with the event, the site named between an event and its grade.
Sentences are our own."""
import pytest


def graded(nlp, text):
    return [(e.text, e._.grade) for e in nlp(text).ents if e.label_ == "ADVERSE_EVENT"]


@pytest.mark.parametrize("text,expected", [
    # two grades, each with its own word, between two events: one after the first, one before the second
    ("On imatinib he had facial oedema grade 1 and grade 2 (moderate) diarrhoea.",
     [("facial oedema", 1), ("diarrhoea", 2)]),
    ("On sunitinib he developed a rash grade 2 and grade 3 neutropenia.", [("rash", 2), ("neutropenia", 3)]),
    # ... a range before one event stays a range (its worst grade), and so does one after one event
    ("He developed grade 3 and grade 4 neutropenia on docetaxel.", [("neutropenia", 4)]),
    ("Fatigue grade 1 and grade 2 was reported on capecitabine.", [("Fatigue", 2)]),
])
def test_two_grades_between_two_events(nlp, text, expected):
    assert graded(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("On imatinib she had G2 fluid retention (bilateral leg oedema).", [("leg oedema", 2)]),
    ("On crizotinib he reported grade 1 visual symptoms (blurred vision) in week two.", [("blurred vision", 1)]),
    ("After two cycles he had grade 3 skin reaction (maculopapular rash) and grade 1 fatigue.",
     [("maculopapular rash", 3), ("fatigue", 1)]),
    # a grade of something that is no event does not reach an event of another clause
    ("A grade 2 tumour (adenocarcinoma) was seen with fatigue.", [("fatigue", None)]),
])
def test_grade_before_words_whose_bracket_names_the_event(nlp, text, expected):
    assert graded(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    ("While on capecitabine with pelvic radiotherapy, radiation dermatitis of the groin reached grade 3.",
     [("radiation dermatitis", 3)]),
    ("On erlotinib an acneiform rash on both forearms was grade 2.", [("acneiform rash", 2)]),
    # the grade before the next event stays that event's
    ("Radiation dermatitis of the groin, grade 3 neutropenia and fatigue occurred.",
     [("Radiation dermatitis", None), ("neutropenia", 3), ("fatigue", None)]),
    ("Neutropenia of grade 3 occurred on docetaxel.", [("Neutropenia", 3)]),
])
def test_site_between_event_and_grade(nlp, text, expected):
    assert graded(nlp, text) == expected


def test_a_grade_stays_on_its_own_line(nlp):
    # session 15 (ae15): the rows of a toxicity table copied with tabs; a row's grade after its drug is not the
    # grade of the event that opens the next row
    text = ("Adverse event\tGrade\tAttribution\nPneumonitis\tG3\tosimertinib\nDiarrhoea\tGrade 1\tosimertinib\n"
            "Paronychia\t2\tosimertinib\n")
    assert graded(nlp, text) == [("Pneumonitis", 3), ("Diarrhoea", 1), ("Paronychia", 2)]


@pytest.mark.parametrize("text,expected", [
    # a relative clause of what the event needed, then its grade set off by a comma or a bracket
    ("On sorafenib a pleural effusion that required a chest drain, graded 3, was found.", [("pleural effusion", 3)]),
    ("On nivolumab she had colitis which needed vedolizumab (grade 3).", [("colitis", 3)]),
    # ... but a grade right before the next event is that event's
    ("On gefitinib he had diarrhoea that needed loperamide, grade 2 rash and no fever.",
     [("diarrhoea", None), ("rash", 2), ("fever", None)]),
    # a later clause of the sentence states the grade
    ("On pembrolizumab she had hepatitis in week 9, which was grade 3 on the liver tests.", [("hepatitis", 3)]),
    ("Under sunitinib his blood pressure was fine but hypertension came in week 6 and reached grade three.",
     [("hypertension", 3)]),
    # ... not across a clause break or another event
    ("On docetaxel she had nausea in week 1; fatigue came later, which was grade 2.",
     [("nausea", None), ("fatigue", 2)]),
    # a dictated run-on: the site, then the spelled-out grade
    ("on cetuximab she got an acneiform rash over the face grade two and we gave doxycycline",
     [("acneiform rash", 2)]),
    ("on capecitabine the hand-foot syndrome across both palms grade one settled with cream",
     [("hand-foot syndrome", 1)]),
    ("During paclitaxel the neuropathy was graded three.", [("neuropathy", 3)]),
])
def test_grade_after_a_clause_or_a_site(nlp, text, expected):
    assert graded(nlp, text) == expected


@pytest.mark.parametrize("text,expected", [
    # the sharing word after the grade: every event of the list takes it
    ("On carboplatin she had anaemia and leukopenia, grade 3 for both.", [("anaemia", 3), ("leukopenia", 3)]),
    ("On ribociclib he had nausea and fatigue (G1 each).", [("nausea", 1), ("fatigue", 1)]),
    # ... a site after "in both" shares nothing
    ("On oxaliplatin she had myalgia and paraesthesia, grade 1 in both hands.",
     [("myalgia", None), ("paraesthesia", 1)]),
])
def test_grade_shared_by_a_word_after_it(nlp, text, expected):
    assert graded(nlp, text) == expected
